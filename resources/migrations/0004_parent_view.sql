-- Parent view (issue 5): the indexes its reads need (docs/parent-view.md). Read-only work:
-- nothing here changes data.

-- "Which notices are addressed to anyone for this child?" (notice_recipients is keyed by
-- notice, then parent; the view starts from the child).
CREATE INDEX notice_recipients_student_idx ON notice_recipients (student_id, notice_id);
-- The school's newest notices, whatever their status ("why can't they see that notice?").
CREATE INDEX notices_school_id_idx ON notices (school_id, id);
-- A parent's binding requests by the e-mail they applied with, whatever its case (0003
-- creates it on SQLite; IF NOT EXISTS keeps either order of landing safe).
CREATE INDEX IF NOT EXISTS binding_requests_email_lower_idx ON binding_requests (lower(applicant_email));
-- Parent search by e-mail prefix, case-insensitive (0003 creates the same index for binding
-- review; IF NOT EXISTS keeps either order of landing safe).
CREATE INDEX IF NOT EXISTS parents_email_lower_idx ON parents (lower(email));
