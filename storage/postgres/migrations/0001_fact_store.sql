-- The fact store on PostgreSQL: the vocabulary of metrics, sources, the documents that publish
-- them, and the facts they back. The same tables and rules as SQLite's migrations 0001–0011
-- (storage/migrations/), in their final form: this series starts where that one is today.
-- Every rule is a named constraint or trigger, so a refusal says which rule refused.
-- Enumerations here must match storage/models.py (a unit test compares them).

-- SQLite's COLLATE NOCASE folds ASCII letters only ('Radio' = 'radio', 'Радио' <> 'радио'):
-- a source's name is unique as SQLite sees it, whatever the database's locale.
CREATE FUNCTION nocase(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN translate(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');

-- A real day written YYYY-MM-DD, as SQLite's date(x, '+0 days') IS x checks: 2022-02-30 and
-- 2023-02-29 are refused. Arithmetic rather than a cast, so a bad value is refused by the
-- constraint that calls this (with its name), never by a cast's error.
CREATE FUNCTION is_real_day(value text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
    WHEN value !~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' THEN false
    ELSE substr(value, 9, 2)::int <= CASE
        WHEN substr(value, 6, 2) IN ('04', '06', '09', '11') THEN 30
        WHEN substr(value, 6, 2) <> '02' THEN 31
        WHEN substr(value, 1, 4)::int % 4 = 0 AND (substr(value, 1, 4)::int % 100 <> 0
                                                   OR substr(value, 1, 4)::int % 400 = 0) THEN 29
        ELSE 28
    END
END;

-- When a document was published: an ISO date, or a date and a time with its UTC offset
-- (Python's isoformat of either), as SQLite's datetime() reads them. Kept as the text it was
-- given, so the date-only form and the offset written round-trip as on SQLite.
CREATE FUNCTION is_published_at(value text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN is_real_day(substr(value, 1, 10)) AND (
    length(value) = 10
    OR substr(value, 11) ~ ('^[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?'
                            '(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9])?$'));

-- A change the store never makes: the trigger's argument says why, as SQLite's RAISE(ABORT)
-- did; the error is an integrity violation, as SQLite's is.
CREATE FUNCTION refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'integrity_constraint_violation';
END
$$;

-- What a fact can be about is data: curators extend it; each metric has its labels in the
-- bot's four languages and the direction people move in. The built-in rows must match
-- storage/metrics.py's BUILT_IN (a unit test compares them).
CREATE TABLE metrics (
    name       text PRIMARY KEY CONSTRAINT metrics_name_is_a_word
               CHECK (length(name) BETWEEN 1 AND 40 AND name ~ '^[a-z][a-z0-9_]*$'),
    direction  text NOT NULL CONSTRAINT metrics_direction_known
               CHECK (direction IN ('into', 'out', 'none')),
    label_en   text NOT NULL CONSTRAINT metrics_label_en_length
               CHECK (length(trim(label_en)) BETWEEN 1 AND 80),
    label_ru   text NOT NULL CONSTRAINT metrics_label_ru_length
               CHECK (length(trim(label_ru)) BETWEEN 1 AND 80),
    label_uk   text NOT NULL CONSTRAINT metrics_label_uk_length
               CHECK (length(trim(label_uk)) BETWEEN 1 AND 80),
    label_kk   text NOT NULL CONSTRAINT metrics_label_kk_length
               CHECK (length(trim(label_kk)) BETWEEN 1 AND 80),
    -- The order topics are listed in; built-ins first, curators' additions after.
    position   integer NOT NULL CONSTRAINT metrics_position_unique UNIQUE,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL CONSTRAINT metrics_created_by_named CHECK (length(created_by) > 0)
);

CREATE TRIGGER metrics_never_deleted BEFORE DELETE ON metrics
FOR EACH ROW EXECUTE FUNCTION refuse_change('metrics are never deleted: facts may name them');
CREATE TRIGGER metrics_never_truncated BEFORE TRUNCATE ON metrics
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('metrics are never deleted: facts may name them');
CREATE TRIGGER metrics_never_renamed BEFORE UPDATE OF name, direction ON metrics
FOR EACH ROW
WHEN (old.name IS DISTINCT FROM new.name OR old.direction IS DISTINCT FROM new.direction)
EXECUTE FUNCTION refuse_change('a metric keeps its name and direction: facts are read by them');

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

-- Ids are given by the database, or kept as they were by a copy from SQLite (BY DEFAULT).
CREATE TABLE sources (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CONSTRAINT sources_name_length
                CHECK (length(trim(name)) BETWEEN 1 AND 200),
    kind        text NOT NULL CONSTRAINT sources_kind_known
                CHECK (kind IN ('person', 'organisation', 'outlet')),
    description text CONSTRAINT sources_description_length
                CHECK (description IS NULL OR length(description) BETWEEN 1 AND 300)
);

CREATE UNIQUE INDEX sources_name_unique ON sources (nocase(name));

CREATE TABLE documents (
    id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    publisher_id bigint NOT NULL CONSTRAINT documents_publisher_known REFERENCES sources (id),
    title        text NOT NULL CONSTRAINT documents_title_length
                 CHECK (length(trim(title)) BETWEEN 1 AND 300),
    author       text CONSTRAINT documents_author_length
                 CHECK (author IS NULL OR length(author) BETWEEN 1 AND 200),
    -- An ISO date, or a date and time with its UTC offset; never empty, never an impossible day.
    published_at text NOT NULL CONSTRAINT documents_published_at_real
                 CHECK (is_published_at(published_at)),
    url          text CONSTRAINT documents_url_http CHECK (url IS NULL OR url ~ '^https?://.'),
    CONSTRAINT documents_once_per_publisher UNIQUE (publisher_id, title, published_at)
);

CREATE INDEX documents_by_publisher ON documents (publisher_id);

CREATE TABLE facts (
    id                bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    metric            text NOT NULL CONSTRAINT facts_metric_known REFERENCES metrics (name),
    counted           text NOT NULL CONSTRAINT facts_counted_length
                      CHECK (length(trim(counted)) BETWEEN 1 AND 80),
    origin            text CONSTRAINT facts_origin_code CHECK (origin ~ '^[A-Z]{3}$'),
    destination       text CONSTRAINT facts_destination_code CHECK (destination ~ '^[A-Z]{3}$'),
    citizenship       text CONSTRAINT facts_citizenship_code CHECK (citizenship ~ '^[A-Z]{3}$'),
    qualifier         text CONSTRAINT facts_qualifier_known CHECK (qualifier IN (
        'exact', 'more_than', 'at_least', 'about', 'almost', 'up_to', 'less_than', 'range')),
    value             bigint CONSTRAINT facts_value_not_negative CHECK (value >= 0),
    value_high        bigint CONSTRAINT facts_high_above_value CHECK (value_high > value),
    -- Real days: the type itself refuses 2022-02-30.
    period_start      date,
    period_end        date,
    as_of             date,
    -- The date a fact is ordered by: when it was true, as late as it is known.
    sort_date         date GENERATED ALWAYS AS (coalesce(as_of, period_end, period_start)) STORED,
    claim             text NOT NULL CONSTRAINT facts_claim_length
                      CHECK (length(trim(claim)) BETWEEN 1 AND 300),
    quote             text NOT NULL CONSTRAINT facts_quote_length
                      CHECK (length(trim(quote)) BETWEEN 1 AND 1000),
    attributed_to_id  bigint CONSTRAINT facts_attributed_to_known REFERENCES sources (id),
    carried_by_id     bigint CONSTRAINT facts_carried_by_known REFERENCES sources (id),
    -- Every fact is read in a dated published document: the store, not only the chat, insists.
    document_id       bigint NOT NULL CONSTRAINT facts_document_known REFERENCES documents (id),
    status            text NOT NULL DEFAULT 'published' CONSTRAINT facts_status_known
                      CHECK (status IN ('published', 'retracted')),
    retraction_reason text CONSTRAINT facts_retraction_reason_length
                      CHECK (length(trim(retraction_reason)) > 0),
    created_at        timestamptz NOT NULL,
    created_by        text NOT NULL,
    updated_at        timestamptz NOT NULL,
    updated_by        text NOT NULL,
    version           integer NOT NULL DEFAULT 1 CONSTRAINT facts_version_positive
                      CHECK (version >= 1),
    CONSTRAINT facts_figure_has_qualifier CHECK ((qualifier IS NULL) = (value IS NULL)),
    CONSTRAINT facts_high_only_for_range
        CHECK ((value_high IS NOT NULL) = (qualifier IS NOT DISTINCT FROM 'range')),
    CONSTRAINT facts_period_in_order
        CHECK (period_end IS NULL OR (period_start IS NOT NULL AND period_end >= period_start)),
    CONSTRAINT facts_dated CHECK (period_start IS NOT NULL OR as_of IS NOT NULL),
    CONSTRAINT facts_retraction_has_reason
        CHECK ((status = 'retracted') = (retraction_reason IS NOT NULL)),
    -- A statement reports no figure; every other metric counts something.
    CONSTRAINT facts_statement_has_no_figure CHECK ((metric = 'statement') = (value IS NULL))
);

-- SQLite's indexes end in the rowid (the fact's id) without saying so; here it is said, so
-- that pages ordered by (sort_date, id) are read from an index alone.
CREATE INDEX facts_by_origin ON facts (origin, sort_date, id);
CREATE INDEX facts_by_destination ON facts (destination, sort_date, id);
CREATE INDEX facts_by_citizenship ON facts (citizenship, sort_date, id);
CREATE INDEX facts_by_date ON facts (sort_date, id);
CREATE INDEX facts_by_document_metric_value ON facts (document_id, metric, value);
CREATE INDEX facts_by_attributed_to ON facts (attributed_to_id, sort_date, id);
CREATE INDEX facts_by_carried_by ON facts (carried_by_id, sort_date, id);

-- Nothing is ever hard-deleted: facts are retracted, and what backs them stays. TRUNCATE
-- skips DELETE triggers, so it is refused on its own.
CREATE TRIGGER facts_never_deleted BEFORE DELETE ON facts
FOR EACH ROW EXECUTE FUNCTION refuse_change('facts are never deleted: retract them instead');
CREATE TRIGGER facts_never_truncated BEFORE TRUNCATE ON facts
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('facts are never deleted: retract them instead');
CREATE TRIGGER documents_never_deleted BEFORE DELETE ON documents
FOR EACH ROW EXECUTE FUNCTION refuse_change('documents are never deleted: facts cite them');
CREATE TRIGGER documents_never_truncated BEFORE TRUNCATE ON documents
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('documents are never deleted: facts cite them');
CREATE TRIGGER sources_never_deleted BEFORE DELETE ON sources
FOR EACH ROW EXECUTE FUNCTION refuse_change('sources are never deleted: facts cite them');
CREATE TRIGGER sources_never_truncated BEFORE TRUNCATE ON sources
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('sources are never deleted: facts cite them');
