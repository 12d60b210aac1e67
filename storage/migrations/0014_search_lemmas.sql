-- Lemmas in the search index (issue 15): "ушли" finds "уйти" and "ушедших", "went" finds "go",
-- which no prefix reaches. The store cannot lemmatise (the dictionaries are the bot's:
-- storage/lemmas.py), so every write of a fact stores its lemmas beside its words, in
-- search_lemmas, and the index reads them from there as a seventh column. NULL: not lemmatised
-- yet, as every fact stored before this step is; the bot fills them when it opens the store
-- (FactStore.fill_lemmas, a batch per transaction), and each one filled is indexed again by
-- facts_search_changed.
-- The index gains a column, which FTS5 cannot add: it is made again from the facts, in this
-- step's transaction, with the settings of 0007.

ALTER TABLE facts ADD COLUMN search_lemmas TEXT;

DROP TRIGGER facts_search_added;
DROP TRIGGER facts_search_changed;
DROP VIEW facts_search_source;
DROP TABLE facts_search;

CREATE VIEW facts_search_source AS
SELECT f.id AS id,
       f.claim AS claim,
       f.quote AS quote,
       f.counted AS counted,
       coalesce(a.name, '') || ' ' || coalesce(a.description, '') || ' '
           || coalesce(c.name, '') || ' ' || coalesce(c.description, '') AS people,
       p.name || ' ' || d.title || ' ' || coalesce(d.author, '') AS publication,
       coalesce(f.origin, '') || ' ' || coalesce(f.destination, '') || ' '
           || coalesce(f.citizenship, '') AS countries,
       coalesce(f.search_lemmas, '') AS lemmas
FROM facts f
JOIN documents d ON d.id = f.document_id
JOIN sources p ON p.id = d.publisher_id
LEFT JOIN sources a ON a.id = f.attributed_to_id
LEFT JOIN sources c ON c.id = f.carried_by_id;

CREATE VIRTUAL TABLE facts_search USING fts5(
    claim, quote, counted, people, publication, countries, lemmas,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);

INSERT INTO facts_search (facts_search, rank) VALUES ('hashsize', 16777216);

INSERT INTO facts_search (rowid, claim, quote, counted, people, publication, countries, lemmas)
SELECT id, claim, quote, counted, people, publication, countries, lemmas
FROM facts_search_source;

CREATE TRIGGER facts_search_added AFTER INSERT ON facts
WHEN NOT EXISTS (SELECT 1 FROM search_deferred)
BEGIN
    INSERT INTO facts_search (rowid, claim, quote, counted, people, publication, countries,
                              lemmas)
    SELECT id, claim, quote, counted, people, publication, countries, lemmas
    FROM facts_search_source WHERE id = new.id;
END;

CREATE TRIGGER facts_search_changed AFTER UPDATE ON facts
BEGIN
    DELETE FROM facts_search WHERE rowid = old.id;
    INSERT INTO facts_search (rowid, claim, quote, counted, people, publication, countries,
                              lemmas)
    SELECT id, claim, quote, counted, people, publication, countries, lemmas
    FROM facts_search_source WHERE id = new.id;
END;
