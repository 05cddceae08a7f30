#include "store/Schema.h"

#include "store/Database.h"
#include "store/PageTitle.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

namespace folio::Schema {
namespace {

// Format 4 compares titles in Unicode normalisation form C: "Cafe\u0301" and "Café" are
// one title. Keys written before are brought to that form; where two pages now share a
// key, the later one keeps its old key (still reachable as typed) rather than lose its title.
void rekeyTitles(Database& db)
{
    Statement pages(db, QStringLiteral("SELECT id, title, title_key FROM pages "
                                       "WHERE deleted_at IS NULL AND title GLOB '*[^ -~]*' "
                                       "ORDER BY id"));
    Statement taken(db, QStringLiteral("SELECT 1 FROM pages WHERE title_key = ?"));
    Statement rekey(db, QStringLiteral("UPDATE pages SET title_key = ? WHERE id = ?"));
    while (pages.step()) {
        const QString key = PageTitle::key(pages.text(1));
        if (key == pages.text(2))
            continue;
        taken.reset();
        taken.bind(1, key);
        if (taken.step())
            continue;
        rekey.bind(1, key).bind(2, pages.int64(0)).run();
    }
}

struct Migration
{
    const char* sql;
    void (*after)(Database&) = nullptr; // data changes SQL cannot express
};

// Format 10 names every revision the same on every machine; those written before get a
// random id each, then the history is append-only again.
void nameRevisions(Database& db)
{
    Statement revisions(db, QStringLiteral("SELECT id FROM revisions WHERE uuid IS NULL"));
    Statement name(db, QStringLiteral("UPDATE revisions SET uuid = ? WHERE id = ?"));
    while (revisions.step())
        name.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, revisions.int64(0))
            .run();
    Statement wiki(db, QStringLiteral("INSERT INTO wiki (id, uuid) VALUES (1, ?)"));
    wiki.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).run();
    db.exec(
        QStringLiteral("CREATE UNIQUE INDEX revisions_by_uuid ON revisions (uuid);"
                       "CREATE TRIGGER revisions_are_append_only_update BEFORE UPDATE ON revisions "
                       "BEGIN SELECT RAISE(ABORT, 'revision history is append-only'); END;"));
}

