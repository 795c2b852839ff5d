-- Indexes for the indicator sources (issue 15, item 1; decision 97): what each module counts over a period.

-- checklists: staff assessments signed in a period (per signer, whose organisation validated).
CREATE INDEX assessment_signed_at_idx ON assessment (signed_at)
    WHERE status = 'SIGNED' AND assessor_role IN ('SUPERVISOR','COORDINATOR');

-- language: language assessments signed in a period.
CREATE INDEX language_assessment_signed_at_idx ON language_assessment (signed_at) WHERE status = 'SIGNED';

-- certificates: revoked in a period, per issuing organisation (issued: certificate_organisation_idx, V12).
CREATE INDEX certificate_revoked_idx ON certificate (organisation_id, revoked_at) WHERE revoked_at IS NOT NULL;

