-- The former validation module was split into checklists, language, workability, progression and certificates.
-- Applied migrations cannot be renamed, so the tables created in V10-V15 are handed to their new owners here.
-- Only the owner's SQL names a table; other modules go through its facade (ModuleTablesTests).
COMMENT ON TABLE checklist_template IS 'Owner: checklists. Checklist templates per occupation.';
COMMENT ON TABLE checklist_template_item IS 'Owner: checklists. Items of a checklist template.';
COMMENT ON TABLE checklist IS 'Owner: checklists. A participant''s tailored checklist for a placement.';
COMMENT ON TABLE checklist_item IS 'Owner: checklists. Items of a tailored checklist.';
COMMENT ON TABLE checklist_change IS 'Owner: checklists. Changes made to a tailored checklist.';
COMMENT ON TABLE assessment IS 'Owner: checklists. Assessments of a participant against a checklist.';
COMMENT ON TABLE assessment_rating IS 'Owner: checklists. Ratings of the items of an assessment.';
COMMENT ON TABLE assessment_evidence IS 'Owner: checklists. Evidence attached to an assessment.';
COMMENT ON TABLE language_can_do_statement IS 'Owner: language. Can-do statements for the language assessment.';
COMMENT ON TABLE language_assessment IS 'Owner: language. Language assessments of participants.';
COMMENT ON TABLE language_assessment_answer IS 'Owner: language. Answers of a language assessment.';
COMMENT ON TABLE work_ability_form IS 'Owner: workability. Work ability forms.';
COMMENT ON TABLE work_ability_form_version IS 'Owner: workability. Versions of a work ability form.';
COMMENT ON TABLE work_ability_question IS 'Owner: workability. Questions of a work ability form version.';
COMMENT ON TABLE work_ability_assessment IS 'Owner: workability. Work ability assessments of participants.';
COMMENT ON TABLE work_ability_answer IS 'Owner: workability. Answers of a work ability assessment.';
COMMENT ON TABLE organisation_signing_key IS 'Owner: certificates. Organisations'' certificate signing keys.';
COMMENT ON TABLE certificate IS 'Owner: certificates. Issued certificates.';
-- Spring Modulith's event publication registry: written by the framework only, no module's SQL names it.
COMMENT ON TABLE event_publication IS 'Owner: shared. Spring Modulith event publication registry (framework).';
