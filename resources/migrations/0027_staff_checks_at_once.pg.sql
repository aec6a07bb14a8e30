-- 0025's checks, tightened after a read-only review of them (session 12):
--
-- 1. A parent binding written by staff is checked at once, not at commit: until the COMMIT
--    refused it, the uncommitted binding already opened the parents' and accounts' read
--    policies, so a teacher could read any parent's record and roll back. The rules that need
--    the decision's audit entry (written last by the decision call) stay at commit.
-- 2. Staff change nothing on a decided request, not even by a no-op UPDATE: that gave the row
--    the transaction's xmin without an audit entry, which 0025 took for "approved by this
--    transaction" — a revoked binding could be re-activated, an old request given a new
--    "approved" event. Bindings and decision events now also need the decision's audit entry.
-- 3. A binding's approval time is now (±15 min), as a decision's is.
-- 4. A TOTAL_PASSED verdict written by staff needs a report that says TOTAL_PASSED about this
--    very signature (the report's inputs.signature_sha256 is the stored signature's SHA-256).
-- 5. 'verified' events come with the new verification result and its audit entry;
--    'household_checked' events with their audit entry, on an open request.
-- 6. A household check's answer is recorded while the request's and the student's rows are
--    held (cooc_hold_household_subjects): an ID correction committing meanwhile either waits
--    for the answer (and then clears it, 0024) or is seen by it (and the answer is refused).

CREATE OR REPLACE FUNCTION cooc_parent_binding_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
BEGIN
    IF me IS NULL THEN
        RETURN NULL;
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
    RETURN NULL;
END
$$;
DROP TRIGGER parent_bindings_need_request ON parent_bindings;
CREATE TRIGGER parent_bindings_need_request AFTER INSERT OR UPDATE ON parent_bindings
    FOR EACH ROW EXECUTE FUNCTION cooc_parent_binding_guard();

CREATE FUNCTION cooc_parent_binding_audited() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
BEGIN
    IF me IS NOT NULL AND NOT cooc_audited_here(NEW.request_id, 'binding.approve', me) THEN
        RAISE EXCEPTION 'parent binding %: a binding is written with its approval''s audit entry (binding.approve) in the same transaction', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER parent_bindings_audited AFTER INSERT OR UPDATE ON parent_bindings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cooc_parent_binding_audited();

CREATE FUNCTION cooc_binding_request_decided_frozen() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF OLD.status NOT IN ('pending', 'info_requested') AND cooc_current_staff_id() IS NOT NULL THEN
        RAISE EXCEPTION 'binding request % is already %: staff change nothing on it', OLD.id, OLD.status
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER binding_requests_decided_frozen BEFORE UPDATE ON binding_requests
    FOR EACH ROW EXECUTE FUNCTION cooc_binding_request_decided_frozen();

CREATE OR REPLACE FUNCTION cooc_binding_verdict_evidence() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    report jsonb;
BEGIN
    IF cooc_current_staff_id() IS NULL OR NEW.verification_verdict IS DISTINCT FROM 'TOTAL_PASSED'
       OR OLD.verification_verdict IS NOT DISTINCT FROM 'TOTAL_PASSED' THEN
        RETURN NEW;
    END IF;
    BEGIN
        report := NEW.verification_report::jsonb;
    EXCEPTION WHEN others THEN
        report := NULL;
    END;
    IF NEW.signature IS NULL OR report IS NULL OR jsonb_typeof(report) <> 'object'
       OR report ->> 'verdict' IS DISTINCT FROM 'TOTAL_PASSED'
       OR report #>> '{inputs,signature_sha256}' IS DISTINCT FROM encode(sha256(NEW.signature), 'hex') THEN
        RAISE EXCEPTION 'binding request %: TOTAL_PASSED needs the stored signature and a TOTAL_PASSED report about that signature', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION cooc_binding_event_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
BEGIN
    IF me IS NULL THEN
        RETURN NEW;
    END IF;
    IF NEW.kind NOT IN ('approved', 'rejected', 'info_requested', 'verified', 'household_checked') THEN
        RAISE EXCEPTION 'binding request %: staff do not write % events', NEW.request_id, NEW.kind
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.at IS NULL OR abs(extract(epoch FROM NEW.at - now())) > 900 THEN
        RAISE EXCEPTION 'binding request %: an event is dated now', NEW.request_id USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.kind IN ('approved', 'rejected', 'info_requested')
       AND NOT EXISTS (SELECT 1 FROM binding_requests br
                       WHERE br.id = NEW.request_id AND br.status = NEW.kind AND br.decided_by = me
                         AND br.xmin = pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'binding request %: a % event is written only with that decision', NEW.request_id, NEW.kind
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.kind = 'verified'
       AND NOT EXISTS (SELECT 1 FROM binding_requests br
                       WHERE br.id = NEW.request_id AND br.xmin = pg_current_xact_id()::xid) THEN
        RAISE EXCEPTION 'binding request %: a verified event is written only with the new verification result', NEW.request_id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.kind = 'household_checked'
       AND NOT EXISTS (SELECT 1 FROM binding_requests br
                       WHERE br.id = NEW.request_id AND br.status IN ('pending', 'info_requested')) THEN
        RAISE EXCEPTION 'binding request %: a decided request takes no household check', NEW.request_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

-- Every staff event comes with its audit entry, by the same transaction (at commit: the
-- decision call writes the entry last).
CREATE FUNCTION cooc_binding_event_audited() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
    wanted text := CASE NEW.kind WHEN 'approved' THEN 'binding.approve' WHEN 'rejected' THEN 'binding.reject'
                                 WHEN 'info_requested' THEN 'binding.request_info' WHEN 'verified' THEN 'binding.verify'
                                 WHEN 'household_checked' THEN 'binding.household_check' END;
BEGIN
    IF me IS NOT NULL AND (wanted IS NULL OR NOT cooc_audited_here(NEW.request_id, wanted, me)) THEN
        RAISE EXCEPTION 'binding request %: a % event is written with its audit entry (%) in the same transaction',
            NEW.request_id, NEW.kind, coalesce(wanted, '-') USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER binding_request_events_audited AFTER INSERT ON binding_request_events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cooc_binding_event_audited();

-- Holds a request's student row, then the request's row (FOR SHARE) for the rest of the
-- transaction, for a caller who may see the request (staff: by their scope; the owner and
-- feeds: any). Student first, as an ID correction takes them (its trigger then updates the
-- requests): the other order could deadlock with it.
CREATE FUNCTION cooc_hold_household_subjects(p_request bigint) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
    student bigint;
BEGIN
    SELECT br.student_id INTO student FROM binding_requests br
    WHERE br.id = p_request
      AND (me IS NULL OR (br.school_id = cooc_current_school_id()
                          AND (cooc_is_school_wide() OR br.student_id = ANY (cooc_homeroom_student_ids()))));
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM 1 FROM students WHERE id = student FOR SHARE;
    PERFORM 1 FROM binding_requests WHERE id = p_request FOR SHARE;
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION cooc_hold_household_subjects(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cooc_hold_household_subjects(bigint) TO homeroom_teacher, office_staff;
