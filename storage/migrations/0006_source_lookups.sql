-- /sources and /source NAME count and list facts by who said and who carried them.

CREATE INDEX facts_by_attributed_to ON facts (attributed_to_id);
CREATE INDEX facts_by_carried_by ON facts (carried_by_id);
