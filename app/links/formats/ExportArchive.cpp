#include "links/formats/ExportArchive.h"

#include "links/formats/ExportError.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>

namespace folio {

QByteArray MemberReader::readAll(qint64 limit)
{
    QByteArray data;
    char buffer[1 << 16];
    for (;;) {
        const qint64 got = read(buffer, sizeof buffer);
        if (got <= 0)
            return data;
        if (data.size() + got > limit)
            throw ExportError(
                ExportArchive::tr("a file in the export is larger than %1 MB.").arg(limit >> 20));
        data.append(buffer, got);
    }
}

QByteArray ExportArchive::head(const QString& member, qint64 size)
{
    QByteArray data;
    const qint64 bytesRead = m_bytesRead; // a look at the first bytes is not progress
    read([&](const QString& name) { return name == member; },
         [&](const QString&, MemberReader& reader) {
             data.resize(size);
             qint64 filled = 0;
             while (filled < size) {
                 const qint64 got = reader.read(data.data() + filled, size - filled);
                 if (got <= 0)
                     break;
                 filled += got;
             }
             data.resize(filled);
         });
    m_bytesRead = bytesRead;
    return data;
}

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

class FileReader : public MemberReader
{
public:
    FileReader(QFile& file, const QString& name, qint64& bytesRead)
        : m_file(file), m_name(name), m_bytesRead(bytesRead)
    {
    }
    qint64 read(char* data, qint64 size) override
    {
        const qint64 got = m_file.read(data, size);
        if (got < 0)
            throw ExportError(
                ExportArchive::tr("Cannot read “%1”: %2").arg(shown(m_name), m_file.errorString()));
        m_bytesRead += got;
        return got;
    }

private:
    QFile& m_file;
    QString m_name;
    qint64& m_bytesRead;
};

// Reads one regular file; refuses FIFOs and devices, which could block or never end.
void readRegularFile(const QString& path, const QString& member, const ExportArchive::Use& use,
                     qint64& bytesRead)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        throw ExportError(ExportArchive::tr("“%1” is not a regular file; Folio reads only files.")
                              .arg(shown(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ExportError(
            ExportArchive::tr("Cannot open “%1”: %2").arg(shown(path), file.errorString()));
    FileReader reader(file, path, bytesRead);
    use(member, reader);
}

class PlainFileExport : public ExportArchive
{
public:
    explicit PlainFileExport(const QString& path) : ExportArchive(path, true)
    {
        m_members << QFileInfo(path).fileName();
        m_totalBytes = QFileInfo(path).size();
    }
    void read(const Wanted& wanted, const Use& use) override
    {
        if (wanted(m_members.first()))
            readRegularFile(m_path, m_members.first(), use, m_bytesRead);
    }
};

// An unzipped export. Links and special files inside are left out: an export holds none.
class FolderExport : public ExportArchive
{
public:
    // Only the files that hold messages count towards the progress: the photos and
    // attachments beside them are never read, and the bar would stop short.
    static bool holdsMessages(const QString& file)
    {
        const QString suffix = QFileInfo(file).suffix().toLower();
        return suffix == QLatin1String("json") || suffix == QLatin1String("jsonl") ||
               suffix == QLatin1String("ndjson") || suffix == QLatin1String("html") ||
               suffix == QLatin1String("htm") || suffix == QLatin1String("txt");
    }

    explicit FolderExport(const QString& path) : ExportArchive(path, false)
    {
        const QDir root(path);
        // Folders are listed too, so that a link to one is seen (and never followed).
        QDirIterator it(
            path, QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot | QDir::Hidden,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QFileInfo info = it.fileInfo();
            if (info.isDir() && !info.isSymLink())
                continue;
            if (info.isSymLink() || !info.isFile()) {
                m_leftOut << root.relativeFilePath(file);
                continue;
            }
            m_members << root.relativeFilePath(file);
            if (holdsMessages(file))
                m_totalBytes += info.size();
        }
        m_members.sort();
        m_leftOut.sort();
    }
    void read(const Wanted& wanted, const Use& use) override
    {
        for (const QString& member : std::as_const(m_members))
            if (wanted(member))
                readRegularFile(m_path + u'/' + member, member, use, m_bytesRead);
    }
};

bool looksLikeArchive(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(512);
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") ||
           head.startsWith("\x1f\x8b") || head.startsWith("BZh") ||
           head.startsWith("\xfd"
                           "7zXZ") ||
           head.startsWith("\x28\xb5\x2f\xfd") || head.mid(257, 5) == "ustar";
}

struct ArchiveDeleter
{
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

class LibArchiveExport : public ExportArchive
{
public:
    explicit LibArchiveExport(const QString& path) : ExportArchive(path, false)
    {
        m_totalBytes = QFileInfo(path).size();
        ArchivePtr a = openArchive();
        archive_entry* entry = nullptr;
        QSet<QString> seen;
        for (;;) {
            const int status = archive_read_next_header(a.get(), &entry);
            if (status == ARCHIVE_EOF)
                break;
            if (status < ARCHIVE_WARN)
                fail(a.get());
            const QString name = checkedName(entry);
            if (name.isEmpty())
                continue;
            // Two entries of one name: which one a reader gets would decide what is imported.
            if (seen.contains(name))
                refuse(tr("two entries named “%1”").arg(name));
            seen.insert(name);
            m_members << name;
        }
    }

    void read(const Wanted& wanted, const Use& use) override
    {
        ArchivePtr a = openArchive();
        archive_entry* entry = nullptr;
        qint64 written = 0;
        for (;;) {
            const int status = archive_read_next_header(a.get(), &entry);
            if (status == ARCHIVE_EOF)
                return;
            if (status < ARCHIVE_WARN)
                fail(a.get());
            const QString name = checkedName(entry);
            if (name.isEmpty() || !wanted(name))
                continue;
            Reader reader(*this, a.get(), name, written);
            use(name, reader);
        }
    }

private:
    class Reader : public MemberReader
    {
    public:
        Reader(LibArchiveExport& owner, archive* a, QString name, qint64& written)
            : m_owner(owner), m_archive(a), m_name(std::move(name)), m_written(written)
        {
        }
        qint64 read(char* data, qint64 size) override
        {
            const la_ssize_t got = archive_read_data(m_archive, data, size_t(size));
            if (got < 0)
                m_owner.fail(m_archive);
            m_written += got;
            m_member += got;
            if (m_member > kMaxMemberBytes)
                throw ExportError(tr("“%1” holds “%2”, larger than %3 GB: refused.")
                                      .arg(shown(m_owner.m_path), m_name)
                                      .arg(kMaxMemberBytes >> 30));
            const qint64 consumed = qMax<qint64>(1, archive_filter_bytes(m_archive, -1));
            m_owner.m_bytesRead = consumed;
            if (m_written > kExpansionFloor && m_written / consumed > kMaxExpansion)
                throw ExportError(tr("“%1” expands to more than %2 times its size, as a "
                                     "decompression bomb does: refused.")
                                      .arg(shown(m_owner.m_path))
                                      .arg(kMaxExpansion));
            return got;
        }

    private:
        LibArchiveExport& m_owner;
        archive* m_archive;
        QString m_name;
        qint64& m_written;
        qint64 m_member = 0;
    };

    ArchivePtr openArchive()
    {
        ArchivePtr a(archive_read_new());
        archive_read_support_filter_all(a.get());
        archive_read_support_format_zip(a.get());
        archive_read_support_format_tar(a.get());
        archive_read_support_format_gnutar(a.get());
        if (archive_read_open_filename(a.get(), QFile::encodeName(m_path).constData(), 1 << 16) !=
            ARCHIVE_OK)
            fail(a.get());
        return a;
    }

    [[noreturn]] void fail(archive* a) const
    {
        throw ExportError(tr("“%1” is a damaged or unsupported archive: %2")
                              .arg(shown(m_path), QString::fromLocal8Bit(archive_error_string(a))));
    }

    // The member's path; empty for folders. Throws for names and types no export has.
    QString checkedName(archive_entry* entry) const
    {
        const char* raw = archive_entry_pathname(entry);
        if (!raw) // libarchive could not convert it: not in the archive's declared encoding
            refuse(tr("a file name that is not UTF-8"));
        const QByteArray bytes(raw);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString name = utf8(bytes);
        if (utf8.hasError())
            refuse(tr("a file name that is not UTF-8 (“%1”)").arg(QString::fromLatin1(bytes)));
        name.replace(u'\\', u'/');
        while (name.startsWith(QLatin1String("./")))
            name.remove(0, 2);
        const QStringList parts = name.split(u'/', Qt::SkipEmptyParts);
        if (name.startsWith(u'/') || (name.size() > 1 && name.at(1) == u':') ||
            parts.contains(QLatin1String("..")))
            refuse(tr("an entry that points outside the archive (“%1”)").arg(name));
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR)
            return {};
        if (type != AE_IFREG || archive_entry_hardlink(entry) || archive_entry_symlink(entry))
            refuse(tr("a link or special file (“%1”)").arg(name));
        if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > kMaxMemberBytes)
            refuse(tr("a file larger than %1 GB (“%2”)").arg(kMaxMemberBytes >> 30).arg(name));
        return parts.join(u'/');
    }

    [[noreturn]] void refuse(const QString& what) const
    {
        throw ExportError(tr("“%1” holds %2, which no export has; it was not imported.")
                              .arg(shown(m_path), what));
    }
};

} // namespace

std::unique_ptr<ExportArchive> ExportArchive::open(const QString& given)
{
    // Members are read as root + '/' + member: a relative root would be doubled.
    const QString path = given.isEmpty() ? given : QFileInfo(given).absoluteFilePath();
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        throw ExportError(tr("“%1” does not exist.").arg(shown(path)));
    if (S_ISDIR(info.st_mode))
        return std::make_unique<FolderExport>(path);
    if (!S_ISREG(info.st_mode))
        throw ExportError(
            tr("“%1” is not a regular file; Folio reads only files and folders.").arg(shown(path)));
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        throw ExportError(tr("Cannot open “%1”: %2").arg(shown(path), probe.errorString()));
    if (looksLikeArchive(path))
        return std::make_unique<LibArchiveExport>(path);
    return std::make_unique<PlainFileExport>(path);
}

} // namespace folio
