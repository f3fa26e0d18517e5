-- ConcertMaster (seed 004) data: set-based and deterministic (fawkes_bench hashes of row number
-- and salt). Sizes at scale 1: form_schemas 2k, workflows 50k, workflow_runs 500k,
-- node_executions about 3M (one row per node of the run's workflow, 4 to 8), form_responses 2M,
-- audit_events 500k. Skew: workflow 1 runs the most, form 1 gets the most responses, customer 1
-- submits the most; running and pending runs are recent.
-- Keys are recomputed, never joined: form i is fawkes_bench.uuid(i, 1), workflow i uuid(i, 2),
-- run i uuid(i, 3), form response i uuid(i, 5), user i uuid(i, 9) (users live in another service).
-- TIMESTAMP columns hold UTC wall times: "AT TIME ZONE 'UTC'" keeps them independent of the
-- session's TimeZone. "OFFSET 0" keeps inner selects from being flattened (one draw a row).

-- What a run and a workflow are, so node_executions can rebuild them from their indexes.
CREATE FUNCTION pg_temp.run_workflow(r bigint) RETURNS bigint LANGUAGE sql STABLE AS
  $$ SELECT fawkes_bench.skewed(r, 30, fawkes_bench.scaled(50000)) $$;
CREATE FUNCTION pg_temp.run_status(r bigint) RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT CASE WHEN fawkes_bench.rand(r, 31) < 0.80 THEN 'completed' WHEN fawkes_bench.rand(r, 31) < 0.88 THEN 'failed'
                 WHEN fawkes_bench.rand(r, 31) < 0.91 THEN 'running' WHEN fawkes_bench.rand(r, 31) < 0.95 THEN 'pending'
                 ELSE 'cancelled' END $$;
CREATE FUNCTION pg_temp.run_started(r bigint) RETURNS timestamptz LANGUAGE sql STABLE AS
  $$ SELECT fawkes_bench.ts(r, 32, CASE WHEN fawkes_bench.rand(r, 31) BETWEEN 0.88 AND 0.95 THEN interval '2 days' ELSE interval '2 years' END) $$;
CREATE FUNCTION pg_temp.workflow_nodes(w bigint) RETURNS int LANGUAGE sql STABLE AS
  $$ SELECT 3 + fawkes_bench.uniform(w, 22, 5)::int $$;


INSERT INTO form_schemas (id, name, version, schema, created_by, created_at, is_active)
SELECT fawkes_bench.uuid(f, 1),
       (ARRAY['Customer Onboarding', 'Vendor Intake', 'Expense Claim', 'Incident Report', 'Access Request',
              'Event Registration', 'NPS Survey', 'Contract Review', 'Leave Request', 'Bug Report'])[1 + family % 10] || ' ' || family,
       version,
       jsonb_build_object('title', 'Form ' || family || ' v' || version,
           'fields', jsonb_build_array(
               jsonb_build_object('name', 'email', 'type', 'email', 'required', true),
               jsonb_build_object('name', 'rating', 'type', 'number', 'min', 1, 'max', 5),
               jsonb_build_object('name', 'department', 'type', 'select', 'options', jsonb_build_array('sales', 'finance', 'legal', 'ops', 'it'))),
           'settings', jsonb_build_object('multi_page', version > 2, 'save_partial', fawkes_bench.rand(f, 10) < 0.5)),
       fawkes_bench.uuid(fawkes_bench.skewed(f, 11, fawkes_bench.scaled(5000)), 9),
       fawkes_bench.ts(f, 12) AT TIME ZONE 'UTC',
       version = 4 OR fawkes_bench.rand(f, 13) < 0.2
FROM (SELECT f, (f - 1) / 4 + 1 AS family, ((f - 1) % 4 + 1)::int AS version
      FROM generate_series(1, fawkes_bench.scaled(2000)) f) s;

INSERT INTO workflows (id, name, definition, created_by, created_at, updated_at, is_template)
SELECT fawkes_bench.uuid(w, 2),
       initcap(replace(type, '_', ' ')) || ' workflow #' || w,
       jsonb_build_object(
           'type', type,
           'version', fawkes_bench.uniform(w, 20, 12),
           'trigger', CASE type WHEN 'scheduled' THEN jsonb_build_object('cron', fawkes_bench.pick(w, 21, '{"0 * * * *","*/15 * * * *","0 9 * * 1-5","0 0 1 * *"}'))
                                WHEN 'webhook' THEN jsonb_build_object('path', '/hooks/' || w, 'secret_ref', 'vault:wf-' || w)
                                WHEN 'form_submission' THEN jsonb_build_object('form_schema_id', fawkes_bench.uuid(fawkes_bench.uniform(w, 24, fawkes_bench.scaled(2000)), 1))
                                ELSE jsonb_build_object('source', type) END,
           'nodes', to_jsonb((ARRAY['trigger', 'validate', 'transform', 'branch', 'approve', 'notify', 'store', 'archive'])[1:pg_temp.workflow_nodes(w)]),
           'settings', jsonb_build_object('timeout_s', 30 * fawkes_bench.uniform(w, 25, 20), 'retries', fawkes_bench.uniform(w, 26, 5) - 1))
         || CASE WHEN status IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('status', status) END,
       fawkes_bench.uuid(fawkes_bench.skewed(w, 27, fawkes_bench.scaled(5000)), 9),
       created AT TIME ZONE 'UTC',
       (created + (fawkes_bench.anchor() - created) * sqrt(fawkes_bench.rand(w, 28))) AT TIME ZONE 'UTC',
       fawkes_bench.rand(w, 29) < 0.05
FROM (SELECT w, fawkes_bench.ts(w, 23) AS created,
             fawkes_bench.pick(w, 34, '{scheduled,scheduled,webhook,manual,event,form_submission,approval}') AS type,
             CASE WHEN fawkes_bench.rand(w, 35) >= 0.1
                  THEN fawkes_bench.pick(w, 36, '{active,active,active,draft,paused,archived}') END AS status
      FROM generate_series(1, fawkes_bench.scaled(50000)) w OFFSET 0) s;

INSERT INTO workflow_runs (id, workflow_id, status, trigger_data, created_by, started_at, completed_at)
SELECT fawkes_bench.uuid(r, 3),
       fawkes_bench.uuid(pg_temp.run_workflow(r), 2),
       status,
       jsonb_build_object('source', fawkes_bench.pick(r, 37, '{api,schedule,webhook,form,manual}'),
           'payload', jsonb_build_object('order_id', 100000 + r, 'amount', round((fawkes_bench.rand(r, 38) * 5000)::numeric, 2),
                                         'items', fawkes_bench.uniform(r, 39, 20), 'customer', 'customer' || fawkes_bench.skewed(r, 40, 100000) || '@example.com'),
           'headers', jsonb_build_object('x-request-id', fawkes_bench.uuid(r, 41), 'user-agent', 'concertmaster-sdk/2.' || fawkes_bench.uniform(r, 42, 9))),
       fawkes_bench.uuid(fawkes_bench.skewed(r, 43, fawkes_bench.scaled(5000)), 9),
       started AT TIME ZONE 'UTC',
       CASE WHEN status IN ('completed', 'failed', 'cancelled')
            THEN (started + interval '1 second' * (1 + 600 * power(fawkes_bench.rand(r, 44), 3))) AT TIME ZONE 'UTC' END
FROM (SELECT r, pg_temp.run_status(r) AS status, pg_temp.run_started(r) AS started
      FROM generate_series(1, fawkes_bench.scaled(500000)) r OFFSET 0) s;

-- One row per node of the run's workflow; a failed, running or cancelled run stops at its last node.
INSERT INTO node_executions (id, workflow_run_id, node_id, node_type, status, output, error, started_at, completed_at)
SELECT fawkes_bench.uuid(r * 8 + n, 4),
       fawkes_bench.uuid(r, 3),
       node_type || '_' || n,
       node_type,
       node_status,
       CASE WHEN node_status = 'completed' THEN jsonb_build_object('duration_ms', fawkes_bench.uniform(r * 8 + n, 45, 5000),
                                                                   'records', fawkes_bench.uniform(r * 8 + n, 46, 500)) END,
       CASE WHEN node_status = 'failed' THEN fawkes_bench.pick(r, 47, '{"TimeoutError: node exceeded 30s","HTTP 502 from downstream","ValidationError: field email is required","PermissionDenied: approver missing"}') END,
       (started + interval '2 seconds' * (n - 1)) AT TIME ZONE 'UTC',
       CASE WHEN node_status IN ('completed', 'failed') THEN (started + interval '2 seconds' * n) AT TIME ZONE 'UTC' END
FROM (SELECT r, n, started, (ARRAY['trigger', 'validate', 'transform', 'branch', 'approve', 'notify', 'store', 'archive'])[n] AS node_type,
             CASE WHEN n < k OR status = 'completed' THEN CASE WHEN status = 'pending' THEN 'pending' ELSE 'completed' END
                  ELSE status END AS node_status
      FROM (SELECT r, pg_temp.run_status(r) AS status, pg_temp.run_started(r) AS started, pg_temp.workflow_nodes(pg_temp.run_workflow(r)) AS k
            FROM generate_series(1, fawkes_bench.scaled(500000)) r OFFSET 0) runs
      CROSS JOIN LATERAL generate_series(1, runs.k) n OFFSET 0) s;

INSERT INTO form_responses (id, form_schema_id, workflow_run_id, data, metadata, submitted_at)
SELECT fawkes_bench.uuid(g, 5),
       fawkes_bench.uuid(fawkes_bench.skewed(g, 50, fawkes_bench.scaled(2000)), 1),
       CASE WHEN fawkes_bench.rand(g, 51) < 0.6 THEN fawkes_bench.uuid(fawkes_bench.uniform(g, 52, fawkes_bench.scaled(500000)), 3) END,
       jsonb_build_object(
           'email', 'customer' || fawkes_bench.skewed(g, 53, fawkes_bench.scaled(100000)) || '@example.com',
           'status', status,
           'rating', fawkes_bench.uniform(g, 54, 5),
           'department', fawkes_bench.pick(g, 55, '{sales,finance,legal,ops,it}'),
           'answers', jsonb_build_object('q1', fawkes_bench.pick(g, 56, '{yes,no,maybe}'), 'q2', fawkes_bench.uniform(g, 57, 100),
                                         'q3', jsonb_build_object('accepted_terms', fawkes_bench.rand(g, 58) < 0.9)))
         || CASE WHEN status = 'complete' THEN jsonb_build_object('completion_time', 20 + fawkes_bench.uniform(g, 59, 1200)) ELSE '{}'::jsonb END,
       CASE WHEN fawkes_bench.rand(g, 60) < 0.8 THEN jsonb_build_object(
           'ip', '192.168.' || fawkes_bench.uniform(g, 61, 255) || '.' || fawkes_bench.uniform(g, 62, 254),
           'user_agent', fawkes_bench.pick(g, 63, '{"Mozilla/5.0 (Windows NT 10.0)","Mozilla/5.0 (iPhone)","Mozilla/5.0 (Macintosh)","okhttp/4.12"}'),
           'locale', fawkes_bench.pick(g, 64, '{en-US,en-GB,de-DE,fr-FR,es-ES}'),
           'utm', jsonb_build_object('source', fawkes_bench.pick(g, 65, '{email,google,linkedin,direct}'), 'campaign', 'q' || fawkes_bench.uniform(g, 66, 4))) END,
       fawkes_bench.ts(g, 67) AT TIME ZONE 'UTC'
FROM (SELECT g, fawkes_bench.pick(g, 68, '{complete,complete,complete,complete,complete,complete,partial,partial,abandoned}') AS status
      FROM generate_series(1, fawkes_bench.scaled(2000000)) g OFFSET 0) s;

INSERT INTO audit_events (id, entity_type, entity_id, action, actor_id, changes, created_at)
SELECT fawkes_bench.uuid(g, 6),
       entity_type,
       CASE entity_type WHEN 'workflow' THEN fawkes_bench.uuid(fawkes_bench.skewed(g, 70, fawkes_bench.scaled(50000)), 2)
                        WHEN 'workflow_run' THEN fawkes_bench.uuid(fawkes_bench.uniform(g, 71, fawkes_bench.scaled(500000)), 3)
                        WHEN 'form_schema' THEN fawkes_bench.uuid(fawkes_bench.uniform(g, 72, fawkes_bench.scaled(2000)), 1)
                        ELSE fawkes_bench.uuid(fawkes_bench.uniform(g, 73, fawkes_bench.scaled(2000000)), 5) END,
       fawkes_bench.pick(g, 74, '{created,updated,updated,executed,published,deleted}'),
       fawkes_bench.uuid(fawkes_bench.skewed(g, 75, fawkes_bench.scaled(5000)), 9),
       jsonb_build_object('fields', jsonb_build_array(fawkes_bench.pick(g, 76, '{definition,status,name,data,settings}')),
                          'request_id', fawkes_bench.uuid(g, 77)),
       fawkes_bench.ts(g, 78) AT TIME ZONE 'UTC'
FROM (SELECT g, fawkes_bench.pick(g, 79, '{workflow,workflow,workflow_run,workflow_run,workflow_run,form_schema,form_response}') AS entity_type
      FROM generate_series(1, fawkes_bench.scaled(500000)) g OFFSET 0) s;

