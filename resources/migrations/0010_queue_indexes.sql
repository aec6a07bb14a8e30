-- The signature-verdict and household filters of a school's binding-review queue: rare values
-- such as TOTAL_FAILED or UNAVAILABLE would otherwise be found by walking the whole queue.
CREATE INDEX binding_requests_verdict_idx ON binding_requests (school_id, verification_verdict, id);
CREATE INDEX binding_requests_household_idx ON binding_requests (school_id, household_result, id);
-- A teacher's audit-log page lists their own entries, newest first.
CREATE INDEX audit_log_actor_id_idx ON audit_log (actor_staff_id, id);
