-- The search index keeps no second copy of what it indexes (issue 13): FTS5 reads a fact's
-- text from facts_search_source, its external content, whenever it needs it, and stores only
-- the index. At 1,000,000 facts the copy was a third of the store (2.40 GB against 1.64 GB)
-- and writing it a good part of a large import. Searches use only the index (MATCH, rowid,
-- rank), so they find and order the same facts.
-- What this asks of every write: FTS5 unindexes a row from the words it is told the row had,
-- so those must be exactly the ones it was indexed with. A row's old words are read from the
-- view BEFORE the row changes (FTS5's 'delete' command) and its new ones AFTER; anything the
-- view reads from facts, documents or sources is unindexed and indexed again so. Facts,
-- documents and sources are never deleted (0002). storage/bulk.py still indexes an import's
-- facts in chunks, from the view, while search_deferred holds a row (0007).
-- The index is made again from the facts in this step's transaction, with the settings of
-- 0007; the old copy's pages stay in the file, free for the store's next writes.

DROP TRIGGER facts_search_added;
DROP TRIGGER facts_search_changed;
DROP TABLE facts_search;

CREATE VIRTUAL TABLE facts_search USING fts5(
    claim, quote, counted, people, publication, countries, lemmas,
    content = 'facts_search_source',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);

INSERT INTO facts_search (facts_search, rank) VALUES ('hashsize', 16777216);

INSERT INTO facts_search (facts_search) VALUES ('rebuild');

CREATE TRIGGER facts_search_added AFTER INSERT ON facts
WHEN NOT EXISTS (SELECT 1 FROM search_deferred)
BEGIN
    INSERT INTO facts_search (rowid, claim, quote, counted, people, publication, countries,
                              lemmas)
    SELECT id, claim, quote, counted, people, publication, countries, lemmas
    FROM facts_search_source WHERE id = new.id;
END;

-- A fact's words change only with the columns the view reads; a retraction changes none of
-- them, and leaves the index alone (retracted facts are filtered when searched).
CREATE TRIGGER facts_search_unindexed BEFORE UPDATE OF
    id, claim, quote, counted, origin, destination, citizenship, search_lemmas,
    document_id, attributed_to_id, carried_by_id ON facts
WHEN old.id IS NOT new.id OR old.claim IS NOT new.claim OR old.quote IS NOT new.quote
    OR old.counted IS NOT new.counted OR old.origin IS NOT new.origin
    OR old.destination IS NOT new.destination OR old.citizenship IS NOT new.citizenship
    OR old.search_lemmas IS NOT new.search_lemmas OR old.document_id IS NOT new.document_id
    OR old.attributed_to_id IS NOT new.attributed_to_id
    OR old.carried_by_id IS NOT new.carried_by_id
BEGIN
    INSERT INTO facts_search (facts_search, rowid, claim, quote, counted, people, publication,
                              countries, lemmas)
    SELECT 'delete', id, claim, quote, counted, people, publication, countries, lemmas
    FROM facts_search_source WHERE id = old.id;
END;

CREATE TRIGGER facts_search_changed AFTER UPDATE OF
    id, claim, quote, counted, origin, destination, citizenship, search_lemmas,
    document_id, attributed_to_id, carried_by_id ON facts
WHEN old.id IS NOT new.id OR old.claim IS NOT new.claim OR old.quote IS NOT new.quote
    OR old.counted IS NOT new.counted OR old.origin IS NOT new.origin
    OR old.destination IS NOT new.destination OR old.citizenship IS NOT new.citizenship
    OR old.search_lemmas IS NOT new.search_lemmas OR old.document_id IS NOT new.document_id
    OR old.attributed_to_id IS NOT new.attributed_to_id
    OR old.carried_by_id IS NOT new.carried_by_id
BEGIN
    INSERT INTO facts_search (rowid, claim, quote, counted, people, publication, countries,
                              lemmas)
    SELECT id, claim, quote, counted, people, publication, countries, lemmas
    FROM facts_search_source WHERE id = new.id;
END;

-- The store never renames a source or changes a document (they are found or added, never
-- updated), but an operator may correct one by hand: every fact showing it is indexed again.
CREATE TRIGGER facts_search_source_unindexed BEFORE UPDATE OF name, description ON sources
WHEN old.name IS NOT new.name OR old.description IS NOT new.description
BEGIN
    INSERT INTO facts_search (facts_search, rowid, claim, quote, counted, people, publication,
                              countries, lemmas)
    SELECT 'delete', id, claim, quote, counted, people, publication, countries, lemmas
    FROM facts_search_source
    WHERE id IN (SELECT id FROM facts WHERE attributed_to_id = old.id
                 UNION SELECT id FROM facts WHERE carried_by_id = old.id
                 UNION SELECT f.id FROM facts f JOIN documents d ON d.id = f.document_id
                       WHERE d.publisher_id = old.id);
END;

CREATE TRIGGER facts_search_source_changed AFTER UPDATE OF name, description ON sources
WHEN old.name IS NOT new.name OR old.description IS NOT new.description
BEGIN
    INSERT INTO facts_search (rowid, claim, quote, counted, people, publication, countries,
                              lemmas)
    SELECT id, claim, quote, counted, people, publication, countries, lemmas
    FROM facts_search_source
    WHERE id IN (SELECT id FROM facts WHERE attributed_to_id = new.id
                 UNION SELECT id FROM facts WHERE carried_by_id = new.id
                 UNION SELECT f.id FROM facts f JOIN documents d ON d.id = f.document_id
                       WHERE d.publisher_id = new.id);
END;

CREATE TRIGGER facts_search_document_unindexed BEFORE UPDATE OF publisher_id, title, author
ON documents
WHEN old.publisher_id IS NOT new.publisher_id OR old.title IS NOT new.title
    OR old.author IS NOT new.author
BEGIN
    INSERT INTO facts_search (facts_search, rowid, claim, quote, counted, people, publication,
                              countries, lemmas)
    SELECT 'delete', id, claim, quote, counted, people, publication, countries, lemmas
    FROM facts_search_source WHERE id IN (SELECT id FROM facts WHERE document_id = old.id);
END;

CREATE TRIGGER facts_search_document_changed AFTER UPDATE OF publisher_id, title, author
ON documents
WHEN old.publisher_id IS NOT new.publisher_id OR old.title IS NOT new.title
    OR old.author IS NOT new.author
BEGIN
    INSERT INTO facts_search (rowid, claim, quote, counted, people, publication, countries,
                              lemmas)
    SELECT id, claim, quote, counted, people, publication, countries, lemmas
    FROM facts_search_source WHERE id IN (SELECT id FROM facts WHERE document_id = new.id);
END;
