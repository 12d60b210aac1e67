-- Finding a duplicate (same document, metric and figure) must not scan every fact of a large
-- document: an import of 100,000 facts from one file would be quadratic.

DROP INDEX facts_by_document;
CREATE INDEX facts_by_document_metric_value ON facts (document_id, metric, value);
