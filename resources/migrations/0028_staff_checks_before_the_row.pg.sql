-- 0027, reviewed again (session 12):
--
-- 1. A staff parent binding is checked BEFORE the row exists. As an AFTER trigger the check ran
--    at the end of the statement, and a function called in that statement (a RETURNING
--    expression, a later row) already saw the uncommitted binding open a parent's record.
--    Staff also lose TEMPORARY on the database (no functions of their own in pg_temp), where
--    the migration role may revoke it.
-- 2. cooc_hold_household_subjects takes the request's row FOR NO KEY UPDATE (two answers
--    recorded at once queue, instead of deadlocking on two share locks) and the student's FOR
--    KEY SHARE (enough to wait for an ID correction, which changes a unique key; nothing else
--    about the student waits); only for an open request; and for no caller without a staff
--    row other than the owner.
-- 3. The evidence times: a new household_checked_at needs its binding.household_check entry
--    and a new verified_at its binding.verify entry (at commit), and neither is in the future.
--    A household_checked_at set ahead made every later real answer count as older, keeping a
--    stale MATCH for fast track.

CREATE OR REPLACE FUNCTION cooc_parent_binding_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
BEGIN
    IF me IS NULL THEN
        RETURN NEW;
    END IF;
    IF NEW.status <> 'active' OR (TG_OP = 'UPDATE' AND OLD.status = 'active') THEN
        RAISE EXCEPTION 'parent binding %: staff make a binding only by approving the parent''s request (never suspend, revoke or rewrite one)', NEW.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.approved_by IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'parent binding %: bindings are approved in your own name', NEW.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.approved_at IS NULL OR abs(extract(epoch FROM NEW.approved_at - now())) > 900 THEN
        RAISE EXCEPTION 'parent binding %: a binding is approved now', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM binding_requests br JOIN parents p ON p.id = NEW.parent_id
                   WHERE br.id = NEW.request_id AND br.status = 'approved' AND br.decided_by = me
                     AND br.xmin = pg_current_xact_id()::xid
                     AND br.student_id = NEW.student_id AND br.relationship = NEW.relationship
                     AND (br.parent_id = p.id OR br.applicant_national_id_hash = p.national_id_hash)) THEN
        RAISE EXCEPTION 'parent binding %: an active binding needs this transaction''s approval of this parent''s own request for this student', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER parent_bindings_need_request ON parent_bindings;
CREATE TRIGGER parent_bindings_need_request BEFORE INSERT OR UPDATE ON parent_bindings
    FOR EACH ROW EXECUTE FUNCTION cooc_parent_binding_guard();

DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'TEMPORARY on database % stays granted to PUBLIC: the migration role may not revoke it (docs/deploy.md)',
        current_database();
END
$$;

CREATE OR REPLACE FUNCTION cooc_hold_household_subjects(p_request bigint) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
    student bigint;
BEGIN
    IF me IS NULL AND session_user <> current_user THEN -- neither staff nor the owner
        RETURN false;
    END IF;
    SELECT br.student_id INTO student FROM binding_requests br
    WHERE br.id = p_request AND br.status IN ('pending', 'info_requested')
      AND (me IS NULL OR (br.school_id = cooc_current_school_id()
                          AND (cooc_is_school_wide() OR br.student_id = ANY (cooc_homeroom_student_ids()))));
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM 1 FROM students WHERE id = student FOR KEY SHARE;
    PERFORM 1 FROM binding_requests WHERE id = p_request FOR NO KEY UPDATE;
    RETURN true;
END
$$;

CREATE FUNCTION cooc_binding_evidence_times() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF cooc_current_staff_id() IS NOT NULL
       AND ((NEW.household_checked_at IS DISTINCT FROM OLD.household_checked_at AND NEW.household_checked_at > now() + interval '15 minutes')
            OR (NEW.verified_at IS DISTINCT FROM OLD.verified_at AND NEW.verified_at > now() + interval '15 minutes')) THEN
        RAISE EXCEPTION 'binding request %: a check is not dated in the future', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER binding_requests_evidence_times BEFORE UPDATE OF household_checked_at, verified_at ON binding_requests
    FOR EACH ROW EXECUTE FUNCTION cooc_binding_evidence_times();

CREATE FUNCTION cooc_binding_evidence_times_audited() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
BEGIN
    IF me IS NULL THEN
        RETURN NULL;
    END IF;
    IF NEW.household_checked_at IS DISTINCT FROM OLD.household_checked_at
       AND NOT cooc_audited_here(NEW.id, 'binding.household_check', me) THEN
        RAISE EXCEPTION 'binding request %: a new household check time is written with its audit entry (binding.household_check)', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.verified_at IS DISTINCT FROM OLD.verified_at AND NOT cooc_audited_here(NEW.id, 'binding.verify', me) THEN
        RAISE EXCEPTION 'binding request %: a new verification time is written with its audit entry (binding.verify)', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER binding_requests_evidence_times_audited AFTER UPDATE ON binding_requests
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.household_checked_at IS DISTINCT FROM OLD.household_checked_at
          OR NEW.verified_at IS DISTINCT FROM OLD.verified_at)
    EXECUTE FUNCTION cooc_binding_evidence_times_audited();
