-- A template item taken out of a template stays (tailored checklists copied from it keep their origin), marked removed.
ALTER TABLE checklist_template_item ADD COLUMN removed_at timestamptz;
