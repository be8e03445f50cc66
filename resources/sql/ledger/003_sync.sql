-- SPDX-License-Identifier: GPL-3.0-or-later
-- Sync bundles (app/sync, docs/bundle-format.md).

-- How many corrections deep each record's head is. The head is the
-- revision furthest along its record's chain of corrections (ties: the
-- greater id), so every ledger shows the same version whatever order the
-- revisions reached it in, and a wrong clock cannot reorder them.
ALTER TABLE records ADD COLUMN head_depth INTEGER NOT NULL DEFAULT 1;
UPDATE records SET head_depth = (
    WITH RECURSIVE chain (id, supersedes) AS (
        SELECT id, supersedes FROM revisions WHERE id = records.head_revision
        UNION ALL
        SELECT r.id, r.supersedes FROM revisions r JOIN chain c ON r.id = c.supersedes)
    SELECT count(*) FROM chain);

-- What each peer said it holds, from the manifest of its latest bundle: for
-- every author, the last revision of theirs it has. Export sends a peer
-- only what comes after.
CREATE TABLE peer_heads (
    peer_key   TEXT NOT NULL,     -- the key that signed the peer's bundle, base64
    author_key TEXT NOT NULL,     -- base64
    hash       TEXT NOT NULL,     -- the author's last revision the peer holds, hex
    count      INTEGER NOT NULL,  -- how many of the author's revisions that is
    seen_utc   TEXT NOT NULL,
    PRIMARY KEY (peer_key, author_key)
);

-- Bundles imported from a watched folder, by the SHA-256 of the file, so an
-- unchanged file is not read again.
CREATE TABLE imported_bundles (
    sha256       TEXT PRIMARY KEY,
    file_name    TEXT NOT NULL,
    imported_utc TEXT NOT NULL
);
