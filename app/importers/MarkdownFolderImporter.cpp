#include "importers/MarkdownFolderImporter.h"

#include "authoring/AttachmentFile.h"
#include "core/Sha256.h"
#include "core/TextInput.h"
#include "importers/MarkdownFolder.h"
#include "importers/MarkdownTitle.h"
#include "markdown/RelativeUrls.h"
#include "store/AttachmentStore.h"
#include "store/PageImport.h"
#include "store/PageTitle.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>

namespace folio {
namespace {

struct Parsed
{
    std::optional<PageImport::Source> page;
    // The pictures it shows by relative paths: the name as written, and the file's real path
    // (empty when it cannot be attached; then the reason is in `imageProblems`).
    QList<std::pair<QString, QString>> images;
    QStringList imageProblems;
    QString skipped;
    QStringList altered;
};

// Opens without following the file into a pipe a moment after it was listed as a file.
QString openFile(const MarkdownFolder::File& file, QFile& into)
{
    const int fd = ::open(file.path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return errno == EACCES || errno == EPERM
                   ? MarkdownFolderImporter::tr("you are not allowed to read it")
                   : QString::fromLocal8Bit(std::strerror(errno));
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return MarkdownFolderImporter::tr("not an ordinary file");
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    into.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    return {};
}

// The name PageImport knows a file by. One that is not UTF-8 is named by its bytes, so that
// two such names never meet in the same lossy text.
constexpr QLatin1String kBytesPrefix("bytes:");

QString sourceName(const MarkdownFolder::File& file, const QString& sourceRoot)
{
    if (file.nameIsUtf8)
        return sourceRoot + u'/' + file.relative;
    return kBytesPrefix +
           QString::fromLatin1(QByteArray(QFile::encodeName(sourceRoot) + '/' + file.relativePath)
                                   .toPercentEncoding("/"));
}

bool sourceExists(const QString& source)
{
    const QByteArray path =
        source.startsWith(kBytesPrefix)
            ? QByteArray::fromPercentEncoding(source.mid(kBytesPrefix.size()).toLatin1())
            : QFile::encodeName(source);
    struct stat status = {};
    return ::lstat(path.constData(), &status) == 0;
}

// The pictures the page shows by relative paths, found where the file is. Only files inside
// the imported folder: "../../.ssh/id_rsa" or a link out of it is not read.
void findImages(Parsed& parsed, const MarkdownFolder::File& file, const QString& sourceRoot)
{
    const QString folder = QFileInfo(QFile::decodeName(file.path)).absolutePath();
    for (const QString& name : RelativeUrls::images(parsed.page->content.body.toUtf8())) {
        const QString real = QFileInfo(QDir::cleanPath(folder + u'/' + name)).canonicalFilePath();
        QString problem;
        if (real.isEmpty())
            problem = MarkdownFolderImporter::tr("not found");
        else if (!real.startsWith(sourceRoot + u'/'))
            problem = MarkdownFolderImporter::tr("outside the imported folder, not read");
        if (!problem.isEmpty())
            parsed.imageProblems << MarkdownFolderImporter::tr("%1: picture “%2”: %3")
                                        .arg(file.relative, name, problem);
        else
            parsed.images.append({name, real});
    }
}

// A file's page, named for PageImport by the folder's real path and the file's path in it.
Parsed parse(const MarkdownFolder::File& file, const QString& sourceRoot)
{
    Parsed parsed;
    const auto skip = [&](const QString& reason) {
        parsed.skipped = file.relative + QLatin1String(": ") + reason;
        return parsed;
    };
    QFile handle;
    if (const QString problem = openFile(file, handle); !problem.isEmpty())
        return skip(problem);
    const TextInput::Read read = TextInput::readAtMost(handle, PageStore::kMaxBodyBytes);
    if (read.tooLarge)
        return skip(MarkdownFolderImporter::tr("larger than the %1 MiB a page can hold")
                        .arg(PageStore::kMaxBodyBytes >> 20));
    if (!read.error.isEmpty())
        return skip(read.error);
    if (read.bytes.startsWith("SQLite format 3"))
        return skip(MarkdownFolderImporter::tr("an SQLite database (a wiki?), not Markdown"));
    const TextInput::Decoded text = TextInput::decode(read.bytes);
    if (TextInput::looksBinary(text.text))
        return skip(MarkdownFolderImporter::tr("holds NUL bytes: not text (a binary file, or "
                                               "UTF-16 without a byte order mark)"));
    if (text.text.toUtf8().size() > PageStore::kMaxBodyBytes)
        return skip(MarkdownFolderImporter::tr("larger than the %1 MiB a page can hold, once "
                                               "its bytes that are not UTF-8 are replaced")
                        .arg(PageStore::kMaxBodyBytes >> 20));
    if (text.invalidLine > 0)
        parsed.altered << MarkdownFolderImporter::tr(
                              "%1: line %2 has bytes that are not UTF-8; they were replaced "
                              "with “\uFFFD”")
                              .arg(file.relative)
                              .arg(text.invalidLine);
    if (!file.nameIsUtf8)
        parsed.altered << MarkdownFolderImporter::tr(
                              "%1: the file name is not UTF-8; it is shown as here")
                              .arg(file.relative);
    QString titleChange;
    PageImport::Source source;
    source.content =
        MarkdownFolderImporter::pageFrom(QFile::decodeName(file.path), text.text, &titleChange);
    if (!titleChange.isEmpty())
        parsed.altered << file.relative + QLatin1String(": ") + titleChange;
    source.source = sourceName(file, sourceRoot);
    source.name = file.relative;
    source.contentHash = Sha256::hex(read.bytes);
    parsed.page = source;
    findImages(parsed, file, sourceRoot);
    return parsed;
}

} // namespace

void MarkdownFolderImporter::attachImages(PageImport& import, const PageImport::Source& source,
                                          const QList<std::pair<QString, QString>>& images,
                                          Result& result)
{
    if (images.isEmpty())
        return;
    const std::optional<qint64> pageId = import.pageOf(source.source);
    if (!pageId)
        return; // the page was left out; its reason is listed already
    AttachmentStore attachments(m_store.database());
    // One picture in memory at a time, however many a batch shows.
    for (const auto& [name, path] : images) {
        AttachmentFile file = AttachmentFile::read(path, m_attachmentLimit);
        if (!file.error.isEmpty()) {
            result.skipped << tr("%1: picture “%2”: %3").arg(source.name, name, file.error);
            continue;
        }
        // The name is what the Markdown says: it stands for the file as it is now.
        attachments.name(*pageId, name, attachments.add(file.data, file.mimeType));
    }
}

MarkdownFolderImporter::MarkdownFolderImporter(PageStore& store) : m_store(store)
{
}

bool MarkdownFolderImporter::isMarkdownFile(const QString& fileName)
{
    return MarkdownFolder::isMarkdownName(QFile::encodeName(fileName));
}

PageContent MarkdownFolderImporter::pageFrom(const QString& fileName, const QString& text,
                                             QString* titleChange)
{
    const MarkdownTitle parsed = MarkdownTitle::extract(text);
    const QString wanted = PageTitle::normalized(
        parsed.title.isEmpty() ? QFileInfo(fileName).completeBaseName() : parsed.title);
    PageContent page;
    page.title = PageTitle::sanitized(wanted);
    page.kind = PageKind::Note;
    page.body = parsed.body;
    if (titleChange && page.title != wanted)
        *titleChange =
            tr("the title “%1” became “%2” ([ ] | # are reserved in titles, which "
               "have at most %3 characters)")
                .arg(PageTitle::leftCharacters(wanted, PageTitle::kMaxLength + 20), page.title)
                .arg(PageTitle::kMaxLength);
    return page;
}

MarkdownFolderImporter::Result MarkdownFolderImporter::import(const QString& folder,
                                                              const QString& author,
                                                              const Progress& progress)
{
    return import(MarkdownFolder::list(folder), folder, author, progress);
}

MarkdownFolderImporter::Result MarkdownFolderImporter::import(const MarkdownFolder& found,
                                                              const QString& folder,
                                                              const QString& author,
                                                              const Progress& progress)
{
    // Sources are named from the folder's real path, so importing it through another path
    // (a symlink, "./docs" or "/home/me/docs") finds the same pages.
    const QString sourceRoot = QFileInfo(folder).canonicalFilePath();
    PageImport import(m_store.database(), author, found.files.size(), sourceExists);

    Result result;
    result.files = int(found.files.size());
    result.skipped = found.skipped;
    const int total = int(found.files.size());
    for (int start = 0; start < total;) {
        if (m_cancelled && *m_cancelled)
            throw Cancelled{}; // `import` rolls everything back
        // A batch is read and parsed on every core, then written in file order. It ends at
        // kBatchFiles files or kBatchBytes of text, so memory holds one batch, not the folder.
        int end = start;
        qint64 bytes = 0;
        while (end < total && end - start < kBatchFiles && (end == start || bytes < kBatchBytes))
            bytes += found.files.at(end++).size;
        const QList<MarkdownFolder::File> batch = found.files.mid(start, end - start);
        const QList<Parsed> parsed =
            QtConcurrent::blockingMapped(batch, [&sourceRoot](const MarkdownFolder::File& file) {
                return parse(file, sourceRoot);
            });
        for (const Parsed& file : parsed) {
            if (!file.skipped.isEmpty())
                result.skipped << file.skipped;
            result.altered += file.altered;
            result.skipped += file.imageProblems;
            if (file.page) {
                import.add(*file.page);
                attachImages(import, *file.page, file.images, result);
            }
        }
        start = end;
        if (progress)
            progress(start, total);
    }
    if (m_cancelled && *m_cancelled)
        throw Cancelled{};
    result.pages = import.commit();
    result.skipped += import.skipped();
    result.keptEdits = import.keptEdits();
    result.deletedPages = import.deletedPages();
    return result;
}

} // namespace folio