// Index i takes the file from version i to version i + 1.
const Migration kMigrations[] = {
    {// 1: pages, their append-only revision history, tags. A page's text lives only in its
     // current revision, so nothing is stored twice.
     R"sql(
    CREATE TABLE pages (
        id          INTEGER PRIMARY KEY,
        uuid        TEXT NOT NULL UNIQUE,
        title       TEXT NOT NULL,
        title_key   TEXT NOT NULL UNIQUE,   -- case-folded title, for case-insensitive lookups
        kind        TEXT NOT NULL DEFAULT 'note'
                    CHECK (kind IN ('guide', 'faq', 'best-practice', 'note')),
        created_at  INTEGER NOT NULL,       -- ms since the epoch, UTC
        updated_at  INTEGER NOT NULL,
        revision_id INTEGER REFERENCES revisions (id)
    );
    CREATE TABLE revisions (
        id           INTEGER PRIMARY KEY,
        page_id      INTEGER NOT NULL REFERENCES pages (id),
        parent_id    INTEGER REFERENCES revisions (id),
        author       TEXT NOT NULL,
        created_at   INTEGER NOT NULL,
        title        TEXT NOT NULL,
        kind         TEXT NOT NULL,
        tags         TEXT NOT NULL DEFAULT '',  -- comma-separated snapshot of the page's tags
        body         TEXT NOT NULL,
        content_hash TEXT NOT NULL               -- SHA-256 of body, hex
    );
    CREATE INDEX revisions_by_page ON revisions (page_id, id);
    CREATE TRIGGER revisions_are_append_only_update BEFORE UPDATE ON revisions
    BEGIN SELECT RAISE(ABORT, 'revision history is append-only'); END;
    CREATE TRIGGER revisions_are_append_only_delete BEFORE DELETE ON revisions
    BEGIN SELECT RAISE(ABORT, 'revision history is append-only'); END;
    CREATE TABLE page_tags (
        page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
        tag     TEXT NOT NULL,
        PRIMARY KEY (page_id, tag)
    ) WITHOUT ROWID;
    CREATE INDEX page_tags_by_tag ON page_tags (tag);
    )sql"},
    {// 2: attachments, addressed by the SHA-256 of their bytes so a file is stored once.
     R"sql(
    CREATE TABLE attachments (
        sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        mime_type  TEXT NOT NULL,
        size       INTEGER NOT NULL,
        data       BLOB NOT NULL,
        created_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE page_attachments (
        page_id INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
        name    TEXT NOT NULL,
        sha256  TEXT NOT NULL REFERENCES attachments (sha256),
        PRIMARY KEY (page_id, name)
    ) WITHOUT ROWID;
    )sql"},
    {// 3: full-text search over every page's current revision, and deleted pages. The index
     // reads the text from the revisions (external content: no second copy of every body),
     // and triggers update it in the same transaction as every page write, so it cannot drift.
     R"sql(
    ALTER TABLE pages ADD COLUMN deleted_at INTEGER;
    CREATE VIEW page_search_source AS
        SELECT pages.id AS id, revisions.title AS title,
               replace(revisions.tags, ',', ' ') AS tags, revisions.body AS body
        FROM pages JOIN revisions ON revisions.id = pages.revision_id
        WHERE pages.deleted_at IS NULL;
    CREATE VIRTUAL TABLE page_search USING fts5(
        title, tags, body,
        content = 'page_search_source', content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2',
        prefix = '2 3');
    CREATE VIRTUAL TABLE page_search_vocabulary USING fts5vocab(page_search, 'row');
    -- A bulk import pauses indexing of the pages it creates (a row here, inside its own
    -- transaction) and indexes them in one statement before it commits.
    CREATE TABLE search_index_paused (flag INTEGER PRIMARY KEY CHECK (flag = 1));
    CREATE TRIGGER page_search_on_save AFTER UPDATE OF revision_id ON pages
    WHEN new.deleted_at IS NULL
         AND (old.revision_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM search_index_paused))
    BEGIN
        INSERT INTO page_search (page_search, rowid, title, tags, body)
            SELECT 'delete', old.id, title, replace(tags, ',', ' '), body
            FROM revisions WHERE id = old.revision_id;
        INSERT INTO page_search (rowid, title, tags, body)
            SELECT new.id, title, replace(tags, ',', ' '), body
            FROM revisions WHERE id = new.revision_id;
    END;
    CREATE TRIGGER page_search_on_delete AFTER UPDATE OF deleted_at ON pages
    WHEN old.deleted_at IS NULL AND new.deleted_at IS NOT NULL
    BEGIN
        INSERT INTO page_search (page_search, rowid, title, tags, body)
            SELECT 'delete', old.id, title, replace(tags, ',', ' '), body
            FROM revisions WHERE id = old.revision_id;
    END;
    -- Ranking: a match in the title counts ten times one in the body, tags five times.
    INSERT INTO page_search (page_search, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0)');
    INSERT INTO page_search (page_search) VALUES ('rebuild');
    )sql"},
    {// 4: where imported pages came from, so a file maps to the same page on every import;
     // and titles compared in Unicode form C (rekeyTitles).
     R"sql(
    CREATE TABLE page_sources (
        source       TEXT PRIMARY KEY,  -- an imported file: its folder's real path / its path
        page_id      INTEGER NOT NULL REFERENCES pages (id),
        revision_id  INTEGER REFERENCES revisions (id),  -- the revision the import left
        content_hash TEXT NOT NULL                        -- SHA-256 of the file then, hex
    ) WITHOUT ROWID;
    CREATE INDEX page_sources_by_hash ON page_sources (content_hash);
    CREATE INDEX page_sources_by_page ON page_sources (page_id);
    )sql",
     rekeyTitles},
    {// 5: links shared in team chat. A link is one normalised URL; each message that shared
     // it is a share. Messages are stored once, however many links they hold. The search
     // index has a row per link (its URL, label, the texts that shared it, the channels and
     // people), rewritten by LinkStore for the links an import touched.
     R"sql(
    CREATE TABLE links (
        id              INTEGER PRIMARY KEY,
        url             TEXT NOT NULL UNIQUE,   -- normalised (UrlNormalizer)
        host            TEXT NOT NULL,
        label           TEXT NOT NULL DEFAULT '',  -- the label shares gave most often
        first_shared_at INTEGER,                -- ms since the epoch, UTC
        last_shared_at  INTEGER,
        share_count     INTEGER NOT NULL DEFAULT 0,
        first_message   INTEGER,                -- the message that shared it first
        flags           INTEGER NOT NULL DEFAULT 0, -- 1 internal, 2 carried a secret, 4 mailto
        hidden          INTEGER NOT NULL DEFAULT 0,
        created_at      INTEGER NOT NULL
    );
    CREATE INDEX links_by_host ON links (host);
    CREATE INDEX links_by_last_shared ON links (last_shared_at);
    CREATE TABLE link_messages (
        id            INTEGER PRIMARY KEY,
        message_key   TEXT NOT NULL UNIQUE,   -- platform, workspace, channel and message id
        platform      TEXT NOT NULL,
        workspace     TEXT NOT NULL,
        channel_id    TEXT NOT NULL,
        channel_name  TEXT NOT NULL,
        channel_kind  TEXT NOT NULL CHECK (channel_kind IN ('public', 'private', 'direct', 'group')),
        thread_root   TEXT NOT NULL DEFAULT '',
        message_id    TEXT NOT NULL,
        author_id     TEXT NOT NULL DEFAULT '',
        author_name   TEXT NOT NULL DEFAULT '',
        author_is_bot INTEGER NOT NULL DEFAULT 0,
        sent_at       INTEGER,
        sent_raw      TEXT NOT NULL DEFAULT '',
        edited_at     INTEGER,
        text          TEXT NOT NULL DEFAULT '',
        reactions     TEXT NOT NULL DEFAULT '',
        source        TEXT NOT NULL DEFAULT ''  -- file in the export and position
    );
    CREATE TABLE link_shares (
        link_id    INTEGER NOT NULL REFERENCES links (id) ON DELETE CASCADE,
        message_id INTEGER NOT NULL REFERENCES link_messages (id) ON DELETE CASCADE,
        label      TEXT NOT NULL DEFAULT '',
        origin     TEXT NOT NULL,
        in_code    INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (link_id, message_id)
    ) WITHOUT ROWID;
    CREATE INDEX link_shares_by_message ON link_shares (message_id);
    CREATE TABLE link_tags (
        link_id INTEGER NOT NULL REFERENCES links (id) ON DELETE CASCADE,
        tag     TEXT NOT NULL,
        PRIMARY KEY (link_id, tag)
    ) WITHOUT ROWID;
    CREATE INDEX link_tags_by_tag ON link_tags (tag);
    CREATE VIRTUAL TABLE link_search USING fts5(
        url, label, text, channel, people,
        tokenize = 'porter unicode61 remove_diacritics 2',
        prefix = '2 3');
    INSERT INTO link_search (link_search, rank) VALUES ('rank', 'bm25(2.0, 10.0, 1.0, 3.0, 3.0)');
    )sql"},
    {// 6: links by label, as LIKE compares them (ASCII without case): a one-letter search
     // among 500,000 links reads its range instead of scanning them.
     R"sql(
    CREATE INDEX links_by_label ON links (label COLLATE NOCASE);
    )sql"},
    {// 7: the offline archive of links. A snapshot (MHTML or PDF) is stored once by its
     // SHA-256 however many captures gave the same bytes; each capture of a link is a version
     // with its readable text, the newest shown. link_archive is the queue, kept across
     // restarts: a link waits there until archived, failed or skipped. The readable text of
     // each link's newest capture is searchable (rowid: the link).
     R"sql(
    CREATE TABLE snapshots (
        id           INTEGER PRIMARY KEY,
        sha256       TEXT NOT NULL UNIQUE,
        size         INTEGER NOT NULL,
        content_type TEXT NOT NULL,   -- multipart/related (MHTML) or application/pdf
        data         BLOB NOT NULL
    );
    CREATE TABLE link_captures (
        id           INTEGER PRIMARY KEY,
        link_id      INTEGER NOT NULL REFERENCES links (id) ON DELETE CASCADE,
        snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id),
        captured_at  INTEGER NOT NULL,  -- ms since the epoch, UTC
        final_url    TEXT NOT NULL,     -- after redirects
        http_status  INTEGER,
        title        TEXT NOT NULL DEFAULT '',
        byline       TEXT NOT NULL DEFAULT '',
        excerpt      TEXT NOT NULL DEFAULT '',
        text         TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX link_captures_by_link ON link_captures (link_id, id);
    CREATE INDEX link_captures_by_snapshot ON link_captures (snapshot_id);
    CREATE TABLE link_archive (
        link_id      INTEGER PRIMARY KEY REFERENCES links (id) ON DELETE CASCADE,
        status       TEXT NOT NULL CHECK (status IN ('pending', 'archived', 'failed', 'skipped')),
        reason       TEXT NOT NULL DEFAULT '',  -- a key (ArchiveResult::Reason), shown translated
        detail       TEXT NOT NULL DEFAULT '',  -- what the reason needs: an HTTP status, a host
        attempts     INTEGER NOT NULL DEFAULT 0,
        next_attempt INTEGER NOT NULL DEFAULT 0, -- ms; a retry waits until then
        queued_at    INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL
    );
    CREATE INDEX link_archive_by_status ON link_archive (status, next_attempt, link_id);
    CREATE VIRTUAL TABLE capture_search USING fts5(
        title, byline, text,
        tokenize = 'porter unicode61 remove_diacritics 2',
        prefix = '2 3');
    INSERT INTO capture_search (capture_search, rank) VALUES ('rank', 'bm25(10.0, 2.0, 1.0)');
    )sql"},
    {// 8: authoring. A page's review status and visibility, also kept on each revision so the
     // history shows when it was published; a summary per revision; and drafts: what a
     // writer typed and has not saved, written while typing so a crash loses nothing.
     // Pages that existed before review are published and internal.
     R"sql(
    ALTER TABLE pages ADD COLUMN status TEXT NOT NULL DEFAULT 'published'
        CHECK (status IN ('draft', 'review', 'published'));
    ALTER TABLE pages ADD COLUMN visibility TEXT NOT NULL DEFAULT 'internal'
        CHECK (visibility IN ('internal', 'public'));
    ALTER TABLE revisions ADD COLUMN status TEXT NOT NULL DEFAULT 'published';
    ALTER TABLE revisions ADD COLUMN visibility TEXT NOT NULL DEFAULT 'internal';
    ALTER TABLE revisions ADD COLUMN summary TEXT NOT NULL DEFAULT '';
    CREATE INDEX pages_by_status ON pages (status, title_key) WHERE deleted_at IS NULL;
    CREATE TABLE drafts (
        id            INTEGER PRIMARY KEY,
        page_id       INTEGER REFERENCES pages (id),      -- NULL: a page not created yet
        base_revision INTEGER REFERENCES revisions (id),  -- what the writer started from
        title         TEXT NOT NULL,
        kind          TEXT NOT NULL,
        tags          TEXT NOT NULL DEFAULT '',
        body          TEXT NOT NULL,
        saved_at      INTEGER NOT NULL
    );
    CREATE UNIQUE INDEX drafts_by_page ON drafts (page_id) WHERE page_id IS NOT NULL;
    )sql"},
    {// 9: the files pasted into a draft of a page not created yet, by the names its text
     // links to, so a draft restored after a crash shows them (a page that exists holds its
     // attachments from the paste on).
     R"sql(
    CREATE TABLE draft_attachments (
        draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        name     TEXT NOT NULL,
        sha256   TEXT NOT NULL REFERENCES attachments (sha256),
        PRIMARY KEY (draft_id, name)
    ) WITHOUT ROWID;
    )sql"},
    {// 10: sync between machines. A revision has an id that is the same on every machine; a
     // merge of two machines' edits has a second parent, and is marked conflicted when both
     // changed the same lines (the page then shows as Conflicted until a person resolves
     // it). The wiki has an id, shared by every copy of it, that bundles carry.
     R"sql(
    DROP TRIGGER revisions_are_append_only_update;
    ALTER TABLE revisions ADD COLUMN uuid TEXT;
    ALTER TABLE revisions ADD COLUMN merge_parent_id INTEGER REFERENCES revisions (id);
    ALTER TABLE revisions ADD COLUMN conflicted INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE wiki (
        id   INTEGER PRIMARY KEY CHECK (id = 1),
        uuid TEXT NOT NULL
    );
    )sql",
     nameRevisions},
    {// 11: imports of bundles, newest last, each with the copy of the wiki taken before it
     // and its checksum (so the last one can be undone, from that copy only) and what the
     // wiki held right after (so an undo can tell whether anything was written since); the other
     // wikis a person agreed to merge into this one; and the bundles of this wiki written into sync
     // folders, with what the wiki held when each was written (so an unchanged wiki is not written
     // again). The few conflicted revisions are found without reading every page.
     R"sql(
    CREATE TABLE imports (
        id           INTEGER PRIMARY KEY,
        bundle       TEXT NOT NULL,     -- the bundle's absolute path
        file_stamp   TEXT NOT NULL,     -- its size and modification time
        from_wiki    TEXT NOT NULL,
        from_machine TEXT NOT NULL,
        imported_at  INTEGER NOT NULL,  -- ms since the epoch, UTC
        summary      TEXT NOT NULL,     -- JSON: what changed
        backup       TEXT NOT NULL,     -- the copy taken before; '' when none was
        backup_sha256 TEXT NOT NULL,    -- the copy's bytes: only that very file is restored
        wiki_stamp   TEXT NOT NULL,     -- the wiki right after (WikiStamp)
        undone       INTEGER NOT NULL DEFAULT 0 -- put back by an undo; kept so the file is
                                                -- not merged again by a sync folder
    );
    CREATE INDEX imports_by_bundle ON imports (bundle);
    CREATE TABLE known_wikis (
        uuid  TEXT PRIMARY KEY,
        since INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX revisions_conflicted ON revisions (id) WHERE conflicted = 1;
    DROP TRIGGER page_search_on_save;
    DROP TRIGGER page_search_on_delete;
    DROP TABLE search_index_paused;
    CREATE TABLE search_index_paused (
        flag  INTEGER PRIMARY KEY CHECK (flag = 1),
        after INTEGER NOT NULL  -- pages with a larger id are indexed at the end of the batch
    );
    CREATE TRIGGER page_search_on_save AFTER UPDATE OF revision_id ON pages
    WHEN new.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM search_index_paused WHERE new.id > after)
    BEGIN
        INSERT INTO page_search (page_search, rowid, title, tags, body)
            SELECT 'delete', old.id, title, replace(tags, ',', ' '), body
            FROM revisions WHERE id = old.revision_id;
        INSERT INTO page_search (rowid, title, tags, body)
            SELECT new.id, title, replace(tags, ',', ' '), body
            FROM revisions WHERE id = new.revision_id;
    END;
    CREATE TRIGGER page_search_on_delete AFTER UPDATE OF deleted_at ON pages
    WHEN old.deleted_at IS NULL AND new.deleted_at IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM search_index_paused WHERE new.id > after)
    BEGIN
        INSERT INTO page_search (page_search, rowid, title, tags, body)
            SELECT 'delete', old.id, title, replace(tags, ',', ' '), body
            FROM revisions WHERE id = old.revision_id;
    END;
    CREATE TABLE sync_exports (
        bundle     TEXT PRIMARY KEY,
        wiki_stamp TEXT NOT NULL
    ) WITHOUT ROWID;
    )sql"},
    {// 12: pages under other pages. A page names the page it sits under by that page's uuid,
     // which survives renames and travels between machines; each revision records it too, so
     // the history shows moves and a bundle carries them. A parent that is deleted, or not
     // shown, leaves its children at the top.
     R"sql(
    ALTER TABLE pages ADD COLUMN parent_page TEXT;
    ALTER TABLE revisions ADD COLUMN parent_page TEXT;
    CREATE INDEX pages_by_parent ON pages (parent_page) WHERE parent_page IS NOT NULL;
    )sql"},
};

} // namespace

