-- A person's notification preferences (issue 17): their time zone, a daily or weekly digest of
-- what is due at a local hour (next_digest_at: when it is due next, claimed by one replica with
-- FOR UPDATE SKIP LOCKED), and quiet hours that hold pushes until they end. A person without a row
-- has the defaults: UTC, no digest, no quiet hours.
CREATE TABLE notification_preference (
    user_id        BIGINT       PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    time_zone      VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    digest         VARCHAR(8)   NOT NULL DEFAULT 'NONE',
    digest_hour    INTEGER      NOT NULL DEFAULT 7,
    digest_day     VARCHAR(9)   NOT NULL DEFAULT 'MONDAY',
    quiet_from     TIME,
    quiet_until    TIME,
    next_digest_at TIMESTAMPTZ,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT notification_preference_digest_ck CHECK (digest IN ('NONE', 'DAILY', 'WEEKLY')),
    CONSTRAINT notification_preference_hour_ck CHECK (digest_hour BETWEEN 0 AND 23),
    CONSTRAINT notification_preference_day_ck CHECK (digest_day IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY',
        'FRIDAY', 'SATURDAY', 'SUNDAY'))
);

CREATE INDEX notification_preference_digest_idx ON notification_preference (next_digest_at) WHERE digest <> 'NONE';
