#include "importers/MarkdownFolder.h"

#include "core/TextInput.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>

namespace folio {
namespace {

QString shownName(const QByteArray& bytes)
{
    return QFile::decodeName(bytes);
}

QString reasonFor(int error)
{
    switch (error) {
    case EACCES:
    case EPERM:
        return MarkdownFolder::tr("you are not allowed to read it");
    case ENOENT:
        return MarkdownFolder::tr("a link to something that does not exist");
    case ELOOP:
        return MarkdownFolder::tr("a link that leads back to itself");
    case ENAMETOOLONG:
        return MarkdownFolder::tr("its path is too long");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

} // namespace

bool MarkdownFolder::isMarkdownName(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    return lower.endsWith(".md") || lower.endsWith(".markdown");
}

MarkdownFolder MarkdownFolder::list(const QString& folder)
{
    const QByteArray path = QFile::encodeName(folder);
    struct stat status = {};
    if (::stat(path.constData(), &status) != 0)
        throw StoreError(errno == ENOENT
                             ? tr("There is no folder “%1”.").arg(QDir::toNativeSeparators(folder))
                             : tr("The folder “%1” cannot be read: %2.")
                                   .arg(QDir::toNativeSeparators(folder), reasonFor(errno)),
                         StoreError::Code::InvalidInput);
    if (!S_ISDIR(status.st_mode))
        throw StoreError(tr("“%1” is not a folder.").arg(QDir::toNativeSeparators(folder)),
                         StoreError::Code::InvalidInput);
    DIR* probe = ::opendir(path.constData());
    if (!probe)
        throw StoreError(tr("The folder “%1” cannot be read: %2.")
                             .arg(QDir::toNativeSeparators(folder), reasonFor(errno)),
                         StoreError::Code::InvalidInput);
    ::closedir(probe);
    MarkdownFolder result;
    result.walk(path, {});
    std::sort(result.files.begin(), result.files.end(),
              [](const File& a, const File& b) { return a.path < b.path; });
    return result;
}

void MarkdownFolder::walk(const QByteArray& path, const QByteArray& relative)
{
    DIR* dir = ::opendir(path.constData());
    if (!dir) {
        skipped
            << tr("%1: the folder cannot be read (%2)").arg(shownName(relative), reasonFor(errno));
        return;
    }
    QList<QByteArray> names;
    while (const dirent* entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names << name;
    }
    ::closedir(dir);
    for (const QByteArray& name : std::as_const(names))
        addEntry(path + '/' + name, relative.isEmpty() ? name : relative + '/' + name);
}

void MarkdownFolder::addEntry(const QByteArray& path, const QByteArray& relative)
{
    struct stat link = {};
    if (::lstat(path.constData(), &link) != 0) {
        // In a folder that may be listed but not entered, nothing in it can be reached; past
        // the system's longest path, nothing at all (files or folders).
        if (errno == ENAMETOOLONG || (errno != ENOENT && isMarkdownName(relative)))
            skipped << shownName(relative) + QLatin1String(": ") + reasonFor(errno);
        return;
    }
    if (S_ISDIR(link.st_mode)) {
        walk(path, relative); // links to folders are not followed: no loops, no escapes
        return;
    }
    if (!isMarkdownName(relative))
        return;
    struct stat target = link;
    if (S_ISLNK(link.st_mode) && ::stat(path.constData(), &target) != 0) {
        skipped << shownName(relative) + QLatin1String(": ") + reasonFor(errno);
        return;
    }
    if (S_ISREG(target.st_mode)) {
        files << File{path, relative, shownName(relative),
                      TextInput::firstInvalidUtf8(relative) < 0, qint64(target.st_size)};
        return;
    }
    const QString kind = S_ISDIR(target.st_mode)    ? tr("a link to a folder")
                         : S_ISFIFO(target.st_mode) ? tr("a named pipe, not a file")
                                                    : tr("a device or socket, not a file");
    skipped << shownName(relative) + QLatin1String(": ") + kind;
}

} // namespace folio
