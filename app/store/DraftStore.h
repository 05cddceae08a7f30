#pragma once

#include "store/Page.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace folio {

class Database;

// Text a writer has typed but not saved, kept a moment after typing pauses so that a crash,
// a kill or a power cut loses nothing: the next start offers it back.
struct Draft
{
    qint64 id = 0;
    qint64 pageId = 0;       // 0: a page that does not exist yet
    qint64 baseRevision = 0; // the revision the writer started from (0 for a new page)
    PageContent content;
    // Files pasted into a page not created yet: the name its text links to → SHA-256.
    QHash<QString, QString> attachments;
    QDateTime savedAt;
};

class DraftStore
{
public:
    explicit DraftStore(Database& db) : m_db(db) {}

    // Keeps `draft` in place of the one with its id, or of an older draft of the same page;
    // returns its id. Throws StoreError (a read-only or full disk, say); waits only a moment
    // for a wiki another process is writing before failing as busy.
    qint64 keep(const Draft& draft);
    // Newest first.
    QList<Draft> all() const;
    std::optional<Draft> find(qint64 draftId) const;
    std::optional<Draft> forPage(qint64 pageId) const;
    void discard(qint64 draftId);

private:
    QHash<QString, QString> attachmentsOf(qint64 draftId) const;

    Database& m_db;
};

} // namespace folio
