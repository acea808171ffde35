-- memblame schema, version 1. Applied once, in one transaction, by Migrations.swift;
-- PRAGMA user_version records the version. Read it in the sqlite3 shell: .schema

-- One memory time series: a service's metric with one statistic and a set of dimensions.
CREATE TABLE series (
    id          INTEGER PRIMARY KEY,
    service     TEXT    NOT NULL,                -- 'prod/api' (ECS cluster/service) or 'namespace/container'
    metric      TEXT    NOT NULL,                -- 'MemoryUtilization', 'container_memory_working_set_bytes'
    stat        TEXT    NOT NULL DEFAULT '',     -- 'Average', 'Maximum', '' when the source has none
    unit        TEXT    NOT NULL,                -- 'Percent', 'Bytes', 'Megabytes' (never mixed in a series)
    period_s    INTEGER,                         -- sampling period in seconds when known
    dimensions  TEXT    NOT NULL DEFAULT '{}',   -- canonical JSON object, keys sorted
    UNIQUE (service, metric, stat, dimensions)
);

-- The samples: unix seconds UTC and a value in the series' unit. One row per series and second.
CREATE TABLE points (
    series_id   INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    ts          INTEGER NOT NULL,
    value       REAL    NOT NULL,
    PRIMARY KEY (series_id, ts)
) WITHOUT ROWID;

-- Provenance of every import: one row per file (or fetched request) per invocation.
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL,                -- 'metrics' | 'deploys'
    source      TEXT    NOT NULL,                -- 'file' | 'fetch'
    path        TEXT    NOT NULL,                -- file path or URL (never with credentials)
    sha256      TEXT,                            -- of the file's bytes
    format      TEXT    NOT NULL,                -- the importer that read it
    added       INTEGER NOT NULL DEFAULT 0,      -- rows added
    duplicates  INTEGER NOT NULL DEFAULT 0,      -- rows already present
    started_at  INTEGER NOT NULL,
    finished_at INTEGER
);

-- Deploys: when a new version of a service went live (the deploy job's finish, not the trigger).
CREATE TABLE deploys (
    id          INTEGER PRIMARY KEY,
    service     TEXT    NOT NULL,
    ts          INTEGER NOT NULL,                -- unix seconds UTC
    source      TEXT    NOT NULL,                -- 'circleci', 'github-actions', 'github-deployments', 'git', 'csv'
    external_id TEXT    NOT NULL,                -- the source's own id
    sha         TEXT,
    pr          INTEGER,
    title       TEXT,
    author      TEXT,
    url         TEXT,
    branch      TEXT,
    approximate INTEGER NOT NULL DEFAULT 0,      -- 1 when ts is the pipeline's time, not the deploy's finish
    import_id   INTEGER REFERENCES imports(id),
    UNIQUE (source, external_id, service)
);
CREATE INDEX deploys_by_service_time ON deploys(service, ts);

-- First-parent history from an imported git log: enriches deploys and lists the PRs a deploy shipped.
CREATE TABLE commits (
    sha         TEXT    PRIMARY KEY,
    ts          INTEGER NOT NULL,                -- committer time, unix seconds UTC
    pr          INTEGER,
    title       TEXT    NOT NULL,
    author      TEXT,
    position    INTEGER NOT NULL,                -- order along first-parent history, oldest first
    import_id   INTEGER REFERENCES imports(id)
);
CREATE INDEX commits_by_position ON commits(position);
