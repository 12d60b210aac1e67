-- What a fact can be about is data: a vocabulary of metrics curators extend, each with its
-- labels in the bot's four languages and the direction people move in (into the destination,
-- out of the origin, or neither). facts.metric becomes a reference to it, and the qualifier
-- "less_than" joins the others. SQLite cannot drop a CHECK, so facts is rebuilt; its ids,
-- rows and search index stay as they are.
-- The built-in rows here must match storage/metrics.py's BUILT_IN (a unit test compares them).

CREATE TABLE metrics (
    name       TEXT PRIMARY KEY
               CHECK (length(name) BETWEEN 1 AND 40 AND name GLOB '[a-z]*'
                      AND name NOT GLOB '*[^a-z0-9_]*'),
    direction  TEXT NOT NULL CHECK (direction IN ('into', 'out', 'none')),
    label_en   TEXT NOT NULL CHECK (length(trim(label_en)) BETWEEN 1 AND 80),
    label_ru   TEXT NOT NULL CHECK (length(trim(label_ru)) BETWEEN 1 AND 80),
    label_uk   TEXT NOT NULL CHECK (length(trim(label_uk)) BETWEEN 1 AND 80),
    label_kk   TEXT NOT NULL CHECK (length(trim(label_kk)) BETWEEN 1 AND 80),
    -- The order topics are listed in; built-ins first, curators' additions after.
    position   INTEGER NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL CHECK (length(created_by) > 0)
) STRICT;

CREATE TRIGGER metrics_never_deleted BEFORE DELETE ON metrics
BEGIN
    SELECT RAISE(ABORT, 'metrics are never deleted: facts may name them');
END;

CREATE TRIGGER metrics_never_renamed BEFORE UPDATE OF name, direction ON metrics
WHEN old.name IS NOT new.name OR old.direction IS NOT new.direction
BEGIN
    SELECT RAISE(ABORT, 'a metric keeps its name and direction: facts are read by them');
END;

INSERT INTO metrics (name, direction, label_en, label_ru, label_uk, label_kk, position,
                     created_at, created_by) VALUES
    ('entered', 'into', 'entered', 'въезд', 'в''їзд', 'кіргендер', 1,
     '2022-10-04T00:00:00Z', 'seed'),
    ('left', 'out', 'left', 'выезд', 'виїзд', 'кеткендер', 2,
     '2022-10-04T00:00:00Z', 'seed'),
    ('exit_refused', 'none', 'refused exit', 'отказ в выезде', 'відмови у виїзді',
     'шығуға рұқсат етілмегендер', 3, '2022-10-04T00:00:00Z', 'seed'),
    ('citizenship_applications', 'none', 'citizenship applications',
     'заявления на гражданство', 'заяви на громадянство', 'азаматтыққа өтініштер', 4,
     '2022-10-04T00:00:00Z', 'seed'),
    ('mobilisation_target', 'none', 'mobilisation target', 'план мобилизации',
     'план мобілізації', 'жұмылдыру жоспары', 5, '2022-10-04T00:00:00Z', 'seed'),
    ('mobilisation_ceiling', 'none', 'mobilisation ceiling', 'предел мобилизации',
     'верхня межа мобілізації', 'жұмылдырудың жоғарғы шегі', 6,
     '2022-10-04T00:00:00Z', 'seed'),
    ('statement', 'none', 'statement', 'заявление', 'заява', 'мәлімдеме', 7,
     '2022-10-04T00:00:00Z', 'seed'),
    ('deported', 'out', 'deported', 'депортация', 'депортація', 'депортацияланғандар', 8,
     '2026-12-03T00:00:00Z', 'seed'),
    ('returned', 'into', 'returned', 'возвращение', 'повернення', 'оралғандар', 9,
     '2026-12-03T00:00:00Z', 'seed'),
    ('asylum_applications', 'none', 'asylum applications', 'заявления об убежище',
     'заяви про притулок', 'баспана сұраған өтініштер', 10, '2026-12-03T00:00:00Z', 'seed'),
    ('refugees_registered', 'none', 'refugees registered', 'зарегистрированные беженцы',
     'зареєстровані біженці', 'тіркелген босқындар', 11, '2026-12-03T00:00:00Z', 'seed'),
    ('crossings', 'none', 'border crossings', 'пересечения границы', 'перетини кордону',
     'шекарадан өтулер', 12, '2026-12-03T00:00:00Z', 'seed');

