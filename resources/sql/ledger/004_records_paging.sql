-- SPDX-License-Identifier: GPL-3.0-or-later
-- Records search pages through every record newest first, by the key
-- (updated_utc, record_id), remembering the last key of a page and asking
-- for the rows after it (keyset paging). These indexes let SQLite walk that
-- order, for all records and for one kind, without sorting a million rows
-- (app/ledger/recordquery.cpp).
CREATE INDEX records_updated ON records (updated_utc, record_id);
CREATE INDEX records_kind_updated ON records (kind, updated_utc, record_id);
