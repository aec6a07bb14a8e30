-- A decision on a binding request is audited by the database, not only by the client.
--
-- The client writes every decision with its audit entry in one transaction (one call on
-- PostgreSQL, 0018). A staff member with psql could still change a request's status by a plain
-- UPDATE and leave no entry. From this version the database refuses that: a decision by a staff
-- member (a new status, or a new decision time — asking again for information) commits only with
-- an audit entry for that request, of the decision's action, in the decider's name, written by
-- the same transaction (the entry's xmin is the transaction's own id; an entry from an earlier
-- transaction, or one in a savepoint, does not count). The check is a deferred constraint
-- trigger: it runs at commit, when the entry exists, whatever order the statements came in.
-- The owner and other non-staff roles (migrations, the SIS feed, the parent app's service) are
-- not staff and are not asked.
--
-- The guard of 0014 gains two rules the client already keeps: only the parent withdraws a
-- request (staff cannot), and asking for information says what is needed.

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

CREATE FUNCTION cooc_binding_decision_audited() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    wanted text := CASE NEW.status WHEN 'approved' THEN 'binding.approve' WHEN 'rejected' THEN 'binding.reject'
                                   WHEN 'info_requested' THEN 'binding.request_info' END;
BEGIN
    IF cooc_current_staff_id() IS NULL THEN
        RETURN NULL;
    END IF;
    IF wanted IS NULL OR NOT EXISTS (
           SELECT 1 FROM audit_log a
           WHERE a.entity = 'binding_request' AND a.entity_id = NEW.id AND a.action = wanted
             AND a.actor_staff_id = NEW.decided_by AND a.xmin = pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'binding request %: the decision (%) was not audited: a decision is written with its audit entry (%) in the same transaction',
            NEW.id, NEW.status, coalesce(wanted, '-') USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER binding_requests_audited AFTER UPDATE ON binding_requests
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.status IS DISTINCT FROM OLD.status OR NEW.decided_at IS DISTINCT FROM OLD.decided_at)
    EXECUTE FUNCTION cooc_binding_decision_audited();
