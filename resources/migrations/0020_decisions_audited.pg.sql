-- A decision on a binding request is audited by the database, not only by the client.
--
-- The client writes every decision with its audit entry in one transaction (one call on
-- PostgreSQL, 0018). A staff member with psql could still change a request's status by a plain
-- UPDATE and leave no entry. From this version the database refuses that: a decision by a staff
-- member (a new status, or a new decision time — asking again for information) commits only with
-- an audit entry for that request, of the decision's action, in the decider's name, written by
-- the same transaction (the entry's xmin is the transaction's own id; an entry from an earlier
-- transaction, or one in a savepoint, does not count). So do the two results staff may write:
-- a new e-signature verification result needs its `binding.verify` entry, a new household
-- result its `binding.household_check` entry — a verdict cannot be changed unseen. The check is a deferred constraint
-- trigger: it runs at commit, when the entry exists, whatever order the statements came in.
-- The owner and other non-staff roles (migrations, the SIS feed, the parent app's service) are
-- not staff and are not asked.
--
-- The guard of 0014 gains three rules the client already keeps: only the parent withdraws a
-- request (staff cannot); asking for information says what is needed; and the words of a
-- decision (reason, note, paper form, decider) change only with a decision — a new status or
-- decision time, which needs its audit entry — so the text a parent reads cannot be rewritten
-- unseen.

CREATE OR REPLACE FUNCTION cooc_binding_request_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
    reason text := coalesce(nullif(btrim(NEW.decision_reason), ''), nullif(btrim(NEW.decision_note), ''));
    other_than_place binding_requests;
BEGIN
    IF NEW.version < OLD.version OR NEW.version > OLD.version + 1 THEN
        RAISE EXCEPTION 'binding request %: version may only go from % to %', OLD.id, OLD.version, OLD.version + 1
            USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status NOT IN ('pending', 'info_requested') THEN
        other_than_place := NEW;
        other_than_place.place_key := OLD.place_key;
        IF other_than_place IS DISTINCT FROM OLD THEN
            RAISE EXCEPTION 'binding request % is already %: a decided request cannot change', OLD.id, OLD.status
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF NEW.status = 'pending' THEN
            RAISE EXCEPTION 'binding request %: % cannot go back to pending', OLD.id, OLD.status
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.version <> OLD.version + 1 THEN
            RAISE EXCEPTION 'binding request %: a decision must change version from % to %', OLD.id, OLD.version,
                OLD.version + 1 USING ERRCODE = 'check_violation';
        END IF;
    ELSIF NEW.status = 'pending' AND (NEW.decided_by IS DISTINCT FROM OLD.decided_by
                                      OR NEW.decided_at IS DISTINCT FROM OLD.decided_at) THEN
        RAISE EXCEPTION 'binding request %: a decision needs a new status', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF me IS NOT NULL AND NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.decided_at IS NOT DISTINCT FROM OLD.decided_at
       AND (NEW.decision_reason, NEW.decision_note, NEW.paper_consent_checked, NEW.decided_by)
           IS DISTINCT FROM (OLD.decision_reason, OLD.decision_note, OLD.paper_consent_checked, OLD.decided_by) THEN
        RAISE EXCEPTION 'binding request %: a decision''s reason, note or decider change only with a new decision', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF me IS NOT NULL AND NEW.status = 'withdrawn' AND OLD.status <> 'withdrawn' THEN
        RAISE EXCEPTION 'binding request %: only the parent withdraws a request', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF me IS NOT NULL AND NEW.decided_by IS DISTINCT FROM me
       AND (NEW.decided_by IS DISTINCT FROM OLD.decided_by
            OR (NEW.status IS DISTINCT FROM OLD.status AND NEW.status <> 'withdrawn')) THEN
        RAISE EXCEPTION 'binding request %: decisions are recorded in your own name (decided_by %)', OLD.id, me
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status IN ('approved', 'rejected') THEN
        IF NEW.decided_at IS NULL THEN
            RAISE EXCEPTION 'binding request %: % needs decided_at', OLD.id, NEW.status
                USING ERRCODE = 'check_violation';
        END IF;
        IF me IS NOT NULL AND abs(extract(epoch FROM NEW.decided_at - now())) > 900 THEN
            RAISE EXCEPTION 'binding request %: decided_at must be the current time', OLD.id
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF NEW.status = 'approved' THEN
        IF NOT cooc_student_placed_at(NEW.student_id, NEW.school_id) THEN
            RAISE EXCEPTION 'binding request %: the student is not currently enrolled in a class at this school', OLD.id
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.verification_verdict <> 'TOTAL_PASSED' AND NOT (NEW.paper_consent_checked AND reason IS NOT NULL) THEN
            RAISE EXCEPTION 'binding request %: approval needs a TOTAL_PASSED signature, or the paper consent form checked with a reason', OLD.id
                USING ERRCODE = 'check_violation';
        END IF;
    ELSIF NEW.status = 'rejected' AND reason IS NULL THEN
        RAISE EXCEPTION 'binding request %: a rejection needs a reason', OLD.id USING ERRCODE = 'check_violation';
    ELSIF NEW.status = 'info_requested' AND reason IS NULL
          AND (OLD.status <> 'info_requested' OR NEW.decided_at IS DISTINCT FROM OLD.decided_at) THEN
        RAISE EXCEPTION 'binding request %: asking the parent for information needs a note saying what is needed', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

-- An audit entry about request p_request, of action p_action, by staff member p_staff, written by
-- this very transaction (its xmin is the transaction's id; an entry from an earlier transaction
-- or a savepoint does not count).
CREATE FUNCTION cooc_audited_here(p_request bigint, p_action text, p_staff bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM audit_log a
                   WHERE a.entity = 'binding_request' AND a.entity_id = p_request AND a.action = p_action
                     AND a.actor_staff_id = p_staff AND a.xmin = pg_current_xact_id()::xid)
$$;
REVOKE ALL ON FUNCTION cooc_audited_here(bigint, text, bigint) FROM PUBLIC;

CREATE FUNCTION cooc_binding_decision_audited() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
    decided boolean := NEW.status IS DISTINCT FROM OLD.status OR NEW.decided_at IS DISTINCT FROM OLD.decided_at;
    wanted text;
BEGIN
    IF me IS NULL THEN
        RETURN NULL;
    END IF;
    -- Each kind of change needs its own entry: a decision, a new verification result, a new
    -- household result (one UPDATE changing two of them needs both entries).
    IF decided THEN
        wanted := CASE NEW.status WHEN 'approved' THEN 'binding.approve' WHEN 'rejected' THEN 'binding.reject'
                                  WHEN 'info_requested' THEN 'binding.request_info' END;
        IF wanted IS NULL OR NOT cooc_audited_here(NEW.id, wanted, NEW.decided_by) THEN
            RAISE EXCEPTION 'binding request %: the decision (%) was not audited: a decision is written with its audit entry (%) in the same transaction',
                NEW.id, NEW.status, coalesce(wanted, '-') USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF (NEW.verification_verdict, NEW.verification_subindication, NEW.verification_report)
           IS DISTINCT FROM (OLD.verification_verdict, OLD.verification_subindication, OLD.verification_report)
       AND NOT cooc_audited_here(NEW.id, 'binding.verify', me) THEN
        RAISE EXCEPTION 'binding request %: the new verification result was not audited: it is written with its audit entry (binding.verify) in the same transaction',
            NEW.id USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.household_result IS DISTINCT FROM OLD.household_result
       AND NOT cooc_audited_here(NEW.id, 'binding.household_check', me) THEN
        RAISE EXCEPTION 'binding request %: the new household result was not audited: it is written with its audit entry (binding.household_check) in the same transaction',
            NEW.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER binding_requests_audited AFTER UPDATE ON binding_requests
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.status IS DISTINCT FROM OLD.status OR NEW.decided_at IS DISTINCT FROM OLD.decided_at
          OR NEW.verification_verdict IS DISTINCT FROM OLD.verification_verdict
          OR NEW.verification_subindication IS DISTINCT FROM OLD.verification_subindication
          OR NEW.verification_report IS DISTINCT FROM OLD.verification_report
          OR NEW.household_result IS DISTINCT FROM OLD.household_result)
    EXECUTE FUNCTION cooc_binding_decision_audited();
