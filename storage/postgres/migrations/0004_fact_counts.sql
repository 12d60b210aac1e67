-- How many published facts each country has, kept as facts change (SQLite's 0010), so that
-- every page of /flows, /facts and /timeline can say "11–20 of 84,791" without counting.
-- role: 'into' (the fact's destination), 'out' (its origin, when it does not also end there),
-- 'any' (the fact names the country in any role; counted once however many). Counted per
-- metric. An import defers these counts as it defers search (search_deferred, 0003) and adds
-- its own in one statement before it commits.

CREATE TABLE fact_counts (
    country text NOT NULL,
    role    text NOT NULL CONSTRAINT fact_counts_role_known CHECK (role IN ('into', 'out', 'any')),
    metric  text NOT NULL,
    n       bigint NOT NULL CONSTRAINT fact_counts_not_negative CHECK (n >= 0),
    PRIMARY KEY (country, role, metric)
);

-- The roles of one fact: (country, role) pairs, at most five, each once. The one place the
-- rule is written: the view, the triggers and (later) the import all read it.
CREATE FUNCTION country_roles(origin text, destination text, citizenship text)
RETURNS TABLE (country text, role text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT destination, 'into' WHERE destination IS NOT NULL
    UNION ALL
    SELECT origin, 'out' WHERE origin IS NOT NULL AND origin IS DISTINCT FROM destination
    UNION ALL
    SELECT origin, 'any' WHERE origin IS NOT NULL
    UNION ALL
    SELECT destination, 'any'
    WHERE destination IS NOT NULL AND destination IS DISTINCT FROM origin
    UNION ALL
    SELECT citizenship, 'any'
    WHERE citizenship IS NOT NULL
      AND citizenship IS DISTINCT FROM origin AND citizenship IS DISTINCT FROM destination
$$;

CREATE VIEW fact_roles AS
SELECT f.id, f.metric, f.status, r.country, r.role
FROM facts f
CROSS JOIN LATERAL country_roles(f.origin, f.destination, f.citizenship) r;

INSERT INTO fact_counts (country, role, metric, n)
SELECT country, role, metric, count(*) FROM fact_roles
WHERE status = 'published'
GROUP BY country, role, metric;

CREATE FUNCTION fact_counts_added() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'published' AND NOT EXISTS (SELECT 1 FROM search_deferred) THEN
        INSERT INTO fact_counts AS kept (country, role, metric, n)
        SELECT r.country, r.role, NEW.metric, 1
        FROM country_roles(NEW.origin, NEW.destination, NEW.citizenship) r
        ON CONFLICT (country, role, metric) DO UPDATE SET n = kept.n + 1;
    END IF;
    RETURN NULL;
END
$$;

-- An edit may change the countries or the metric; a retraction the status. The old roles are
-- taken away as the row was, then the new ones added as it is.
CREATE FUNCTION fact_counts_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'published' THEN
        UPDATE fact_counts AS kept SET n = kept.n - 1
        FROM country_roles(OLD.origin, OLD.destination, OLD.citizenship) r
        WHERE kept.metric = OLD.metric AND kept.country = r.country AND kept.role = r.role;
    END IF;
    IF NEW.status = 'published' THEN
        INSERT INTO fact_counts AS kept (country, role, metric, n)
        SELECT r.country, r.role, NEW.metric, 1
        FROM country_roles(NEW.origin, NEW.destination, NEW.citizenship) r
        ON CONFLICT (country, role, metric) DO UPDATE SET n = kept.n + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER fact_counts_added AFTER INSERT ON facts
FOR EACH ROW EXECUTE FUNCTION fact_counts_added();

CREATE TRIGGER fact_counts_changed AFTER UPDATE OF metric, origin, destination, citizenship,
    status ON facts
FOR EACH ROW EXECUTE FUNCTION fact_counts_changed();
