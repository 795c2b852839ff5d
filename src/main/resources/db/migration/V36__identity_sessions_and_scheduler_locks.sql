-- App nodes hold no state (decision 86). HTTP sessions live in PostgreSQL: Spring Session JDBC's tables, from
-- spring-session-jdbc 4.1.0 (org/springframework/session/jdbc/schema-postgresql.sql, copied unchanged but in lower
-- case; Spring Session's own schema initialisation is off). One row per session, its attributes (serialised) beside it.
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- ShedLock's lock table (its documented PostgreSQL schema): one row per scheduled job, held by one node at a time.
-- The times are the database's (UTC, without time zone: ShedLock's usingDbTime() writes timezone('utc', ...)).
CREATE TABLE shedlock (
    name       varchar(64)  NOT NULL,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL,
    PRIMARY KEY (name)
);
COMMENT ON TABLE shedlock IS 'Owner: shared. ShedLock''s scheduler locks (framework): no module''s SQL names it.';
