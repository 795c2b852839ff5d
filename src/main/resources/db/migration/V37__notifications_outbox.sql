-- The mail outbox (issue 14, item 5): a message is written in the transaction of the change that causes it and sent
-- by a dispatcher afterwards, so a mail survives a restart and a failed send is tried again with a growing pause.
-- No participant data: subjects and bodies say only that there is something to do in the app, with a link.
CREATE TABLE outbox_message (
    id                uuid PRIMARY KEY,
    -- The recipient's organisation, for its admins' view of the outbox (null: an address outside every organisation).
    organisation_id   uuid,
    -- A user (the address is looked up when the mail is sent) or a plain address.
    recipient_user_id uuid,
    recipient_address varchar(320),
    subject           varchar(200)  NOT NULL,
    body              varchar(4000) NOT NULL,
    -- What caused the mail (e.g. "task-opened:<id>"): a listener that runs twice enqueues it once.
    cause             varchar(100),
    status            varchar(10)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'DEAD')),
    attempts          integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at   timestamptz   NOT NULL,
    -- The exception class of the last failed attempt only: never its message, which may carry an address.
    last_error        varchar(200),
    created_at        timestamptz   NOT NULL,
    sent_at           timestamptz,
    CHECK ((recipient_user_id IS NULL) <> (recipient_address IS NULL)),
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);
CREATE UNIQUE INDEX outbox_message_cause_uq ON outbox_message (cause) WHERE cause IS NOT NULL;
-- The dispatcher's claim: the due pending messages, the earliest first.
CREATE INDEX outbox_message_due_idx ON outbox_message (next_attempt_at) WHERE status = 'PENDING';
-- The admins' lists: a status, newest first, of an organisation or of all.
CREATE INDEX outbox_message_status_idx ON outbox_message (status, created_at DESC);
CREATE INDEX outbox_message_organisation_idx ON outbox_message (organisation_id, status, created_at DESC);

-- Where mail goes instead of SMTP when kk.mail.transport=sink (the demo): what would have been mailed, to whom.
CREATE TABLE mail_sink_message (
    id           uuid PRIMARY KEY,
    message_id   uuid         NOT NULL,
    organisation_id uuid,
    to_address   varchar(320) NOT NULL,
    subject      varchar(200) NOT NULL,
    body         varchar(4000) NOT NULL,
    delivered_at timestamptz  NOT NULL
);
CREATE INDEX mail_sink_message_delivered_idx ON mail_sink_message (delivered_at DESC);
CREATE INDEX mail_sink_message_organisation_idx ON mail_sink_message (organisation_id, delivered_at DESC);
