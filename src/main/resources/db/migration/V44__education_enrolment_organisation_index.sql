-- The analyst's headline figures (issue 14, item 4) count an organisation's participants on a course now.
CREATE INDEX education_enrolment_organisation_idx ON education_enrolment (participant_organisation_id, from_date);
