package dev.fawkes.bench.scenarios.concertmaster;

/** The statements the ConcertMaster workload sends, and the queries of its key pools. */
final class ConcertSql {
    private ConcertSql() {
    }

    /** The seed's optimized workflow query, word for word (seed: idx_workflow_type, idx_workflow_status_filter). */
    static final String WORKFLOWS_BY_TYPE_STATUS = """
            SELECT w.id, w.name, w.definition, w.created_at
            FROM workflows w
            WHERE (definition->>'type') = ?
            AND (definition->>'status') = ?
            ORDER BY w.updated_at DESC
            LIMIT 50""";

    /** Recent runs in one status (seed: idx_workflow_runs_status_time). */
    static final String RUNS_BY_STATUS = """
            SELECT id, workflow_id, status, started_at, completed_at
            FROM workflow_runs
            WHERE status = ? AND started_at > ?
            ORDER BY started_at DESC
            LIMIT 50""";

    /** A form's latest responses (seed: idx_form_responses_schema_time). */
    static final String RESPONSES_BY_FORM = """
            SELECT id, workflow_run_id, data, submitted_at
            FROM form_responses
            WHERE form_schema_id = ? AND submitted_at > ?
            ORDER BY submitted_at DESC
            LIMIT 50""";

    /** Responses whose data contains a document (seed: idx_form_responses_data_gin). */
    static final String RESPONSES_CONTAINING = """
            SELECT id, form_schema_id, data, submitted_at
            FROM form_responses
            WHERE data @> ?::jsonb
            LIMIT 50""";

    /**
     * The seed's form_completion_stats view query, word for word but for its clock: NOW() becomes
     * the scenario's fixed now, read as UTC wall time like the TIMESTAMP column it is compared with.
     */
    static final String FORM_COMPLETION_STATS = """
            SELECT
                fr.form_schema_id,
                fs.name as form_name,
                DATE_TRUNC('day', fr.submitted_at) as day,
                COUNT(*) as submissions,
                COUNT(CASE WHEN fr.data->>'status' = 'complete' THEN 1 END) as completed,
                AVG(CASE WHEN fr.data->>'completion_time' IS NOT NULL
                    THEN (fr.data->>'completion_time')::INTEGER END) as avg_completion_time
            FROM form_responses fr
            JOIN form_schemas fs ON fr.form_schema_id = fs.id
            WHERE fr.submitted_at > (fawkes_bench.anchor() AT TIME ZONE 'UTC') - INTERVAL '30 days'
            GROUP BY fr.form_schema_id, fs.name, DATE_TRUNC('day', fr.submitted_at)""";

    /** The node executions of one run (seed: idx_node_executions_composite). */
    static final String NODE_EXECUTIONS = """
            SELECT node_id, status, started_at, completed_at, error
            FROM node_executions
            WHERE workflow_run_id = ?
            ORDER BY started_at""";

    /** type:status pairs of workflow definitions, most common first. */
    static final String POOL_TYPE_STATUS = """
            SELECT (definition->>'type') || ':' || (definition->>'status') FROM workflows
            WHERE definition->>'status' IS NOT NULL
            GROUP BY 1 ORDER BY count(*) DESC, 1""";

    /** Forms, most responses first. */
    static final String POOL_FORMS = """
            SELECT form_schema_id FROM form_responses GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2000""";

    /** Customer emails in form data, most responses first (from a prefix of the table: the mix is uniform over it). */
    static final String POOL_CUSTOMERS = """
            SELECT data->>'email' FROM (SELECT data FROM form_responses LIMIT 200000) fr
            GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2000""";

    /** Runs, the most recent first. */
    static final String POOL_RUNS = """
            SELECT id FROM workflow_runs ORDER BY started_at DESC, id LIMIT 2000""";
}
