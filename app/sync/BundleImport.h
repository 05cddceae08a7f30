#pragma once

#include "sync/BundleMerger.h"
#include "sync/WikiStamp.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace folio {

class BundleReader;
class Database;

// Imports bundles into a wiki as the person asking expects: only a bundle of this wiki (or of
// one they agreed to merge into it) is merged; a copy of the wiki is taken first, beside it,
// so the import can be undone (ImportUndo); the merge and its record in the ImportLog are
// one transaction. A new wiki holding only the starter pages takes the id of the first wiki
// imported into it: a second machine joins a wiki by importing its bundle.
class BundleImport
{
    Q_DECLARE_TR_FUNCTIONS(folio::BundleImport)

public:
    explicit BundleImport(Database& db);

    // Merge a bundle of another wiki too (and from then on without asking).
    void setOtherWikiAllowed(bool allowed) { m_otherWikiAllowed = allowed; }
    void setProgress(BundleMerger::Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool>* cancelled) { m_cancelled = cancelled; }

    // `path` is the bundle's file; `fileStamp` its ImportLog::fileStampOf() from before it was
    // read (empty: taken now). Throws BundleError (Code::OtherWiki for a bundle of another
    // wiki), StoreError or BundleMerger::Cancelled; then the wiki is as it was. Several
    // imports by one BundleImport share the copy taken by the first while nothing else is
    // written between them: an undo then goes back to before all of them (a sync round).
    // Not to be called inside a transaction: the copy is of what is committed.
    BundleMerger::Summary run(BundleReader& bundle, const QString& path,
                              const QString& fileStamp = {});

    // Where the copy of the wiki at `wikiPath` is kept: beside it.
    static QString backupPathFor(const QString& wikiPath);

private:
    enum class WikiMatch {
        Same,   // this wiki, or one merged into it before
        Joined, // another wiki that merged this one into itself: it agreed, so merge
        Adopt,  // this wiki is new: it becomes a copy of the bundle's
        Other
    };
    WikiMatch matchWiki(const BundleReader& bundle) const;
    bool holdsOnlyStarterPages() const;
    void acceptWiki(WikiMatch match, const QString& bundleWiki);

    Database& m_db;
    bool m_otherWikiAllowed = false;
    BundleMerger::Progress m_progress;
    const std::atomic<bool>* m_cancelled = nullptr;
    QString m_backupSha256;   // of the copy the last run took or shared
    QString m_stampAfterLast; // the wiki right after the last run
};

} // namespace folio
