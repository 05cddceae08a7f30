#include "links/formats/BookmarkFile.h"

#include "links/formats/ExportArchive.h"
#include "links/formats/ExportError.h"
#include "links/formats/TextLinks.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace folio {

namespace {

const char kDoctype[] = "<!doctype netscape-bookmark-file-1>";

QString fromWindows1252(const QByteArray& bytes)
{
    // 0x80–0x9F differ from Latin-1; 0 marks the five unassigned bytes.
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const uchar b = uchar(c);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

// Attributes of a start tag: NAME="value", NAME='value' or NAME=value; names upper-cased.
QHash<QString, QString> attributes(QStringView tag)
{
    QHash<QString, QString> result;
    qsizetype i = 0;
    const qsizetype n = tag.size();
    while (i < n && !tag.at(i).isSpace())
        ++i; // the tag name
    while (i < n) {
        while (i < n && (tag.at(i).isSpace() || tag.at(i) == u'/'))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && tag.at(i) != u'=' && !tag.at(i).isSpace())
            ++i;
        const QString name = tag.mid(nameStart, i - nameStart).toString().toUpper();
        while (i < n && tag.at(i).isSpace())
            ++i;
        if (i >= n || tag.at(i) != u'=') {
            if (!name.isEmpty())
                result.insert(name, QString());
            continue;
        }
        ++i;
        while (i < n && tag.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && (tag.at(i) == u'"' || tag.at(i) == u'\'')) {
            const QChar quote = tag.at(i++);
            const qsizetype end = tag.indexOf(quote, i);
            qsizetype stop = end < 0 ? n : end;
            // A value whose closing quote was lost runs into the next attribute, up to that
            // attribute's opening quote (HREF="https://x.org/ ADD_DATE="…"): it ends where
            // that attribute begins. A value with " b=c" inside stays whole.
            static const QRegularExpression nextAttribute(QStringLiteral("\\s+[A-Za-z_-]+=$"));
            const QRegularExpressionMatch lost =
                nextAttribute.match(tag.mid(i, stop - i).toString());
            if (lost.hasMatch()) {
                stop = i + lost.capturedStart();
                value = tag.mid(i, stop - i).toString();
                i = stop;
            } else {
                value = tag.mid(i, stop - i).toString();
                i = stop + 1;
            }
        } else {
            const qsizetype start = i;
            while (i < n && !tag.at(i).isSpace())
                ++i;
            value = tag.mid(start, i - start).toString();
        }
        // ICON data is never needed: don't decode hundreds of kB of it.
        result.insert(name,
                      name == QLatin1String("ICON") ? QString() : TextLinks::decodeEntities(value));
    }
    return result;
}

class Parser
{
public:
    Parser(const QString& text, const QString& file, ExportSink& sink)
        : m_text(text), m_file(file), m_sink(sink)
    {
    }

