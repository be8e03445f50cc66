-- SPDX-License-Identifier: GPL-3.0-or-later
-- What a profile knows of the people whose keys it holds: the e-mail and
-- school they gave, so that an approver's workspace can name a designee and
-- a principal's overview can list a school's staff.
ALTER TABLE keys ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE keys ADD COLUMN school TEXT NOT NULL DEFAULT '';
