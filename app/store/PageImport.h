#pragma once

#include "store/BulkIndexing.h"
#include "store/PageStore.h"
#include "store/PageWriter.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace folio {

// One import of files into the wiki. Pages are added one by one — so memory holds a batch of
// files, not the whole folder — inside one transaction: commit() lands them all, anything
// else lands none. Each file ("source") keeps its page across imports:
// - a file imported before maps to its page; unchanged since then, nothing happens;
//   changed, its page gets a revision — unless the page was edited in Folio since the
//   last import: then the edit is kept and the file is listed in keptEdits();
// - a file seen for the first time gets a page of its own, its title numbered ("X (2)")
//   when another page has it: an import never takes over another page; a file that was
//   moved or renamed (same bytes, old path gone) keeps its page.
class PageImport
{
    Q_DECLARE_TR_FUNCTIONS(folio::PageImport)

public:
    struct Source
    {
        QString source;      // stable name of the file: the real folder path and the file's path
        QString name;        // the file as the user knows it, for messages
        QString contentHash; // SHA-256 of the file's bytes, hex
        PageContent content;
    };
    // Whether a source named earlier still exists (to tell a moved file from a copy).
    using SourceExists = std::function<bool(const QString& source)>;

    PageImport(Database& db, const QString& author, qsizetype expectedPages,
               SourceExists sourceExists);

    // Adds one file's page. A page that breaks a rule of the wiki (too long, no usable
    // title) is left out and listed in skipped(); failures of the store throw StoreError.
    void add(const Source& file);
    PageStore::BulkResult commit();
    // The page a file added earlier in this import became (or already was).
    std::optional<qint64> pageOf(const QString& source);

    PageStore::BulkResult result() const { return m_result; }
    QStringList skipped() const { return m_skipped; }     // "name: reason"
    QStringList keptEdits() const { return m_keptEdits; } // names of files not imported, above
    // Names of files whose page was deleted in Folio: a deletion is not undone by an import.
    QStringList deletedPages() const { return m_deletedPages; }

private:
    struct Mapping
    {
        QString source;
        qint64 pageId = 0;
        std::optional<qint64> revisionId;
        QString contentHash;
        bool pageDeleted = false;
    };
    std::optional<Mapping> mappingOf(const QString& source);
    std::optional<Mapping> movedFrom(const Source& file);
    void update(const Mapping& mapping, const Source& file, PageContent content);
    void create(const Source& file, PageContent content);
    bool adopt(const Source& file, const PageContent& content);
    void map(const QString& source, qint64 pageId, std::optional<qint64> revisionId,
             const QString& hash);
    QString freeTitle(const QString& wanted, std::optional<qint64> self);

    Database& m_db;
    Transaction m_transaction;
    BulkIndexing m_indexing;
    PageWriter m_writer;
    SourceExists m_sourceExists;
    PageStore m_pages;
    Statement m_mapping;
    Statement m_byHash;
    Statement m_hasSource;
    Statement m_map;
    Statement m_unmap;
    QHash<QString, int> m_nextNumber; // per title key: where numbering ("X (n)") goes on
    PageStore::BulkResult m_result;
    QStringList m_skipped;
    QStringList m_keptEdits;
    QStringList m_deletedPages;
};

} // namespace folio
