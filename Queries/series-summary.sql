-- Every series with its point count, time range, value range and number of gaps.
-- A gap is a step between consecutive points longer than three periods (300 s when the period is unknown).
-- Parameters: :service (NULL for all). In the sqlite3 shell:  .param set :service "'prod/api'"
WITH steps AS (
    SELECT series_id,
           ts - LAG(ts) OVER (PARTITION BY series_id ORDER BY ts) AS step
    FROM points
    WHERE series_id IN (SELECT id FROM series WHERE :service IS NULL OR service = :service)
),
gap_counts AS (
    SELECT steps.series_id, COUNT(*) AS gaps
    FROM steps JOIN series ON series.id = steps.series_id
    WHERE step > 3 * COALESCE(series.period_s, 100)
    GROUP BY steps.series_id
)
SELECT s.id, s.service, s.metric, s.stat, s.unit, s.period_s, s.dimensions,
       COUNT(p.ts)              AS points,
       MIN(p.ts)                AS first_ts,
       MAX(p.ts)                AS last_ts,
       COALESCE(g.gaps, 0)      AS gaps,
       MIN(p.value)             AS min_value,
       MAX(p.value)             AS max_value
FROM series AS s
LEFT JOIN points AS p ON p.series_id = s.id
LEFT JOIN gap_counts AS g ON g.series_id = s.id
WHERE :service IS NULL OR s.service = :service
GROUP BY s.id
ORDER BY s.service, s.metric, s.stat, s.dimensions;
