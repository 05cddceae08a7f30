#pragma once

#include "store/Page.h"
#include "store/Statement.h"

#include <QCoreApplication>

namespace folio {

class Database;

// The statements every page write runs, prepared once so a bulk import reuses them.
// Callers own the transaction.
class PageWriter
{
    Q_DECLARE_TR_FUNCTIONS(folio::PageWriter)

public:
    PageWriter(Database& db, QString author);

    // Validates and normalizes what a user typed; throws InvalidInput with the reason.
    static PageContent cleaned(const PageContent& content);

    // Ids the page and its first revision get on every machine (the starter pages, so that
    // two wikis started on two machines share them); by default new random ones.
    struct FixedIds
    {
        QString page;
        QString revision;
    };

    // Both return the id of the revision written; insert() puts the new page's id in `pageId`.
    qint64 insert(const PageContent& content, const PageState& state, qint64* pageId = nullptr,
                  const FixedIds& ids = {});
    qint64 addRevision(qint64 pageId, std::optional<qint64> parentId, const PageContent& content,
                       const PageState& state, const QString& summary = {},
                       const QString& revisionUuid = {});
    // Puts the page under another (by uuid; empty: at the top). The next revision written
    // records it.
    void setParentPage(qint64 pageId, const QString& parentUuid);
    // The id of the page holding this title, if any.
    std::optional<qint64> idOf(const QString& title);

private:
    Database& m_db;
    QString m_author;
    Statement m_findKey;
    Statement m_insertPage;
    Statement m_insertRevision;
    Statement m_updatePage;
    Statement m_setParent;
    Statement m_clearTags;
    Statement m_insertTag;
};

} // namespace folio
