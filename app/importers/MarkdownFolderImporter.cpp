#include "importers/MarkdownFolderImporter.h"

#include "importers/MarkdownTitle.h"
#include "store/PageTitle.h"
#include "store/StoreError.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

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

    Result result;
    result.files = int(files.size());
    QList<PageContent> pages;
    pages.reserve(files.size());
    QHash<QString, int> titles; // title key -> how many files used it so far
    const QDir root(folder);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString relative = root.relativeFilePath(files.at(i));
        QFile file(files.at(i));
        if (file.size() > kMaxFileSize) {
            result.skipped << tr("%1: larger than %2 MB").arg(relative).arg(kMaxFileSize >> 20);
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            result.skipped << relative + QLatin1String(": ") + file.errorString();
            continue;
        }
        PageContent page = pageFrom(files.at(i), file.readAll());
        const int uses = ++titles[PageTitle::key(page.title)];
        if (uses > 1)
            page.title = PageTitle::sanitized(page.title.left(PageTitle::kMaxLength - 8) +
                                              QStringLiteral(" (%1)").arg(uses));
        pages << page;
        if (progress && (i % 256 == 0 || i + 1 == files.size()))
            progress(Phase::Reading, int(i + 1), int(files.size()));
    }
    result.pages = m_store.writeAll(pages, author, [&progress](int done, int total) {
        if (progress && (done % 256 == 0 || done == total))
            progress(Phase::Writing, done, total);
    });
    return result;
}

} // namespace folio
