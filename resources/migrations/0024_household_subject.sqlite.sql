-- A household result answers for the two IDs it was asked about: the applicant's and the
-- student's (keyed hashes). When the school's records change either on an open request — the
-- student's ID corrected, the request moved to another student, the applicant's ID corrected —
-- the old answer is about someone else: a MATCH could fast-track a parent onto the wrong
-- child. The database clears it (NOT_CHECKED, so the request is checked again) and says why in
-- the request's history ('household_cleared'); a decided request keeps the evidence it was
-- decided on. An answer still on its way is refused by HouseholdResultStore::record.
CREATE TRIGGER students_id_clears_household AFTER UPDATE OF national_id_hash ON students
WHEN NEW.national_id_hash IS NOT OLD.national_id_hash
BEGIN
    INSERT INTO binding_request_events (request_id, at, actor_staff_id, kind, detail)
        SELECT id, {NOW}, NULL, 'household_cleared', '{"reason":"student_id_changed"}' FROM binding_requests
        WHERE student_id = NEW.id AND status IN ('pending', 'info_requested') AND household_result <> 'NOT_CHECKED';
    UPDATE binding_requests SET household_result = 'NOT_CHECKED', household_checked_at = NULL
        WHERE student_id = NEW.id AND status IN ('pending', 'info_requested') AND household_result <> 'NOT_CHECKED';
END;

CREATE TRIGGER binding_requests_subject_clears_household
AFTER UPDATE OF student_id, applicant_national_id_hash ON binding_requests
WHEN (NEW.student_id IS NOT OLD.student_id OR NEW.applicant_national_id_hash IS NOT OLD.applicant_national_id_hash)
     AND NEW.status IN ('pending', 'info_requested') AND NEW.household_result <> 'NOT_CHECKED'
BEGIN
    INSERT INTO binding_request_events (request_id, at, actor_staff_id, kind, detail)
        VALUES (NEW.id, {NOW}, NULL, 'household_cleared',
                CASE WHEN NEW.student_id IS NOT OLD.student_id THEN '{"reason":"student_changed"}'
                     ELSE '{"reason":"applicant_id_changed"}' END);
    UPDATE binding_requests SET household_result = 'NOT_CHECKED', household_checked_at = NULL WHERE id = NEW.id;
END;
