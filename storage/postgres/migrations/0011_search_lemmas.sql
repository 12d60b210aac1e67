-- Lemmas in the search index, as SQLite's 0014: every write of a fact stores its words' lemmas
-- (computed by the bot's lemmatiser, storage/lemmas.py) in search_lemmas, and the tsvector holds
-- them beside its words, so that "ушли" finds "ушедших" (lemma "уйти") and "went" finds "go".
-- NULL: not lemmatised yet, as every fact stored before this step is; the bot fills them when
-- it opens the store (PostgresStore.fill_lemmas). Their tsvector is unchanged by this step (no
-- lemmas yet): nothing is indexed again here.
-- While search_deferred holds a row (only in the transaction that put it there: an import, or
-- a batch of fill_lemmas), changed facts are not indexed one by one either: the fill appends
-- each fact's lemmas to its tsvector in one statement, 5-10 times faster than making the whole
-- tsvector again, as the trigger does, for every fact.

ALTER TABLE facts ADD COLUMN search_lemmas text;

CREATE OR REPLACE VIEW facts_search_source AS
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

-- The lemmas weighted D as the words: a searched lemma matches either (storage/postgres/search.py).
CREATE FUNCTION search_document(
    claim text, quote text, counted text, people text, publication text, countries text,
    lemmas text
) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN search_document(claim, quote, counted, people, publication, countries)
    || to_tsvector('simple', fold_diacritics(lemmas));

CREATE OR REPLACE FUNCTION facts_search_index() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM search_deferred) THEN
        RETURN NULL;
    END IF;
    INSERT INTO facts_search (fact_id, document)
    SELECT s.id, search_document(s.claim, s.quote, s.counted, s.people, s.publication,
                                 s.countries, s.lemmas)
    FROM facts_search_source s WHERE s.id = NEW.id
    ON CONFLICT (fact_id) DO UPDATE SET document = excluded.document;
    RETURN NULL;
END
$$;

DROP TRIGGER facts_search_changed ON facts;
CREATE TRIGGER facts_search_changed AFTER UPDATE OF claim, quote, counted, origin, destination,
    citizenship, attributed_to_id, carried_by_id, document_id, search_lemmas ON facts
FOR EACH ROW EXECUTE FUNCTION facts_search_index();
