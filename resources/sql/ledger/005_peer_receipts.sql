-- SPDX-License-Identifier: GPL-3.0-or-later
-- What each peer said it held, every time it said more: for each author, how
-- many of that author's revisions, and how long the peer's own chain was
-- then. A peer signs its own chain in order, so any revision of the peer
-- further along its chain than peer_count was signed after it held those
-- revisions: a designee's decision signed after the designee had received
-- the end of the delegation never counts, whatever its clock said
-- (docs/decisions.md, "A designee's authority is judged by the chain").
CREATE TABLE peer_receipts (
    peer_key   TEXT NOT NULL,     -- the key that signed the peer's bundle, base64
    author_key TEXT NOT NULL,     -- base64
    count      INTEGER NOT NULL,  -- how many of the author's revisions the peer held
    peer_count INTEGER NOT NULL,  -- how many of its own it had signed by then
    seen_utc   TEXT NOT NULL,
    PRIMARY KEY (peer_key, author_key, count)
);
