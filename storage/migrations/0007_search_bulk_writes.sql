-- Imports of a million facts spent nearly all their time in the search index. FTS5 writes its
-- buffered entries to disk at the end of every statement that changes the table from within a
-- trigger, so indexing a fact per INSERT left one tiny segment per fact to merge. Now:
-- * while search_deferred holds a row (only ever inside an import's transaction), new facts
--   are not indexed one by one: the import indexes them in one statement before it commits;
-- * no prefix index of two characters: words shorter than three letters are searched whole
--   (storage/search.py), so nothing read it, yet every token of every fact was written to it;
-- * a larger buffer for new index entries (hashsize, 16 MB rather than 1 MB): a large import
--   writes fewer, larger segments, and merges them less often.
-- The index is rebuilt from the facts, in this step's transaction.

CREATE TABLE search_deferred (
    since TEXT NOT NULL
) STRICT;

DROP TRIGGER facts_search_added;
DROP TABLE facts_search;

CREATE VIRTUAL TABLE facts_search USING fts5(
    claim, quote, counted, people, publication, countries,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);

INSERT INTO facts_search (facts_search, rank) VALUES ('hashsize', 16777216);

INSERT INTO facts_search (rowid, claim, quote, counted, people, publication, countries)
SELECT id, claim, quote, counted, people, publication, countries FROM facts_search_source;

CREATE TRIGGER facts_search_added AFTER INSERT ON facts
WHEN NOT EXISTS (SELECT 1 FROM search_deferred)
BEGIN
    INSERT INTO facts_search (rowid, claim, quote, counted, people, publication, countries)
    SELECT id, claim, quote, counted, people, publication, countries
    FROM facts_search_source WHERE id = new.id;
END;
