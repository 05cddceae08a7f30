-- A wiki as Folio wrote it in file format 1 (before attachments), with two pages and three
-- revisions. TestSchema and TestWikiFile open it with the current Folio to prove the upgrade.
PRAGMA application_id = 1179601993;
CREATE TABLE pages (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    title_key   TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL DEFAULT 'note'
                CHECK (kind IN ('guide', 'faq', 'best-practice', 'note')),
    created_at  INTEGER NOT NULL,
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
    tags         TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL,
    content_hash TEXT NOT NULL
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

INSERT INTO pages VALUES (1, 'a3c1f7de-0000-4000-8000-000000000001', 'VPN setup', 'vpn setup',
    'guide', 1700000000000, 1700000500000, 2);
INSERT INTO pages VALUES (2, 'a3c1f7de-0000-4000-8000-000000000002', 'Printer FAQ', 'printer faq',
    'faq', 1700000100000, 1700000100000, 3);
INSERT INTO revisions VALUES (1, 1, NULL, 'ana', 1700000000000, 'VPN setup', 'guide', 'network',
    'Install the client.', 'b0e1e0c8bb3b3e05b8f8a0e9c5ab9a5f1e0d6f1e3d4c2b1a09f8e7d6c5b4a392');
INSERT INTO revisions VALUES (2, 1, 1, 'ben', 1700000500000, 'VPN setup', 'guide', 'network',
    'Install the client, then sign in.', 'c1f2e3d4c5b6a7988796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0');
INSERT INTO revisions VALUES (3, 2, NULL, 'ana', 1700000100000, 'Printer FAQ', 'faq', '',
    '## Is it broken?' || char(10) || char(10) || 'Probably.', 'd2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3');
INSERT INTO page_tags VALUES (1, 'network');
PRAGMA user_version = 1;
