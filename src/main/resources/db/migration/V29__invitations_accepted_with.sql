-- How a used invitation was taken (the invitations module): the participant chose a password on the link's page, or
-- signed in through the organisation's identity provider from it (OIDC), which linked the provider's subject to their
-- login. Invitations used before this change were all taken with a password.
ALTER TABLE participant_invitation ADD COLUMN accepted_with varchar(8);
UPDATE participant_invitation SET accepted_with = 'PASSWORD' WHERE state = 'USED';
ALTER TABLE participant_invitation
    ADD CONSTRAINT participant_invitation_accepted_with CHECK (accepted_with IN ('PASSWORD', 'OIDC')),
    ADD CONSTRAINT participant_invitation_accepted_when_used CHECK ((state = 'USED') = (accepted_with IS NOT NULL));
