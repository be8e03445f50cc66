-- SPDX-License-Identifier: GPL-3.0-or-later
-- A person's own records of a kind (their requests, their trips, their
-- acknowledgments) are read by author: a principal's overview asks once for
-- each person of the school, and without this index each ask read every
-- record of the kind (issue 21).
CREATE INDEX records_author ON records (author_id, kind, updated_utc);
-- Who a key belongs to is looked up by person as well as by key.
CREATE INDEX keys_person ON keys (person_id);
