#pragma once

#include "store/Page.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace folio {

class Database;

// The pages whose current text is a conflicted merge: two machines changed the same lines,
// and the text holds both between <<<<<<< and >>>>>>> lines until a person chooses. Each
// conflict comes with both sides' revisions, so a person can compare them and keep one, or
// edit the merged text; either becomes a new revision on top of the merge, which travels to
// the other machines as any edit does.
class ConflictList
{
    Q_DECLARE_TR_FUNCTIONS(folio::ConflictList)

public:
    struct Conflict
    {
        qint64 pageId = 0;
        Revision merged; // the page's current revision, with the markers
        Revision first;  // the two revisions merged, older first
        Revision second;
    };

    explicit ConflictList(Database& db) : m_db(db) {}

    // Conflicted live pages, by title.
    QList<PageSummary> pages() const;
    int count() const;
    bool isConflicted(qint64 pageId) const;
    // nullopt when the page is not (or no longer) conflicted.
    std::optional<Conflict> conflict(qint64 pageId) const;
    // Saves `body` as the page's text, on top of the merge. Throws StoreError (Conflict when
    // the page changed since `conflict` was read).
    Page resolve(const Conflict& conflict, const QString& body, const QString& author);

private:
    Database& m_db;
};

} // namespace folio
