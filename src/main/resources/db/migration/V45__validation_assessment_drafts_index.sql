-- The start page (issue 14, item 4) counts the assessments a supervisor or coordinator began and has not signed.
CREATE INDEX assessment_assessor_draft_idx ON assessment (assessor_id, assessed_on) WHERE status = 'DRAFT';
