-- The audit log: every change to the facts, append-only, with the fact before and after.
-- before/after hold the fact's flat form (storage/rows.py) as JSON.

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL CHECK (length(actor) > 0),
    action  TEXT NOT NULL CHECK (action IN ('add', 'edit', 'retract', 'import')),
    -- NULL for a whole import, which records its counts and fact ids in after.
    fact_id INTEGER REFERENCES facts (id),
    version INTEGER CHECK (version IS NULL OR version >= 1),
    reason  TEXT,
    before  TEXT CHECK (before IS NULL OR json_valid(before)),
    after   TEXT CHECK (after IS NULL OR json_valid(after)),
    CHECK ((action = 'import') = (fact_id IS NULL))
) STRICT;

CREATE INDEX audit_log_by_fact ON audit_log (fact_id, id);

CREATE TRIGGER audit_log_never_updated BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
