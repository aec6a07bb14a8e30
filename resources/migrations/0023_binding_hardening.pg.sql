-- Five holes a review found in what the central database lets staff do around a binding
-- decision (each tested in tst_central_security):
--
-- 1. A request's parent_id was writable by its deciders. No client writes it, but the read
--    and update policies of parents and accounts trust it: a teacher who pointed her own
--    request at any parent of the city could read that parent's record, change their name and
--    phone, and bind them to her student. Staff may no longer change it.
-- 2. A parent account could be opened by staff for any parent they could see, with any login
--    and password hash: a login of their own for someone else's parent. An account is now
--    opened only by the transaction that approves that parent's request, in the approver's
--    name, with the parent's e-mail as the login and the initial password the request carries.
-- 3. cooc_student_placed_at read the latest enrollment's status and class but not its school
--    year: a student still 'enrolled' from an earlier year (never rolled over) could be
--    approved for, which the client refuses ("not enrolled this school year").
-- 4. Approving a signature that is not TOTAL_PASSED needs the paper form checked with a reason.
--    The client writes the code 'paper_consent' as the decision reason and the reviewer's
--    words as the note; the guard counted the code as the reason. The note is now required.
-- 5. cooc_place_key and cooc_student_placed_at (SECURITY DEFINER, for triggers) could be
--    called by anyone, telling the class and seat of any student in the city.

-- 1.
REVOKE UPDATE (parent_id) ON binding_requests FROM homeroom_teacher, office_staff;

-- 2. Whether a parent account with this login and hash may be opened for parent p_parent now:
-- a request of that parent (by the national-ID hash, unique per parent) approved by this very
-- transaction (the row's xmin) in the caller's name, carrying that initial password hash, and
-- the login is the parent's e-mail (the request's, or the one on the parent's record).
CREATE FUNCTION cooc_parent_account_allowed(p_parent bigint, p_login text, p_password_hash text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM parents p JOIN binding_requests br ON br.applicant_national_id_hash = p.national_id_hash
        WHERE p.id = p_parent AND br.status = 'approved' AND br.xmin = pg_current_xact_id()::xid
          AND br.decided_by = cooc_current_staff_id()
          AND nullif(br.initial_password_hash, '') = p_password_hash
          AND lower(btrim(p_login)) IN (lower(btrim(br.applicant_email)), lower(btrim(p.email))))
$$;
REVOKE ALL ON FUNCTION cooc_parent_account_allowed(bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cooc_parent_account_allowed(bigint, text, text) TO homeroom_teacher, office_staff;

DROP POLICY accounts_parent_insert ON accounts;
CREATE POLICY accounts_parent_insert ON accounts FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (kind = 'parent' AND staff_id IS NULL AND student_id IS NULL AND must_change_password
                AND NOT disabled AND cooc_parent_account_allowed(parent_id, login, password_hash));

-- 3.
CREATE OR REPLACE FUNCTION cooc_student_placed_at(p_student bigint, p_school bigint) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT e.status = 'enrolled' AND e.class_id IS NOT NULL AND e.school_year >= cooc_school_year()
                     FROM enrollments e WHERE e.student_id = p_student AND e.school_id = p_school
                     ORDER BY e.school_year DESC, e.id DESC LIMIT 1), false);
END
$$;

-- 4. Beside the guard (0020), which keeps its other rules.
CREATE FUNCTION cooc_binding_paper_consent_note() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.status = 'approved' AND OLD.status IN ('pending', 'info_requested')
       AND NEW.verification_verdict IS DISTINCT FROM 'TOTAL_PASSED'
       AND (NOT NEW.paper_consent_checked OR nullif(btrim(NEW.decision_note), '') IS NULL) THEN
        RAISE EXCEPTION 'binding request %: approval without a TOTAL_PASSED signature needs the paper consent form checked and the reviewer''s reason in the note', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER binding_requests_paper_consent_note BEFORE UPDATE ON binding_requests
    FOR EACH ROW EXECUTE FUNCTION cooc_binding_paper_consent_note();

-- 5.
REVOKE ALL ON FUNCTION cooc_place_key(bigint, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION cooc_student_placed_at(bigint, bigint) FROM PUBLIC;
