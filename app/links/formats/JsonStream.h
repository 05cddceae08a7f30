#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <functional>

namespace folio {

// Splits one large JSON document into the elements of the arrays it is asked for, without
// holding the document: memory is one element at a time. DiscordChatExporter, Telegram and
// Element write a whole channel as one array, of any size; this hands each message over as
// its own small document, and keeps the scalars seen outside those arrays (a channel's name,
// a chat's id) as context. A document cut off mid-way (an interrupted export) still yields
// every element that was complete.
class JsonStream
{
public:
    // A path names where the wanted elements are: {"messages", "*"} is every element of the
    // top-level "messages" array; "*" stands for any array element.
    using Path = QList<QByteArray>;
    struct Element
    {
        int path = 0;      // the index of the matching path
        QByteArray json;   // empty when the element was larger than kMaxElementBytes
        qint64 offset = 0; // byte offset in the document
        qint64 index = 0;  // position in its array
    };
    using Callback = std::function<void(const Element&)>;

    JsonStream(QList<Path> paths, Callback onElement);

    // Feeds the next bytes; false once the data stopped being JSON (see error()).
    bool feed(const char* data, qint64 size);
    // Ends the input; false when the document was cut off or broken.
    bool finish();
    // Bytes the caller left out (a byte order mark): the offsets reported count them.
    void skipped(qint64 bytes) { m_offset += bytes; }

    bool isTruncated() const { return m_truncated; }
    // Where something other than white space follows the document's end, or -1.
    qint64 trailingDataAt() const { return m_trailingAt; }
    // Where and how the data stopped being JSON, empty if it did not.
    QString error() const { return m_error; }
    // The raw JSON text of a scalar seen outside the wanted arrays, by its path joined with
    // '/': "channel/name", "chats/list/*/name" (the one of the current chat).
    QByteArray context(const QByteArray& path) const { return m_context.value(path); }

    static constexpr qint64 kMaxElementBytes = 64 << 20;

private:
    struct Frame
    {
        bool isObject = false;
        bool expectKey = false;
        QByteArray key;
        qint64 count = 0;
    };
    void beginValue(const char* data, qint64 at);
    void noteTrailingData(const char* data, qint64 from, qint64 size);
    void endValue(const char* data, qint64 at);
    QByteArray currentPath() const;
    int matchingPath() const;
    bool isAncestorArray() const;
    void fail(const char* what, qint64 at);

    QList<Path> m_paths;
    Callback m_onElement;
    QList<Frame> m_stack;
    QHash<QByteArray, QByteArray> m_context;
    QByteArray m_token;
    qint64 m_offset = 0; // of the chunk being fed
    bool m_inString = false;
    bool m_escape = false;
    bool m_stringIsKey = false;
    bool m_inLiteral = false;
    bool m_valueIsScalar = false;
    bool m_done = false;
    bool m_truncated = false;
    qint64 m_trailingAt = -1;
    QString m_error;
    // The element being captured.
    bool m_capturing = false;
    int m_captureDepth = 0;
    int m_capturePath = 0;
    qint64 m_captureOffset = 0;
    qint64 m_captureIndex = 0;
    qint64 m_segmentStart = 0;
    bool m_oversize = false;
    QByteArray m_captured;
};

} // namespace folio
