#pragma once

#include "store/PageStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace folio {

// Turns every Markdown file under a folder into a page, in one transaction. The title comes
// from the file's first heading, else its file name. Each file keeps its own page across
// imports (PageStore::importAll): importing an unchanged folder changes nothing, a changed
// file adds a revision to its page, and a title another page holds is numbered ("X (2)").
class MarkdownFolderImporter
{
    Q_DECLARE_TR_FUNCTIONS(folio::MarkdownFolderImporter)

public:
    struct Result
    {
        int files = 0; // Markdown files found
        PageStore::BulkResult pages;
        // "path: reason" for each file or folder that was left out, and each file whose text
        // had to be changed to be imported (bytes that are not UTF-8).
        QStringList skipped;
        QStringList altered;
    };
    enum class Phase { Reading, Writing };
    // While reading, called from worker threads, but never two at a time.
    using Progress = std::function<void(Phase phase, int done, int total)>;

    explicit MarkdownFolderImporter(PageStore& store);

    // Throws StoreError when the folder cannot be read or the write fails; then nothing changed.
    Result import(const QString& folder, const QString& author, const Progress& progress = {});

    static bool isMarkdownFile(const QString& fileName);
    // The page a file becomes; `fileName` is used for the title when there is no heading.
    static PageContent pageFrom(const QString& fileName, const QString& text);

private:
    struct Found
    {
        QStringList files;
        QStringList skipped;
    };
    static Found findFiles(const QString& folder);

    PageStore& m_store;
};

} // namespace folio
