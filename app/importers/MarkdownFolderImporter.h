#pragma once

#include "store/PageImport.h"
#include "store/PageStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace folio {

class MarkdownFolder;

// Turns every Markdown file under a folder into a page, in one transaction. The title comes
// from the file's first heading, else its file name. Each file keeps its own page across
// imports (PageImport): importing an unchanged folder changes nothing, a changed file adds a
// revision to its page (unless the page was edited in Folio since), a moved file keeps its
// page, and a title another page holds is numbered ("X (2)"). Files are read in batches, so
// memory holds a batch, not the folder.
class MarkdownFolderImporter
{
    Q_DECLARE_TR_FUNCTIONS(folio::MarkdownFolderImporter)

public:
    struct Result
    {
        int files = 0; // Markdown files found
        PageStore::BulkResult pages;
        // "name: reason" for each file or folder that was left out, and each file whose text
        // or title had to be changed to be imported.
        QStringList skipped;
        QStringList altered;
        // Files that changed while their page was edited in Folio: the edit was kept.
        QStringList keptEdits;
        // Files whose page was deleted in Folio: not imported again.
        QStringList deletedPages;
    };
    using Progress = std::function<void(int done, int total)>;
    // Thrown when the cancel flag was set; nothing was written.
    struct Cancelled
    {
    };

    explicit MarkdownFolderImporter(PageStore& store);
    // Pictures a page shows by a relative path ("images/setup.png") are attached to it; a
    // larger one is left out and listed in skipped.
    void setAttachmentLimit(qint64 maxBytes) { m_attachmentLimit = maxBytes; }
    // Checked between batches of files (Ctrl+C in the CLI): once set, import() throws
    // Cancelled and nothing is written.
    void setCancelFlag(const std::atomic<bool>* cancelled) { m_cancelled = cancelled; }

    // Throws StoreError when the folder cannot be read or the write fails; then nothing changed.
    Result import(const QString& folder, const QString& author, const Progress& progress = {});
    // The same for a folder already listed (to check it before anything else happens).
    Result import(const MarkdownFolder& found, const QString& folder, const QString& author,
                  const Progress& progress = {});

    static bool isMarkdownFile(const QString& fileName);
    // The page a file becomes; `fileName` is used for the title when there is no heading.
    // When the heading had to be changed to make a title, `titleChange` says how.
    static PageContent pageFrom(const QString& fileName, const QString& text,
                                QString* titleChange = nullptr);

    // Files read and parsed together before they are written: bounds memory.
    static constexpr int kBatchFiles = 64;
    static constexpr qint64 kBatchBytes = 32 * 1024 * 1024;

private:
    void attachImages(PageImport& import, const PageImport::Source& source,
                      const QList<std::pair<QString, QString>>& images, Result& result);

    PageStore& m_store;
    qint64 m_attachmentLimit = 25'000'000;
    const std::atomic<bool>* m_cancelled = nullptr;
};

} // namespace folio
