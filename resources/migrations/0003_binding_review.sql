-- Binding review (issue 3): the parent's initial password and the indexes the review queue needs.

-- The hash of the parent's default password (the last 6 characters of their national ID),
-- computed by the platform with PasswordHasher when the parent submits the request: the
-- request never carries the ID itself (only its keyed hash, mask and last 4), so the desktop
-- cannot compute it. Approval copies it into the new parent account (must_change_password).
ALTER TABLE binding_requests ADD COLUMN initial_password_hash TEXT;

-- The queue of a whole school across all statuses, newest first (keyset on id).
CREATE INDEX binding_requests_school_idx ON binding_requests (school_id, id);
-- A student's latest enrollment at a school (the queue's enrollment column and rules).
CREATE INDEX enrollments_student_school_idx ON enrollments (student_id, school_id, school_year, id);
-- Approval reuses a parent and an account by e-mail, whatever its case.
CREATE INDEX parents_email_lower_idx ON parents (lower(email));
CREATE INDEX accounts_login_lower_idx ON accounts (lower(login));
