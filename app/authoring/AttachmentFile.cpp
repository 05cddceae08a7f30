#include "authoring/AttachmentFile.h"

#include "core/TextInput.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace folio {
namespace {

QString tooLarge(const QString& name, qint64 size, qint64 maxBytes)
{
    return AttachmentFile::tr("“%1” is %2; attachments may be at most %3 (the maxMB setting in "
                              "the [attachments] section of the settings file).")
        .arg(name, AttachmentFile::describeSize(size), AttachmentFile::describeSize(maxBytes));
}

} // namespace

QString AttachmentFile::describeSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString AttachmentFile::markdownLink(const QString& label, const QString& name) const
{
    QString text = label;
    text.replace(u'[', u'(').replace(u']', u')');
    return (isImage() ? QLatin1String("![") : QLatin1String("[")) + text + QLatin1String("](") +
           QString::fromLatin1(QUrl::toPercentEncoding(name, "/")) + u')';
}

AttachmentFile AttachmentFile::read(const QString& path, qint64 maxBytes)
{
    AttachmentFile result;
    const QFileInfo info(path);
    result.name = info.fileName();
    if (!info.exists()) {
        result.error = tr("“%1” does not exist.").arg(path);
        return result;
    }
    if (!info.isFile()) {
        result.error = tr("“%1” is not a regular file; only files can be attached.").arg(path);
        return result;
    }
    if (info.size() > maxBytes) {
        result.error = tooLarge(result.name, info.size(), maxBytes);
        return result;
    }
    // Opened without waiting (a FIFO put there since the check would block for a writer),
    // and checked again through the open descriptor.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        result.error = tr("“%1” could not be read: %2")
                           .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        result.error = tr("“%1” is not a regular file; only files can be attached.").arg(path);
        return result;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QFile file;
    file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    // The size may have grown since it was checked; never read past the limit.
    const TextInput::Read read = TextInput::readAtMost(file, maxBytes);
    if (!read.error.isEmpty()) {
        result.error = tr("“%1” could not be read: %2").arg(path, read.error);
        return result;
    }
    if (read.tooLarge) {
        result.error = tooLarge(result.name, maxBytes + 1, maxBytes);
        return result;
    }
    result.data = read.bytes;
    result.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, result.data).name();
    return result;
}

AttachmentFile AttachmentFile::fromBytes(const QString& name, const QByteArray& data,
                                         qint64 maxBytes)
{
    AttachmentFile result;
    result.name = name;
    if (data.size() > maxBytes) {
        result.error = tooLarge(name, data.size(), maxBytes);
        return result;
    }
    result.data = data;
    result.mimeType = QMimeDatabase().mimeTypeForData(data).name();
    return result;
}

} // namespace folio
