"""The SQL of reads on PostgreSQL: the statements of :mod:`storage.queries`, with null-safe
comparisons, arrays for lists and casts where a parameter's type cannot be inferred."""

from __future__ import annotations

from storage.finding import Dialect
from storage.postgres.sql import named
from storage.queries import FLOWS_FOR as _SQLITE_FLOWS_FOR
from storage.queries import SELECT_FACTS

__all__ = [
    "ALL_FACTS",
    "COUNTRIES_WITH_FACTS",
    "COUNT_FACTS",
    "COUNT_MATCHES",
    "DEFER_SEARCH",
    "DIALECT",
    "FACTS_BY_SOURCE",
    "FACTS_BY_SOURCE_NEWEST",
    "FACTS_NAMING",
    "FIND_DUPLICATE",
    "FLOWS_FOR",
    "GET_FACT",
    "HISTORY",
    "LOCK_FACT",
    "RESUME_SEARCH",
    "SAME_FIGURE",
    "SEARCH_NEWER",
    "SEARCH_NEWEST",
    "SEARCH_RANKED",
    "SET_LEMMAS",
    "SOURCES_NAMED",
    "SOURCE_SUMMARIES",
    "UNLEMMATISED",
]

_NEWEST_FIRST = "ORDER BY f.sort_date DESC, f.id DESC"

