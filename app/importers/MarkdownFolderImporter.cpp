#include "importers/MarkdownFolderImporter.h"

#include "importers/MarkdownTitle.h"
#include "store/PageTitle.h"
#include "store/StoreError.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <mutex>

namespace folio {

MarkdownFolderImporter::MarkdownFolderImporter(PageStore& store) : m_store(store)
{
}

bool MarkdownFolderImporter::isMarkdownFile(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}

PageContent MarkdownFolderImporter::pageFrom(const QString& fileName, const QByteArray& data)
{
    const MarkdownTitle parsed = MarkdownTitle::extract(QString::fromUtf8(data));
    PageContent page;
    page.title = PageTitle::sanitized(
        parsed.title.isEmpty() ? QFileInfo(fileName).completeBaseName() : parsed.title);
    page.kind = PageKind::Note;
    page.body = parsed.body;
    return page;
}

MarkdownFolderImporter::Result MarkdownFolderImporter::import(const QString& folder,
                                                              const QString& author,
                                                              const Progress& progress)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        throw StoreError(tr("“%1” is not a folder.").arg(QDir::toNativeSeparators(folder)),
                         StoreError::Code::InvalidInput);

    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isMarkdownFile(path))
            files << path;
    }
    files.sort();

    // Reading and parsing run on every core; only the write below is sequential.
    struct Parsed
    {
        std::optional<PageContent> page;
        QString problem;
    };
    const QDir root(folder);
    std::atomic<int> done = 0;
    std::mutex progressMutex;
    const auto parse = [&](const QString& path) {
        Parsed parsed;
        QFile file(path);
        if (file.size() > kMaxFileSize)
            parsed.problem = tr("%1: larger than %2 MB")
                                 .arg(root.relativeFilePath(path))
                                 .arg(kMaxFileSize >> 20);
        else if (!file.open(QIODevice::ReadOnly))
            parsed.problem = root.relativeFilePath(path) + QLatin1String(": ") + file.errorString();
        else
            parsed.page = pageFrom(path, file.readAll());
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
    QList<PageContent> pages;
    pages.reserve(files.size());
    QHash<QString, int> titles; // title key -> how many files used it so far
    for (const Parsed& parsed : parsedFiles) {
        if (!parsed.page) {
            result.skipped << parsed.problem;
            continue;
        }
        PageContent page = *parsed.page;
        const int uses = ++titles[PageTitle::key(page.title)];
        if (uses > 1)
            page.title = PageTitle::sanitized(page.title.left(PageTitle::kMaxLength - 8) +
                                              QStringLiteral(" (%1)").arg(uses));
        pages << page;
    }
    result.pages = m_store.writeAll(pages, author, [&progress](int done, int total) {
        if (progress && (done % 256 == 0 || done == total))
            progress(Phase::Writing, done, total);
    });
    return result;
}

} // namespace folio
