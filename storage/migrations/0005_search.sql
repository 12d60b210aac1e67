-- Full-text search over what a fact says and who says it: SQLite FTS5, kept by triggers.
-- unicode61 folds case and diacritics in Latin and Cyrillic alike; prefix indexes serve
-- "citizen*"-style queries. Countries are indexed by their ISO codes (the bot turns country
-- names in a query into codes). Retracted facts stay indexed and are filtered at query time.

CREATE VIRTUAL TABLE facts_search USING fts5(
    claim, quote, counted, people, publication, countries,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE VIEW facts_search_source AS
SELECT f.id AS id,
       f.claim AS claim,
       f.quote AS quote,
       f.counted AS counted,
       coalesce(a.name, '') || ' ' || coalesce(a.description, '') || ' '
           || coalesce(c.name, '') || ' ' || coalesce(c.description, '') AS people,
       p.name || ' ' || d.title || ' ' || coalesce(d.author, '') AS publication,
       coalesce(f.origin, '') || ' ' || coalesce(f.destination, '') || ' '
           || coalesce(f.citizenship, '') AS countries
FROM facts f
JOIN documents d ON d.id = f.document_id
JOIN sources p ON p.id = d.publisher_id
LEFT JOIN sources a ON a.id = f.attributed_to_id
LEFT JOIN sources c ON c.id = f.carried_by_id;

INSERT INTO facts_search (rowid, claim, quote, counted, people, publication, countries)
SELECT id, claim, quote, counted, people, publication, countries FROM facts_search_source;

CREATE TRIGGER facts_search_added AFTER INSERT ON facts
BEGIN
    INSERT INTO facts_search (rowid, claim, quote, counted, people, publication, countries)
    SELECT id, claim, quote, counted, people, publication, countries
    FROM facts_search_source WHERE id = new.id;
END;

CREATE TRIGGER facts_search_changed AFTER UPDATE ON facts
BEGIN
    DELETE FROM facts_search WHERE rowid = old.id;
    INSERT INTO facts_search (rowid, claim, quote, counted, people, publication, countries)
    SELECT id, claim, quote, counted, people, publication, countries
    FROM facts_search_source WHERE id = new.id;
END;
