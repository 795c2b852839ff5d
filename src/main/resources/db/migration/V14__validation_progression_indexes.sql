-- Progression matrices (validation): indexes for the cohort matrix's filters. The matrix counts only signed
-- assessments by supervisors and coordinators; every filter reaches them through an index.

-- Unfiltered and per-participant: who was assessed and when, read from the index alone.
CREATE INDEX assessment_staff_signed_idx ON assessment (participant_id, assessed_on)
    WHERE status = 'SIGNED' AND assessor_role IN ('SUPERVISOR', 'COORDINATOR');

-- Filter by checklist template: its tailored checklists.
CREATE INDEX checklist_template_idx ON checklist (template_id) WHERE template_id IS NOT NULL;

-- Filter by occupation: places by SSYK code or occupation concept (then their checklists by placement_id).
CREATE INDEX placement_ssyk_idx ON placement (ssyk_code) WHERE ssyk_code IS NOT NULL;
CREATE INDEX placement_occupation_concept_idx ON placement (occupation_concept_id) WHERE occupation_concept_id IS NOT NULL;