    void parse()
    {
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) {
            const qsizetype open = m_text.indexOf(u'<', i);
            if (open < 0) {
                text(i, n);
                break;
            }
            text(i, open);
            if (m_text.mid(open, 4) == QLatin1String("<!--")) {
                const qsizetype end = m_text.indexOf(QLatin1String("-->"), open + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const qsizetype close = m_text.indexOf(u'>', open);
            if (close < 0)
                break;
            tag(QStringView(m_text).mid(open + 1, close - open - 1), close + 1);
            i = close + 1;
        }
        flush();
    }

private:
    enum class Capture { None, Heading, Folder, Link, Description };

    void tag(QStringView tag, qsizetype after)
    {
        const bool closing = tag.startsWith(u'/');
        const QStringView body = closing ? tag.mid(1) : tag;
        qsizetype nameEnd = 0;
        while (nameEnd < body.size() && !body.at(nameEnd).isSpace() && body.at(nameEnd) != u'/')
            ++nameEnd;
        const QString name = body.left(nameEnd).toString().toUpper();
        if (name == QLatin1String("DL")) {
            finishCapture();
            flush(); // the last bookmark belongs to the folder being closed
            if (!closing) {
                m_path.append({m_pendingFolder, m_pendingIsRoot});
                m_pendingFolder.clear();
                m_pendingIsRoot = false;
            } else if (!m_path.isEmpty()) {
                m_path.removeLast();
            }
        } else if (name == QLatin1String("H3") || name == QLatin1String("H1")) {
            finishCapture();
            if (!closing) {
                m_capture = name == QLatin1String("H3") ? Capture::Folder : Capture::Heading;
                m_captured.clear();
                // The toolbar and "Other bookmarks" are top-level folders wherever they sit.
                const auto folder = attributes(body);
                m_pendingIsRoot = folder.contains(QStringLiteral("PERSONAL_TOOLBAR_FOLDER")) ||
                                  folder.contains(QStringLiteral("UNFILED_BOOKMARKS_FOLDER"));
            }
        } else if (name == QLatin1String("A")) {
            if (!closing) {
                finishCapture();
                flush();
                m_current = attributes(body);
                m_hasCurrent = true;
                m_position = after;
                m_capture = Capture::Link;
                m_captured.clear();
            } else {
                finishCapture();
            }
        } else if (name == QLatin1String("DD")) {
            finishCapture();
            m_capture = Capture::Description;
            m_captured.clear();
        } else if (name == QLatin1String("DT") || name == QLatin1String("HR")) {
            finishCapture();
        }
        // <p>, <br> and other tags inside text are noise.
    }

    void text(qsizetype from, qsizetype to)
    {
        if (m_capture != Capture::None && to > from)
            m_captured += QStringView(m_text).mid(from, to - from);
    }

    void finishCapture()
    {
        const QString value = TextLinks::decodeEntities(m_captured).simplified();
        switch (m_capture) {
        case Capture::Folder:
            m_pendingFolder = value;
            break;
        case Capture::Heading:
            // Firefox's root list is its "Bookmarks Menu"; other browsers' <H1> names the file.
            if (value == QLatin1String("Bookmarks Menu"))
                m_pendingFolder = value;
            break;
        case Capture::Link:
            m_title = value;
            break;
        case Capture::Description:
            if (m_hasCurrent)
                m_description = value;
            break;
        case Capture::None:
            break;
        }
        m_capture = Capture::None;
        m_captured.clear();
    }

    void flush()
    {
        if (!m_hasCurrent)
            return;
        m_hasCurrent = false;
        const QString href = m_current.value(QStringLiteral("HREF")).trimmed();
        ChatMessage message;
        message.platform = QStringLiteral("bookmarks");
        message.workspace = QFileInfo(m_file).fileName();
        QStringList folders;
        for (const Folder& folder : std::as_const(m_path)) {
            if (folder.isRoot)
                folders.clear();
            if (!folder.name.isEmpty())
                folders << folder.name;
        }
        message.channelName = folders.join(u'/');
        message.channelId = message.channelName;
        message.messageId = href;
        message.sentRaw = m_current.value(QStringLiteral("ADD_DATE"));
        message.sentAt = BookmarkFile::time(message.sentRaw);
        message.editedAt = BookmarkFile::time(m_current.value(QStringLiteral("LAST_MODIFIED")));
        message.text = m_description;
        message.tags = m_current.value(QStringLiteral("TAGS")).split(u',', Qt::SkipEmptyParts);
        for (QString& tag : message.tags)
            tag = tag.trimmed();
        message.source =
            BookmarkFile::tr("%1, character %2").arg(message.workspace).arg(m_position);
        if (href.isEmpty()) {
            m_sink.problem({message.source, BookmarkFile::tr("a bookmark without an address")});
        } else {
            message.addLink(href, m_title, LinkOrigin::Bookmark);
            const QString feed = m_current.value(QStringLiteral("FEEDURL")).trimmed();
            if (!feed.isEmpty())
                message.addLink(feed, m_title, LinkOrigin::Bookmark);
            m_sink.message(message);
        }
        m_title.clear();
        m_description.clear();
    }

    const QString& m_text;
    QString m_file;
    ExportSink& m_sink;
    struct Folder
    {
        QString name;
        bool isRoot = false;
    };
    QList<Folder> m_path;
    QString m_pendingFolder;
    bool m_pendingIsRoot = false;
    Capture m_capture = Capture::None;
    QString m_captured;
    QHash<QString, QString> m_current;
    bool m_hasCurrent = false;
    qsizetype m_position = 0;
    QString m_title;
    QString m_description;
};

} // namespace

QString BookmarkFile::decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xef\xbb\xbf"))
        return QString::fromUtf8(bytes.mid(3));
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        QStringDecoder utf16(QStringDecoder::Utf16);
        return utf16(bytes);
    }
    const QByteArray head = bytes.left(2048).toLower();
    const qsizetype charset = head.indexOf("charset=");
    if (charset >= 0) {
        const QByteArray name = head.mid(charset + 8, 12);
        if (name.startsWith("windows-1252") || name.startsWith("iso-8859-1") ||
            name.startsWith("latin1") || name.startsWith("cp1252"))
            return fromWindows1252(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    return utf8.hasError() ? fromWindows1252(bytes) : text;
}

std::optional<qint64> BookmarkFile::time(const QString& value)
{
    bool ok = false;
    qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok || number <= 0)
        return std::nullopt;
    if (number > 100'000'000'000'000LL)
        return number / 1000; // µs
    if (number > 100'000'000'000LL)
        return number; // ms
    return number * 1000;
}

bool BookmarkFile::recognizes(ExportArchive& archive)
{
    if (!archive.isPlainFile())
        return false;
    QByteArray head = archive.head(archive.members().first(), 1024);
    if (head.startsWith("\xef\xbb\xbf"))
        head.remove(0, 3);
    return head.trimmed().toLower().startsWith(kDoctype);
}

void BookmarkFile::read(ExportArchive& archive, ExportSink& sink)
{
    const QString member = archive.members().value(0);
    QByteArray bytes;
    archive.read(
        [&](const QString& name) { return name == member; },
        [&](const QString&, MemberReader& reader) { bytes = reader.readAll(kMaxFileBytes); });
    const QString text = decode(bytes);
    if (!text.left(1024).trimmed().toLower().startsWith(QLatin1String(kDoctype)))
        throw ExportError(tr("“%1” is not a bookmark file.").arg(archive.path()));
    Parser(text, archive.path(), sink).parse();
}

} // namespace folio