-- The rebuild: the view over facts goes first (a view naming a missing table stops the
-- rename). Foreign keys are off while a migration runs and checked before it commits.
DROP VIEW facts_search_source;

CREATE TABLE facts_rebuilt (
    id                INTEGER PRIMARY KEY,
    metric            TEXT NOT NULL REFERENCES metrics (name),
    counted           TEXT NOT NULL CHECK (length(trim(counted)) BETWEEN 1 AND 80),
    origin            TEXT CHECK (origin IS NULL OR origin GLOB '[A-Z][A-Z][A-Z]'),
    destination       TEXT CHECK (destination IS NULL OR destination GLOB '[A-Z][A-Z][A-Z]'),
    citizenship       TEXT CHECK (citizenship IS NULL OR citizenship GLOB '[A-Z][A-Z][A-Z]'),
    qualifier         TEXT CHECK (qualifier IS NULL OR qualifier IN (
        'exact', 'more_than', 'at_least', 'about', 'almost', 'up_to', 'less_than', 'range')),
    value             INTEGER CHECK (value IS NULL OR value >= 0),
    value_high        INTEGER CHECK (value_high IS NULL OR value_high > value),
    period_start      TEXT CHECK (period_start IS NULL OR date(period_start, '+0 days') IS period_start),
    period_end        TEXT CHECK (period_end IS NULL OR date(period_end, '+0 days') IS period_end),
    as_of             TEXT CHECK (as_of IS NULL OR date(as_of, '+0 days') IS as_of),
    -- The date a fact is ordered by: when it was true, as late as it is known.
    sort_date         TEXT GENERATED ALWAYS AS (coalesce(as_of, period_end, period_start)) VIRTUAL,
    claim             TEXT NOT NULL CHECK (length(trim(claim)) BETWEEN 1 AND 300),
    quote             TEXT NOT NULL CHECK (length(trim(quote)) BETWEEN 1 AND 1000),
    attributed_to_id  INTEGER REFERENCES sources (id),
    carried_by_id     INTEGER REFERENCES sources (id),
    -- Every fact is read in a dated published document: the store, not only the chat, insists.
    document_id       INTEGER NOT NULL REFERENCES documents (id),
    status            TEXT NOT NULL DEFAULT 'published'
                      CHECK (status IN ('published', 'retracted')),
    retraction_reason TEXT CHECK (retraction_reason IS NULL OR length(trim(retraction_reason)) > 0),
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    CHECK ((qualifier IS NULL) = (value IS NULL)),
    CHECK ((value_high IS NOT NULL) = (qualifier IS 'range')),
    CHECK (period_end IS NULL OR (period_start IS NOT NULL AND period_end >= period_start)),
    CHECK (period_start IS NOT NULL OR as_of IS NOT NULL),
    CHECK ((status = 'retracted') = (retraction_reason IS NOT NULL)),
    -- A statement reports no figure; every other metric counts something.
    CHECK ((metric = 'statement') = (value IS NULL))
) STRICT;

INSERT INTO facts_rebuilt (
    id, metric, counted, origin, destination, citizenship, qualifier, value, value_high,
    period_start, period_end, as_of, claim, quote, attributed_to_id, carried_by_id,
    document_id, status, retraction_reason, created_at, created_by, updated_at, updated_by,
    version)
SELECT id, metric, counted, origin, destination, citizenship, qualifier, value, value_high,
       period_start, period_end, as_of, claim, quote, attributed_to_id, carried_by_id,
       document_id, status, retraction_reason, created_at, created_by, updated_at, updated_by,
       version
FROM facts;

DROP TABLE facts;
ALTER TABLE facts_rebuilt RENAME TO facts;

CREATE INDEX facts_by_origin ON facts (origin, sort_date);
CREATE INDEX facts_by_destination ON facts (destination, sort_date);
CREATE INDEX facts_by_citizenship ON facts (citizenship, sort_date);
CREATE INDEX facts_by_date ON facts (sort_date);
CREATE INDEX facts_by_document_metric_value ON facts (document_id, metric, value);
CREATE INDEX facts_by_attributed_to ON facts (attributed_to_id);
CREATE INDEX facts_by_carried_by ON facts (carried_by_id);

CREATE TRIGGER facts_never_deleted BEFORE DELETE ON facts
BEGIN
    SELECT RAISE(ABORT, 'facts are never deleted: retract them instead');
END;

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

CREATE TRIGGER facts_search_added AFTER INSERT ON facts
WHEN NOT EXISTS (SELECT 1 FROM search_deferred)
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
