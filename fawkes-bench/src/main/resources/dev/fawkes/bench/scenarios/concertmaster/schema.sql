-- ConcertMaster (seed 004), before state: the seed's three "performance-critical tables" as it
-- writes them (UUID keys, TIMESTAMP without time zone, JSONB definition / trigger_data / data /
-- metadata), plus the tables its index SQL names: form_schemas (referenced by form_responses),
-- node_executions and audit_events. Primary keys and the seed's REFERENCES only; no other index.
-- Times are UTC wall times.

CREATE TABLE form_schemas (
    id          uuid PRIMARY KEY,
    name        varchar(255) NOT NULL,
    version     integer NOT NULL,
    schema      jsonb NOT NULL,
    created_by  uuid,
    created_at  timestamp,
    is_active   boolean DEFAULT TRUE
);

-- Workflows table - high read frequency (the seed's columns)
CREATE TABLE workflows (
    id          uuid PRIMARY KEY,
    name        varchar(255),
    definition  jsonb,
    created_by  uuid,
    created_at  timestamp,
    updated_at  timestamp,
    is_template boolean DEFAULT FALSE
);

-- Workflow runs - high write frequency (the seed's columns, plus created_by: the seed's
-- idx_workflow_runs_dashboard indexes workflow_runs(created_by, ...) although its CREATE TABLE
-- omits the column; it is who started the run)
CREATE TABLE workflow_runs (
    id           uuid PRIMARY KEY,
    workflow_id  uuid REFERENCES workflows (id),
    status       varchar(50),
    trigger_data jsonb,
    created_by   uuid,
    started_at   timestamp,
    completed_at timestamp
);

CREATE TABLE node_executions (
    id              uuid PRIMARY KEY,
    workflow_run_id uuid REFERENCES workflow_runs (id),
    node_id         varchar(100) NOT NULL,
    node_type       varchar(50) NOT NULL,
    status          varchar(50),
    output          jsonb,
    error           text,
    started_at      timestamp,
    completed_at    timestamp
);

-- Form responses - highest volume table (the seed's columns; workflow_run_id has no REFERENCES
-- in the seed)
CREATE TABLE form_responses (
    id              uuid PRIMARY KEY,
    form_schema_id  uuid REFERENCES form_schemas (id),
    workflow_run_id uuid,
    data            jsonb,
    metadata        jsonb,
    submitted_at    timestamp
);

CREATE TABLE audit_events (
    id          uuid PRIMARY KEY,
    entity_type varchar(50) NOT NULL,
    entity_id   uuid NOT NULL,
    action      varchar(50) NOT NULL,
    actor_id    uuid,
    changes     jsonb,
    created_at  timestamp
);
