-- The identity provider's stable subject (the token's sub) that signs in as this account through OIDC or with a
-- bearer token. Set by an administrator; a name claim such as preferred_username is never used to find the account.
ALTER TABLE user_account ADD COLUMN oidc_subject varchar(255);
CREATE UNIQUE INDEX user_account_oidc_subject_uq ON user_account (oidc_subject) WHERE oidc_subject IS NOT NULL;
