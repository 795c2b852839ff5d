-- The caseload's saved filters (issue 14, item 3): a user's own named choice of signal kinds.
CREATE TABLE caseload_saved_filter (
    id           uuid PRIMARY KEY,
    user_id      uuid         NOT NULL,
    name         varchar(80)  NOT NULL,
    kinds        varchar(40)[] NOT NULL,
    overdue_only boolean      NOT NULL,
    created_at   timestamptz  NOT NULL
);
CREATE UNIQUE INDEX caseload_saved_filter_name_uq ON caseload_saved_filter (user_id, lower(name));
