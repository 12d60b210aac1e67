-- Nothing is ever hard-deleted: facts are retracted, and what backs them stays.

CREATE TRIGGER facts_never_deleted BEFORE DELETE ON facts
BEGIN
    SELECT RAISE(ABORT, 'facts are never deleted: retract them instead');
END;

CREATE TRIGGER documents_never_deleted BEFORE DELETE ON documents
BEGIN
    SELECT RAISE(ABORT, 'documents are never deleted: facts cite them');
END;

CREATE TRIGGER sources_never_deleted BEFORE DELETE ON sources
BEGIN
    SELECT RAISE(ABORT, 'sources are never deleted: facts cite them');
END;
