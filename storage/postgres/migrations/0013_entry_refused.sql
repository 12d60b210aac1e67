-- People turned away at a border ("refused entry", "отказали во въезде") are a metric of their
-- own: read as "entered", they were counted into a country they never got into. Its position
-- follows whatever the vocabulary holds, built-in or a curator's; a store whose curators
-- already added a metric of this name keeps theirs.
INSERT INTO metrics (name, direction, label_en, label_ru, label_uk, label_kk, position,
                     created_at, created_by)
SELECT 'entry_refused', 'none', 'refused entry', 'отказ во въезде', 'відмови у в''їзді',
       'кіруге рұқсат етілмегендер', (SELECT max(position) + 1 FROM metrics),
       TIMESTAMPTZ '2026-12-05T00:00:00Z', 'seed'
WHERE NOT EXISTS (SELECT 1 FROM metrics WHERE name = 'entry_refused');
