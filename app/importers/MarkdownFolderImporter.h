#pragma once

#include "store/PageStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace folio {

// Turns every Markdown file under a folder into a page, in one transaction. The title comes
// from the file's first heading, else its file name; two files with the same title get
// "(2)", "(3)" in file-name order. Importing the same folder again adds revisions only to
// pages whose text changed.
class MarkdownFolderImporter
{
    Q_DECLARE_TR_FUNCTIONS(folio::MarkdownFolderImporter)

public:
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

    struct Result
    {
        int files = 0;
        PageStore::BulkResult pages;
        QStringList skipped; // "path: reason", for files that could not be read
    };
    enum class Phase { Reading, Writing };
    // While reading, called from worker threads, but never two at a time.
    using Progress = std::function<void(Phase phase, int done, int total)>;

    explicit MarkdownFolderImporter(PageStore& store);

    // Throws StoreError when the folder cannot be read or the write fails; then nothing changed.
    Result import(const QString& folder, const QString& author, const Progress& progress = {});

    static bool isMarkdownFile(const QString& fileName);
    // The page a file becomes; `fileName` is used for the title when there is no heading.
    static PageContent pageFrom(const QString& fileName, const QByteArray& data);

private:
    PageStore& m_store;
};

} // namespace folio
