-- SPDX-License-Identifier: GPL-3.0-or-later
-- Revisions withheld from this profile (docs/decisions.md, "Each record has
-- an audience"): a bundle made for someone outside a record's audience
-- carries the revision as a stub, its id, author key, previous hash, hash
-- and signature only. The stub keeps the author's chain whole here; kind,
-- record, time and payload stay empty, and the query tables never see it.
ALTER TABLE revisions ADD COLUMN withheld INTEGER NOT NULL DEFAULT 0;

-- Revisions stay append-only, with one exception: a stub is filled in, once,
-- by the full revision whose hash it holds (the caller checks the content
-- hashes to it; the trigger keeps everything the stub holds as it was).
DROP TRIGGER revisions_never_update;
CREATE TRIGGER revisions_never_update BEFORE UPDATE ON revisions
WHEN NOT (OLD.withheld = 1 AND NEW.withheld = 0 AND NEW.seq = OLD.seq AND NEW.id = OLD.id
          AND NEW.hash = OLD.hash AND NEW.signature = OLD.signature AND NEW.author_key = OLD.author_key
          AND NEW.prev_hash IS OLD.prev_hash)
BEGIN
    SELECT RAISE(ABORT, 'revisions are append-only');
END;
