-- A household result answers for the two IDs it was asked about: the applicant's and the
-- student's (keyed hashes). When the school's records change either on an open request — the
-- student's ID corrected, the request moved to another student, the applicant's ID corrected —
-- the old answer is about someone else: a MATCH could fast-track a parent onto the wrong
-- child. The database clears it (NOT_CHECKED, so the request is checked again) and says why in
-- the request's history ('household_cleared'); a decided request keeps the evidence it was
-- decided on. Staff cannot change these columns (0002 grants); the owner, the SIS feed and
-- imports can, and are not staff, so no audit entry is asked of them (0020). An answer still
-- on its way is refused by HouseholdResultStore::record.
CREATE FUNCTION cooc_student_id_clears_household() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO binding_request_events (request_id, at, actor_staff_id, kind, detail)
        SELECT id, now(), NULL, 'household_cleared', '{"reason":"student_id_changed"}' FROM binding_requests
        WHERE student_id = NEW.id AND status IN ('pending', 'info_requested') AND household_result <> 'NOT_CHECKED';
    UPDATE binding_requests SET household_result = 'NOT_CHECKED', household_checked_at = NULL
        WHERE student_id = NEW.id AND status IN ('pending', 'info_requested') AND household_result <> 'NOT_CHECKED';
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION cooc_student_id_clears_household() FROM PUBLIC;

CREATE TRIGGER students_id_clears_household AFTER UPDATE OF national_id_hash ON students
    FOR EACH ROW WHEN (NEW.national_id_hash IS DISTINCT FROM OLD.national_id_hash)
    EXECUTE FUNCTION cooc_student_id_clears_household();

CREATE FUNCTION cooc_binding_subject_clears_household() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO binding_request_events (request_id, at, actor_staff_id, kind, detail)
    VALUES (NEW.id, now(), NULL, 'household_cleared',
            CASE WHEN NEW.student_id IS DISTINCT FROM OLD.student_id THEN '{"reason":"student_changed"}'
                 ELSE '{"reason":"applicant_id_changed"}' END);
    NEW.household_result := 'NOT_CHECKED';
    NEW.household_checked_at := NULL;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION cooc_binding_subject_clears_household() FROM PUBLIC;

CREATE TRIGGER binding_requests_subject_clears_household
    BEFORE UPDATE OF student_id, applicant_national_id_hash ON binding_requests
    FOR EACH ROW
    WHEN ((NEW.student_id IS DISTINCT FROM OLD.student_id
           OR NEW.applicant_national_id_hash IS DISTINCT FROM OLD.applicant_national_id_hash)
          AND NEW.status IN ('pending', 'info_requested') AND NEW.household_result <> 'NOT_CHECKED')
    EXECUTE FUNCTION cooc_binding_subject_clears_household();
