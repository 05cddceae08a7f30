#pragma once

#include "store/Page.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace folio {

class Database;

// The writes a merge makes: revisions taken as they were written elsewhere (their uuid,
// author and time kept), and a page moved to a revision of its history. Unlike an edit,
// nothing here invents a revision. Callers own the transaction.
class HistoryWriter
{
    Q_DECLARE_TR_FUNCTIONS(folio::HistoryWriter)

public:
    explicit HistoryWriter(Database& db);

    std::optional<qint64> revisionId(const QString& uuid);
    // The page the revision with this uuid placed its page under (empty: the top).
    QString parentPageOf(const QString& revisionUuid);
    std::optional<qint64> pageId(const QString& uuid);
    // A page this wiki has not seen: no text until setHead().
    qint64 insertPage(const QString& uuid, const QDateTime& createdAt);
    // A page this wiki has not seen, with the title, kind, tags and state of `head`, the
    // revision it will show once show() names it. The title must be free.
    qint64 insertPageShowing(const QString& uuid, const QDateTime& createdAt, const Revision& head);
    // Makes a revision the page's current text when the page has its other fields already.
    void show(qint64 pageId, qint64 revisionId);
    // `revision.id`, `pageId` and the parents as ids are ignored: `parentId` and
    // `mergeParentId` are this wiki's ids of the parents, when it has them.
    qint64 insertRevision(qint64 pageId, const Revision& revision, std::optional<qint64> parentId,
                          std::optional<qint64> mergeParentId);
    // Makes the revision the page's current text, title, kind, tags and state.
    void setHead(qint64 pageId, qint64 revisionId);
    // The live page holding the title, if any.
    std::optional<qint64> titleHolder(const QString& title);
    void markDeleted(qint64 pageId, const QDateTime& deletedAt);
    void markAlive(qint64 pageId);

private:
    static std::optional<qint64> idOf(Statement& lookup, const QString& uuid);

    Database& m_db;
    Statement m_findRevision;
    Statement m_findParentPage;
    Statement m_findPage;
    Statement m_insertPage;
    Statement m_show;
    Statement m_insertRevision;
    Statement m_readHead;
    Statement m_updateHead;
    Statement m_clearTags;
    Statement m_insertTag;
    Statement m_titleHolder;
};

} // namespace folio