GET_FACT = f"{SELECT_FACTS} WHERE f.id = %(id)s"
# Inside a write: the fact's row stays as read until the transaction ends.
LOCK_FACT = f"{GET_FACT} FOR UPDATE OF f"
FLOWS_FOR = named(_SQLITE_FLOWS_FOR)
SAME_FIGURE = f"""{SELECT_FACTS}
WHERE f.status = 'published' AND f.metric = %(metric)s AND f.value = %(value)s
  AND f.qualifier = %(qualifier)s
  AND f.value_high IS NOT DISTINCT FROM %(value_high)s::bigint
  AND f.origin IS NOT DISTINCT FROM %(origin)s::text
  AND f.destination IS NOT DISTINCT FROM %(destination)s::text
  AND f.period_start IS NOT DISTINCT FROM %(period_start)s::date
  AND f.period_end IS NOT DISTINCT FROM %(period_end)s::date
{_NEWEST_FIRST}
LIMIT 1"""
# LIMIT NULL is no limit.
FACTS_NAMING = f"""{SELECT_FACTS}
WHERE f.status = 'published'
  AND (f.origin = %(country)s OR f.destination = %(country)s OR f.citizenship = %(country)s)
{_NEWEST_FIRST}
LIMIT %(limit)s::bigint"""
COUNT_FACTS = "SELECT count(*) FROM facts"
COUNTRIES_WITH_FACTS = """
SELECT c.code FROM unnest(%(codes)s::text[]) WITH ORDINALITY AS c (code, n)
WHERE EXISTS (SELECT 1 FROM facts f WHERE f.destination = c.code AND f.status = 'published')
   OR EXISTS (SELECT 1 FROM facts f WHERE f.origin = c.code AND f.status = 'published')
   OR EXISTS (SELECT 1 FROM facts f WHERE f.citizenship = c.code AND f.status = 'published')
ORDER BY c.n
"""
# Names compare as SQLite's NOCASE does (ASCII letters only, case aside): nocase(), 0001.
_NAME_HOLDS = "nocase(s.name) LIKE nocase(%(name)s::text) ESCAPE '\\'"
SOURCE_SUMMARIES = f"""
SELECT s.id, s.name, s.kind, s.description,
       (SELECT count(*) FROM facts f
        WHERE f.attributed_to_id = s.id AND f.status = 'published') AS said,
       (SELECT count(*) FROM facts f
        WHERE f.carried_by_id = s.id AND f.status = 'published') AS carried,
       (SELECT count(*) FROM facts f JOIN documents d ON d.id = f.document_id
        WHERE d.publisher_id = s.id AND f.status = 'published') AS published
FROM sources s
WHERE (%(name)s::text IS NULL OR {_NAME_HOLDS}) AND (%(id)s::bigint IS NULL OR s.id = %(id)s)
"""
FACTS_BY_SOURCE_NEWEST = f"""
SELECT * FROM ({SELECT_FACTS}
    WHERE f.attributed_to_id = %(source)s AND f.status = 'published' {_NEWEST_FIRST}
    LIMIT %(limit)s) said
UNION
SELECT * FROM ({SELECT_FACTS}
    WHERE f.carried_by_id = %(source)s AND f.status = 'published' {_NEWEST_FIRST}
    LIMIT %(limit)s) carried
UNION
SELECT * FROM ({SELECT_FACTS}
    WHERE f.document_id IN (SELECT id FROM documents WHERE publisher_id = %(source)s)
      AND f.status = 'published' {_NEWEST_FIRST} LIMIT %(limit)s) published
ORDER BY 1 DESC
LIMIT %(limit)s
"""
SOURCES_NAMED = (
    f"SELECT s.id, s.name FROM sources s WHERE {_NAME_HOLDS} ORDER BY s.id LIMIT %(limit)s"
)
FACTS_BY_SOURCE = f"""{SELECT_FACTS}
WHERE f.status = 'published'
  AND (f.attributed_to_id = %(source)s OR f.carried_by_id = %(source)s
       OR d.publisher_id = %(source)s)
{_NEWEST_FIRST}
LIMIT %(limit)s::bigint"""
# Search: %(match)s is a to_tsquery text (storage.postgres.search), in the 'simple'
# configuration the index is made with (migration 0003), its diacritics folded as the index's
# are (migration 0008).
_QUERY = "to_tsquery('simple', fold_diacritics(%(match)s))"
_MATCHES = f"s.document @@ {_QUERY}"
COUNT_MATCHES = f"""
SELECT count(*) FROM (SELECT 1 FROM facts_search s WHERE {_MATCHES} LIMIT %(pool)s) m
"""
# Best match first: ts_rank reads every match, so this is for queries that match few facts.
SEARCH_RANKED = f"""{SELECT_FACTS}
JOIN facts_search s ON s.fact_id = f.id
WHERE {_MATCHES} AND f.status = 'published'
ORDER BY ts_rank(s.document, {_QUERY}) DESC, f.id
LIMIT %(limit)s OFFSET %(skip)s"""
# Newest first (the newest id first, as SQLite's rowid), down from %(before)s.
SEARCH_NEWEST = f"""{SELECT_FACTS}
JOIN facts_search s ON s.fact_id = f.id
WHERE {_MATCHES} AND s.fact_id < %(before)s AND f.status = 'published'
ORDER BY s.fact_id DESC
LIMIT %(limit)s"""
SEARCH_NEWER = f"""
SELECT s.fact_id FROM facts_search s JOIN facts f ON f.id = s.fact_id
WHERE {_MATCHES} AND s.fact_id > %(after)s AND f.status = 'published'
ORDER BY s.fact_id ASC
LIMIT %(limit)s"""
ALL_FACTS = f"{SELECT_FACTS} WHERE %(everything)s OR f.status = 'published' ORDER BY f.id"
# As storage.queries: facts stored without their lemmas, and their lemmas stored.
UNLEMMATISED = """
SELECT id, claim, quote, counted FROM facts
WHERE id > %(after)s AND search_lemmas IS NULL ORDER BY id LIMIT %(limit)s
"""
# A batch in one statement, with search_deferred holding a row (migration 0011): each fact
# filled has its lemmas appended to its tsvector (as search_document does, after its words),
# rather than the whole made again by the trigger. A fact an edit gave lemmas meanwhile is
# left as the edit indexed it.
SET_LEMMAS = """
WITH filled AS (
    UPDATE facts f SET search_lemmas = v.lemmas
    FROM unnest(%(ids)s::bigint[], %(lemmas)s::text[]) AS v (id, lemmas)
    WHERE f.id = v.id AND f.search_lemmas IS NULL
    RETURNING f.id, f.search_lemmas
)
UPDATE facts_search s
SET document = s.document || to_tsvector('simple', fold_diacritics(filled.search_lemmas))
FROM filled WHERE s.fact_id = filled.id
"""
DEFER_SEARCH = "INSERT INTO search_deferred (since) VALUES (now())"
RESUME_SEARCH = "DELETE FROM search_deferred"
# As storage.queries.HISTORY reads it: the JSON as text.
HISTORY = """
SELECT version, at, actor, action, reason, before::text, after::text FROM audit_log
WHERE fact_id = %(id)s ORDER BY id
"""
# storage.writes.FIND_DUPLICATE: same measure, countries, dates, figure and source.
FIND_DUPLICATE = """
SELECT f.id FROM facts f
JOIN documents d ON d.id = f.document_id
JOIN sources p ON p.id = d.publisher_id
WHERE f.metric = %(metric)s AND f.counted = %(counted)s
  AND f.origin IS NOT DISTINCT FROM %(origin)s::text
  AND f.destination IS NOT DISTINCT FROM %(destination)s::text
  AND f.citizenship IS NOT DISTINCT FROM %(citizenship)s::text
  AND f.qualifier IS NOT DISTINCT FROM %(qualifier)s::text
  AND f.value IS NOT DISTINCT FROM %(value)s::bigint
  AND f.value_high IS NOT DISTINCT FROM %(value_high)s::bigint
  AND f.period_start IS NOT DISTINCT FROM %(period_start)s::date
  AND f.period_end IS NOT DISTINCT FROM %(period_end)s::date
  AND f.as_of IS NOT DISTINCT FROM %(as_of)s::date
  AND nocase(p.name) = nocase(%(publisher)s::text) AND d.title = %(title)s
  AND d.published_at = %(published_at)s
  AND (%(qualifier)s::text IS NOT NULL OR f.claim = %(claim)s)
  AND f.id IS DISTINCT FROM %(exclude_id)s::bigint
ORDER BY f.id LIMIT 1
"""
# A question's filters (storage.finding), as PostgreSQL writes a set of metrics and a
# month-day; named() then makes the placeholders psycopg's.
DIALECT = Dialect(
    metrics="AND f.metric = ANY(CAST(:metrics AS text[]))",
    metrics_param=sorted,
    month_day="to_char({day}, 'MM-DD')",
)
