-- The fact store: sources, the documents that publish them, and the facts they back.
-- date(x, '+0 days') IS x holds only for a real day: SQLite normalises 2022-02-30 to 03-02.
-- Enumerations here must match storage/models.py (a unit test compares them).

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 200),
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'outlet')),
    description TEXT CHECK (description IS NULL OR length(description) BETWEEN 1 AND 300)
) STRICT;

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    publisher_id INTEGER NOT NULL REFERENCES sources (id),
    title        TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
    author       TEXT CHECK (author IS NULL OR length(author) BETWEEN 1 AND 200),
    -- An ISO date, or a date and time with its UTC offset; never empty, never an impossible day.
    published_at TEXT NOT NULL CHECK (
        date(substr(published_at, 1, 10), '+0 days') IS substr(published_at, 1, 10)
        AND (length(published_at) = 10 OR datetime(published_at) IS NOT NULL)
    ),
    url          TEXT CHECK (url IS NULL OR url GLOB 'http://?*' OR url GLOB 'https://?*'),
    UNIQUE (publisher_id, title, published_at)
) STRICT;

CREATE TABLE facts (
    id                INTEGER PRIMARY KEY,
    metric            TEXT NOT NULL CHECK (metric IN (
        'entered', 'left', 'exit_refused', 'citizenship_applications',
        'mobilisation_target', 'mobilisation_ceiling', 'statement')),
    counted           TEXT NOT NULL CHECK (length(trim(counted)) BETWEEN 1 AND 80),
    origin            TEXT CHECK (origin IS NULL OR origin GLOB '[A-Z][A-Z][A-Z]'),
    destination       TEXT CHECK (destination IS NULL OR destination GLOB '[A-Z][A-Z][A-Z]'),
    citizenship       TEXT CHECK (citizenship IS NULL OR citizenship GLOB '[A-Z][A-Z][A-Z]'),
    qualifier         TEXT CHECK (qualifier IS NULL OR qualifier IN (
        'exact', 'more_than', 'at_least', 'about', 'almost', 'up_to', 'range')),
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
    CHECK ((status = 'retracted') = (retraction_reason IS NOT NULL))
) STRICT;

CREATE INDEX facts_by_origin ON facts (origin, sort_date);
CREATE INDEX facts_by_destination ON facts (destination, sort_date);
CREATE INDEX facts_by_citizenship ON facts (citizenship, sort_date);
CREATE INDEX facts_by_date ON facts (sort_date);
CREATE INDEX facts_by_document ON facts (document_id);
CREATE INDEX documents_by_publisher ON documents (publisher_id);