int currentVersion()
{
    return int(std::size(kMigrations));
}

void migrate(Database& db, int version)
{
    // Up to date: no write lock, so opening a wiki another process has open never waits.
    if (db.pragmaInt("user_version") >= version)
        return;
    Transaction transaction(db);
    const int from = db.pragmaInt("user_version");
    // Any number can be stored in user_version: only known formats are ever migrated.
    if (from < 0 || from > currentVersion())
        throw StoreError(
            QCoreApplication::translate("folio::Schema", "The wiki is in an unknown format (%1).")
                .arg(from),
            StoreError::Code::Corrupt);
    if (from == 0)
        db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    for (int step = from; step < version; ++step) {
        try {
            db.exec(QString::fromUtf8(kMigrations[step].sql));
            if (kMigrations[step].after)
                kMigrations[step].after(db);
        } catch (const StoreError& error) {
            // A busy or full disk is said as it is; a step that does not fit the tables
            // ("table exists", "duplicate column") means the format number is wrong.
            if (error.code() != StoreError::Code::Generic &&
                error.code() != StoreError::Code::Corrupt)
                throw;
            throw StoreError(QCoreApplication::translate(
                                 "folio::Schema",
                                 "The wiki's format number (%1) does not match its tables: it "
                                 "may be damaged. Folio leaves it as it is.")
                                 .arg(from),
                             StoreError::Code::Corrupt);
        }
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1));
    }
    transaction.commit();
}

} // namespace folio::Schema
