-- Full-text search over what a fact says and who says it (SQLite's 0005 and 0007): the same
-- six texts the FTS5 index is fed, from the same view, into one tsvector per fact with a GIN
-- index, kept by triggers. Countries are indexed by their ISO codes and weighted A, everything
-- else D, so that a query can ask for a country code as FTS5's "countries : GEO" does ('geo:A').
-- Retracted facts stay indexed and are filtered at query time.
-- The 'simple' configuration lowercases words and keeps them whole; the lemmas of the
-- questions issue (and FTS5's folding of diacritics) are still to come.

-- While search_deferred holds a row (only ever inside an import's transaction, where no other
-- transaction sees it), new facts are neither indexed nor counted one by one: the import does
-- both in one statement before it commits.
CREATE TABLE search_deferred (
    since timestamptz NOT NULL
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

-- One text at a time, so that no phrase runs from the end of one into the next.
CREATE FUNCTION search_document(
    claim text, quote text, counted text, people text, publication text, countries text
) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN to_tsvector('simple', claim) || to_tsvector('simple', quote)
    || to_tsvector('simple', counted) || to_tsvector('simple', people)
    || to_tsvector('simple', publication)
    || setweight(to_tsvector('simple', countries), 'A');

CREATE TABLE facts_search (
    fact_id  bigint PRIMARY KEY CONSTRAINT facts_search_fact_known REFERENCES facts (id),
    document tsvector NOT NULL
);

CREATE INDEX facts_search_words ON facts_search USING gin (document);

CREATE FUNCTION facts_search_index() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM search_deferred) THEN
        RETURN NULL;
    END IF;
    INSERT INTO facts_search (fact_id, document)
    SELECT s.id, search_document(s.claim, s.quote, s.counted, s.people, s.publication,
                                 s.countries)
    FROM facts_search_source s WHERE s.id = NEW.id
    ON CONFLICT (fact_id) DO UPDATE SET document = excluded.document;
    RETURN NULL;
END
$$;

CREATE TRIGGER facts_search_added AFTER INSERT ON facts
FOR EACH ROW EXECUTE FUNCTION facts_search_index();

-- SQLite indexes a fact again on any change; only these columns change what it is fed.
CREATE TRIGGER facts_search_changed AFTER UPDATE OF claim, quote, counted, origin, destination,
    citizenship, attributed_to_id, carried_by_id, document_id ON facts
FOR EACH ROW EXECUTE FUNCTION facts_search_index();
