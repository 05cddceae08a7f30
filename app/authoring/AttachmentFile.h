#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace folio {

// A file or picture about to be attached to a page: its name, bytes and type, or why it
// cannot be (too large, not a regular file, unreadable). Nothing larger than the limit is
// ever read into memory.
struct AttachmentFile
{
    Q_DECLARE_TR_FUNCTIONS(folio::AttachmentFile)

public:
    QString name;
    QByteArray data;
    QString mimeType;
    QString error; // empty when the file can be attached

    bool isImage() const { return mimeType.startsWith(QLatin1String("image/")); }

    // Reads the file at `path`, refusing special files (a FIFO, /dev/zero) and files over
    // `maxBytes`.
    static AttachmentFile read(const QString& path, qint64 maxBytes);
    // Bytes from the clipboard: the type is told by their content.
    static AttachmentFile fromBytes(const QString& name, const QByteArray& data, qint64 maxBytes);
    // How a page links to it once attached as `name`: "![label](name)" for a picture,
    // "[label](name)" for anything else, the name percent-encoded as a link needs.
    QString markdownLink(const QString& label, const QString& name) const;
    // "3.4 MB"
    static QString describeSize(qint64 bytes);
};

} // namespace folio
