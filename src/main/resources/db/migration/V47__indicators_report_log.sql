-- One row per indicator report produced (decision 94): who asked, for which scope, period and day, with which
-- threshold. Reports show only protected counts of groups, so no row per participant is written to the audit trail;
-- this log answers who has looked at which figures. Append-only.
CREATE TABLE indicators_report_log (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    produced_at           timestamptz NOT NULL,
    user_id               uuid        NOT NULL,
    user_organisation_id  uuid        NOT NULL,
    scope                 text        NOT NULL,
    scope_organisation_id uuid,
    period_from           date        NOT NULL,
    period_to             date        NOT NULL,
    on_day                date        NOT NULL,
    threshold             int         NOT NULL,
    tables                int         NOT NULL
);
CREATE INDEX indicators_report_log_user ON indicators_report_log (user_id, produced_at DESC);
CREATE INDEX indicators_report_log_org ON indicators_report_log (user_organisation_id, produced_at DESC);

CREATE FUNCTION indicators_report_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'indicators_report_log is append-only';
END;
$$;
CREATE TRIGGER indicators_report_log_no_update BEFORE UPDATE OR DELETE ON indicators_report_log
    FOR EACH ROW EXECUTE FUNCTION indicators_report_log_append_only();
