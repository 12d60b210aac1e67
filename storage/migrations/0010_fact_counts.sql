-- How many published facts each country has, kept as facts change, so that every page of
-- /flows, /facts and /timeline can say "11–20 of 84,791" without counting 84,791 rows.
-- role: 'into' (the fact's destination), 'out' (its origin, when it does not also end
-- there: /flows lists such a fact once, under "into"), 'any' (the fact names the country in
-- any role; counted once however many). Counted per metric: whether a metric is a flow is
-- the vocabulary's data, read when the counts are.
-- An import defers these counts as it defers search (search_deferred) and adds its own in one
-- statement before it commits (storage/writes.py).

CREATE TABLE fact_counts (
    country TEXT NOT NULL,
    role    TEXT NOT NULL CHECK (role IN ('into', 'out', 'any')),
    metric  TEXT NOT NULL,
    n       INTEGER NOT NULL CHECK (n >= 0),
    PRIMARY KEY (country, role, metric)
) STRICT, WITHOUT ROWID;

-- The roles of one fact: (country, role) pairs, at most five.
CREATE VIEW fact_roles AS
SELECT id, metric, status, destination AS country, 'into' AS role
FROM facts WHERE destination IS NOT NULL
UNION ALL
SELECT id, metric, status, origin, 'out'
FROM facts WHERE origin IS NOT NULL AND origin IS NOT destination
UNION ALL
SELECT id, metric, status, origin, 'any' FROM facts WHERE origin IS NOT NULL
UNION ALL
SELECT id, metric, status, destination, 'any'
FROM facts WHERE destination IS NOT NULL AND destination IS NOT origin
UNION ALL
SELECT id, metric, status, citizenship, 'any'
FROM facts WHERE citizenship IS NOT NULL
  AND citizenship IS NOT origin AND citizenship IS NOT destination;

INSERT INTO fact_counts (country, role, metric, n)
SELECT country, role, metric, count(*) FROM fact_roles
WHERE status = 'published'
GROUP BY country, role, metric;

CREATE TRIGGER fact_counts_added AFTER INSERT ON facts
WHEN new.status = 'published' AND NOT EXISTS (SELECT 1 FROM search_deferred)
BEGIN
    INSERT INTO fact_counts (country, role, metric, n)
    SELECT country, role, metric, 1 FROM fact_roles WHERE id = new.id AND true
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- An edit may change the countries or the metric; a retraction the status. The old roles are
-- taken away as the row was, then the new ones added as it is.
CREATE TRIGGER fact_counts_changed AFTER UPDATE OF metric, origin, destination, citizenship,
    status ON facts
BEGIN
    UPDATE fact_counts SET n = n - 1
    WHERE old.status = 'published' AND metric = old.metric AND (
        (role = 'into' AND country = old.destination)
        OR (role = 'out' AND country = old.origin AND old.origin IS NOT old.destination)
        OR (role = 'any' AND country IN (old.origin, old.destination, old.citizenship)));
    INSERT INTO fact_counts (country, role, metric, n)
    SELECT country, role, metric, 1 FROM fact_roles
    WHERE id = new.id AND new.status = 'published'
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- /source pages walk who said and who carried a fact newest first, as /flows walks countries.
DROP INDEX facts_by_attributed_to;
DROP INDEX facts_by_carried_by;
CREATE INDEX facts_by_attributed_to ON facts (attributed_to_id, sort_date);
CREATE INDEX facts_by_carried_by ON facts (carried_by_id, sort_date);
