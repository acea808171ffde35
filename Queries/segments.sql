-- Per deploy interval of one service: point count, min, max, first and last value, and the least-squares
-- slope (units per hour) computed from the running sums n, Σt, Σv, Σtv, Σt² (t in hours since the deploy).
-- The interval before the first deploy is included (deploy_ts NULL).
-- Parameters: :service (required), :series_id (optional: defaults to the service's Maximum series, else its first).
-- sqlite3 memblame.db  then  .param set :service "'prod/api'"  then  .read Queries/segments.sql
WITH chosen AS (
    SELECT id FROM series
    WHERE service = :service AND (:series_id IS NULL OR id = :series_id)
    ORDER BY (stat = 'Maximum') DESC, id
    LIMIT 1
),
bounds AS (
    SELECT ts AS deploy_ts, pr, substr(sha, 1, 12) AS sha, title,
           ts AS start_ts,
           LEAD(ts) OVER (ORDER BY ts, id) AS end_ts
    FROM deploys WHERE service = :service
    UNION ALL
    SELECT NULL, NULL, NULL, '(before the first deploy)', -9223372036854775807,
           (SELECT MIN(ts) FROM deploys WHERE service = :service)
),
assigned AS (
    SELECT b.deploy_ts, b.pr, b.sha, b.title, b.start_ts, b.end_ts, p.ts, p.value,
           (p.ts - COALESCE(b.deploy_ts, (SELECT MIN(ts) FROM points WHERE series_id = (SELECT id FROM chosen)))) / 3600.0 AS t,
           FIRST_VALUE(p.value) OVER w AS first_value,
           LAST_VALUE(p.value) OVER w AS last_value
    FROM bounds AS b
    JOIN points AS p
      ON p.series_id = (SELECT id FROM chosen)
     AND p.ts >= b.start_ts
     AND (b.end_ts IS NULL OR p.ts < b.end_ts)
    WINDOW w AS (PARTITION BY b.start_ts ORDER BY p.ts ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
)
SELECT
    CASE WHEN deploy_ts IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%SZ', deploy_ts, 'unixepoch') END AS deploy_time,
    pr, sha, title,
    COUNT(*)                                   AS n,
    strftime('%Y-%m-%dT%H:%M:%SZ', MIN(ts), 'unixepoch') AS first_time,
    strftime('%Y-%m-%dT%H:%M:%SZ', MAX(ts), 'unixepoch') AS last_time,
    ROUND(MIN(value), 3)                       AS min_value,
    ROUND(MAX(value), 3)                       AS max_value,
    ROUND(MIN(first_value), 3)                 AS first_value,
    ROUND(MIN(last_value), 3)                  AS last_value,
    ROUND(CASE WHEN COUNT(*) > 1 AND (COUNT(*) * SUM(t * t) - SUM(t) * SUM(t)) > 0
         THEN (COUNT(*) * SUM(t * value) - SUM(t) * SUM(value)) / (COUNT(*) * SUM(t * t) - SUM(t) * SUM(t))
    END, 4)                                    AS slope_per_hour
FROM assigned
GROUP BY start_ts
ORDER BY start_ts;
