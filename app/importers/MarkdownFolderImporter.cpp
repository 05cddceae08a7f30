#include "importers/MarkdownFolderImporter.h"

#include "core/TextInput.h"
#include "importers/MarkdownTitle.h"
#include "store/PageTitle.h"
#include "store/StoreError.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <mutex>
#include <sys/stat.h>

namespace folio {
namespace {

// Why a path found in the folder cannot be a page, or empty when it is a regular file.
QString notARegularFile(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return MarkdownFolderImporter::tr("a link to something that does not exist");
    if (S_ISREG(status.st_mode))
        return {};
    if (S_ISDIR(status.st_mode))
        return MarkdownFolderImporter::tr("a folder");
    if (S_ISFIFO(status.st_mode))
        return MarkdownFolderImporter::tr("a named pipe, not a file");
    return MarkdownFolderImporter::tr("a device or socket, not a file");
}

} // namespace

MarkdownFolderImporter::MarkdownFolderImporter(PageStore& store) : m_store(store)
{
}

bool MarkdownFolderImporter::isMarkdownFile(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}

PageContent MarkdownFolderImporter::pageFrom(const QString& fileName, const QString& text)
{
    const MarkdownTitle parsed = MarkdownTitle::extract(text);
    PageContent page;
    page.title = PageTitle::sanitized(
        parsed.title.isEmpty() ? QFileInfo(fileName).completeBaseName() : parsed.title);
    page.kind = PageKind::Note;
    page.body = parsed.body;
    return page;
}

MarkdownFolderImporter::Found MarkdownFolderImporter::findFiles(const QString& folder)
{
    // Everything is listed (System: devices, pipes, broken links; hidden files), so what is
    // left out is left out with a reason rather than silently.
    Found found;
    const QDir root(folder);
    QDirIterator it(folder, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir() && !info.isSymLink()) {
            if (!info.isReadable() || !info.isExecutable())
                found.skipped
                    << tr("%1: the folder cannot be read").arg(root.relativeFilePath(path));
            continue;
        }
        if (!isMarkdownFile(path))
            continue;
        const QString problem = notARegularFile(path);
        if (problem.isEmpty())
            found.files << path;
        else if (!info.isDir())
            found.skipped << root.relativeFilePath(path) + QLatin1String(": ") + problem;
    }
    found.files.sort();
    return found;
}

MarkdownFolderImporter::Result MarkdownFolderImporter::import(const QString& folder,
                                                              const QString& author,
                                                              const Progress& progress)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        throw StoreError(tr("“%1” is not a folder.").arg(QDir::toNativeSeparators(folder)),
                         StoreError::Code::InvalidInput);
    if (!info.isReadable() || !info.isExecutable())
        throw StoreError(
            tr("The folder “%1” cannot be read.").arg(QDir::toNativeSeparators(folder)),
            StoreError::Code::InvalidInput);

    const QString absolute = info.absoluteFilePath();
    const Found found = findFiles(absolute);
    const QStringList& files = found.files;
    // Sources are named from the folder's real path, so importing it through another path
    // (a symlink, "./docs" or "/home/me/docs") finds the same pages.
    const QDir root(info.canonicalFilePath());

    // Reading and parsing run on every core; only the write below is sequential.
    struct Parsed
    {
        std::optional<PageStore::SourcedPage> page;
        QString skipped;
        QString altered;
    };
    std::atomic<int> done = 0;
    std::mutex progressMutex;
    const auto parse = [&](const QString& path) {
        Parsed parsed;
        const QString relative = QDir(absolute).relativeFilePath(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            parsed.skipped = relative + QLatin1String(": ") + file.errorString();
        } else {
            const TextInput::Read read = TextInput::readAtMost(file, PageStore::kMaxBodyBytes);
            if (read.tooLarge) {
                parsed.skipped = tr("%1: larger than the %2 MB a page can hold")
                                     .arg(relative)
                                     .arg(PageStore::kMaxBodyBytes >> 20);
            } else if (!read.error.isEmpty()) {
                parsed.skipped = relative + QLatin1String(": ") + read.error;
            } else {
                const TextInput::Decoded text = TextInput::decodeUtf8(read.bytes);
                if (text.invalidLine > 0)
                    parsed.altered = tr("%1: line %2 has bytes that are not UTF-8; they were "
                                        "replaced with “\uFFFD”")
                                         .arg(relative)
                                         .arg(text.invalidLine);
                parsed.page =
                    PageStore::SourcedPage{root.filePath(relative), pageFrom(path, text.text)};
            }
        }
        const int count = ++done;
        if (progress && count % 1024 == 0) {
            const std::lock_guard lock(progressMutex);
            progress(Phase::Reading, count, int(files.size()));
        }
        return parsed;
    };
    const QList<Parsed> parsedFiles = QtConcurrent::blockingMapped(files, parse);
    if (progress)
        progress(Phase::Reading, int(files.size()), int(files.size()));

    Result result;
    result.files = int(files.size());
    result.skipped = found.skipped;
    QList<PageStore::SourcedPage> pages;
    pages.reserve(files.size());
    for (const Parsed& parsed : parsedFiles) {
        if (!parsed.skipped.isEmpty())
            result.skipped << parsed.skipped;
        if (!parsed.altered.isEmpty())
            result.altered << parsed.altered;
        if (parsed.page)
            pages << *parsed.page;
    }
    result.pages = m_store.importAll(pages, author, [&progress](int done, int total) {
        if (progress && (done % 256 == 0 || done == total))
            progress(Phase::Writing, done, total);
    });
    return result;
}

} // namespace folio
