-- SPDX-License-Identifier: GPL-3.0-or-later
-- Ledger schema, version 1.
-- Statements end with ';' at the end of a line; a CREATE TRIGGER ends with
-- a line 'END;'. Migrations run in one transaction each (app/ledger/migrations.cpp).

-- The truth: every submitted revision, never updated or deleted.
CREATE TABLE revisions (
    seq         INTEGER PRIMARY KEY,  -- order in which this ledger received it
    id          TEXT NOT NULL UNIQUE, -- UUID
    record_id   TEXT NOT NULL,        -- UUID of the record it belongs to
    kind        TEXT NOT NULL,        -- record kind: memo, request, …
    supersedes  TEXT,                 -- id of the revision it replaces
    reason      TEXT,                 -- why it replaces it
    author_id   TEXT NOT NULL,        -- the author's person UUID
    author_key  TEXT NOT NULL,        -- Ed25519 public key, base64
    device_id   TEXT NOT NULL,
    created_utc TEXT NOT NULL,        -- ISO 8601, UTC, milliseconds
    zone        TEXT NOT NULL,        -- IANA zone of the school
    payload     TEXT NOT NULL,        -- canonical JSON
    prev_hash   TEXT,                 -- hash of the author's previous revision, hex
    hash        TEXT NOT NULL UNIQUE, -- SHA-256 of the signed content, hex
    signature   TEXT NOT NULL         -- Ed25519 signature of the hash, base64
);
CREATE INDEX revisions_record ON revisions (record_id, seq);
CREATE INDEX revisions_author ON revisions (author_key, seq);

CREATE TRIGGER revisions_never_update BEFORE UPDATE ON revisions
BEGIN
    SELECT RAISE(ABORT, 'revisions are append-only');
END;
CREATE TRIGGER revisions_never_delete BEFORE DELETE ON revisions
BEGIN
    SELECT RAISE(ABORT, 'revisions are append-only');
END;

-- Public keys this ledger trusts, with who they belong to.
CREATE TABLE keys (
    public_key    TEXT PRIMARY KEY,   -- base64
    person_id     TEXT NOT NULL,
    name          TEXT NOT NULL,
    source        TEXT NOT NULL,      -- self, pack, accepted
    first_seen_utc TEXT NOT NULL
);

-- Attachments, kept by the SHA-256 of their content (hex).
CREATE TABLE attachments (
    hash    TEXT PRIMARY KEY,
    size    INTEGER NOT NULL,
    content BLOB NOT NULL
);

-- Work not submitted yet; the only rows that may be deleted.
CREATE TABLE drafts (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    record_id   TEXT,
    supersedes  TEXT,
    payload     TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);

-- Derived from revisions (app/ledger/derivedstate.cpp); rebuilt at will.
CREATE TABLE records (
    record_id      TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,
    head_revision  TEXT NOT NULL,
    author_id      TEXT NOT NULL,
    created_utc    TEXT NOT NULL,
    updated_utc    TEXT NOT NULL,
    title          TEXT NOT NULL,
    revision_count INTEGER NOT NULL,
    conflict       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX records_kind ON records (kind, updated_utc);

CREATE VIRTUAL TABLE search USING fts5 (
    record_id UNINDEXED,
    kind UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- One view per record kind over the current revision of each record.
CREATE VIEW memos AS
SELECT r.record_id,
       json_extract(v.payload, '$.title') AS title,
       json_extract(v.payload, '$.text') AS text,
       json_array_length(v.payload, '$.attachments') AS attachment_count,
       r.created_utc,
       r.updated_utc,
       r.revision_count,
       r.author_id
FROM records r
JOIN revisions v ON v.id = r.head_revision
WHERE r.kind = 'memo';
