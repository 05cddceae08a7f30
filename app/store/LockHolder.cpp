#include "store/LockHolder.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>

#include <algorithm>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace folio::LockHolder {
namespace {

struct FileId
{
    unsigned major = 0;
    unsigned minor = 0;
    qulonglong inode = 0;
};

QList<FileId> idsOf(const QString& wikiPath)
{
    QList<FileId> ids;
    // In WAL mode the writer's lock is on the -shm file; otherwise on the file itself.
    for (const QString& path : {wikiPath, QString(wikiPath + QLatin1String("-shm"))}) {
        struct stat info = {};
        if (::stat(QFile::encodeName(path).constData(), &info) == 0)
            ids.append({::major(info.st_dev), ::minor(info.st_dev), qulonglong(info.st_ino)});
    }
    return ids;
}

QString programName(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(comm.readLine(256)).trimmed();
}

} // namespace

QString describe(const QString& wikiPath)
{
    const QList<FileId> ids = idsOf(wikiPath);
    QFile locks(QStringLiteral("/proc/locks"));
    if (ids.isEmpty() || !locks.open(QIODevice::ReadOnly))
        return {};
    qint64 holder = 0;
    // "1: POSIX  ADVISORY  WRITE 1234 fe:00:10952996 128 128"; waiters have "->" after "1:".
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || fields.at(1) == "->" || fields.at(3) != "WRITE")
            continue;
        const QList<QByteArray> device = fields.at(5).split(':');
        if (device.size() != 3)
            continue;
        const FileId id{device.at(0).toUInt(nullptr, 16), device.at(1).toUInt(nullptr, 16),
                        device.at(2).toULongLong()};
        const bool ours = std::any_of(ids.cbegin(), ids.cend(), [&id](const FileId& f) {
            return f.major == id.major && f.minor == id.minor && f.inode == id.inode;
        });
        const qint64 pid = fields.at(4).toLongLong();
        if (!ours || pid <= 0)
            continue;
        holder = pid;
        if (pid != qint64(::getpid()))
            break;
    }
    if (holder == 0)
        return {};
    const QString name = programName(holder);
    return name.isEmpty()
               ? QCoreApplication::translate("folio::LockHolder", "process %1").arg(holder)
               : QCoreApplication::translate("folio::LockHolder", "%1 (process %2)")
                     .arg(name)
                     .arg(holder);
}

} // namespace folio::LockHolder
