-- What a staff member may write by hand (psql, a modified client) is checked as strictly as
-- what the client writes (a read-only security review, session 12, showed each hole below with
-- plain SQL as a homeroom teacher):
--
-- 1. Parent bindings. The guard of 0002 looked only at active bindings, so a teacher could
--    insert a 'suspended' binding to any parent of the city — and the parents/accounts read
--    and update policies trust any visible binding: that parent's record became readable and
--    writable. It could also revoke, re-activate or re-date bindings, unaudited. And it
--    counted a request that merely used the parent's e-mail address as "the parent's own",
--    so approving a stranger's request that named a parent's address bound that parent.
--    Now every binding a staff member writes is an active one, made by the approval of that
--    parent's own request (the request's parent, or the applicant by national-ID hash) for
--    that student, with the request's relationship, by this very transaction, in the
--    approver's name. Bindings are never suspended or revoked by staff (the client does not).
-- 2. Request history. Staff wrote any kind of event into any visible request, dated as they
--    liked (a backdated "approved" into a decided request, with a note). Now staff write only
--    the kinds the client writes, dated now (±15 min, as decisions are, 0002); a decision's
--    event only in the decision's own transaction, of the request's new status.
-- 3. Audit entries. Staff dated entries as they liked and wrote entries about requests they
--    cannot see; the chain then covered the fabrication. Now a staff entry is dated now
--    (±15 min) and an entry about a binding request needs that request to be one the writer
--    may see.
-- 4. A TOTAL_PASSED verdict written by staff needs the signature it is about and its report:
--    a request with no signature could be marked verified and approved without the paper
--    form. (The verdict itself comes from the client's verifier; `cooc-desk-cli verify` and
--    the stored report let an audit re-run it.)

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

CREATE FUNCTION cooc_binding_event_guard() RETURNS trigger
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
    RETURN NEW;
END
$$;
CREATE TRIGGER binding_request_events_staff BEFORE INSERT ON binding_request_events
    FOR EACH ROW EXECUTE FUNCTION cooc_binding_event_guard();

-- SECURITY INVOKER on purpose: "a request the writer may see" is the writer's own row-level
-- security on binding_requests.
CREATE FUNCTION cooc_audit_staff_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $$
BEGIN
    IF cooc_current_staff_id() IS NULL THEN
        RETURN NEW;
    END IF;
    IF NEW.at IS NULL OR abs(extract(epoch FROM NEW.at - now())) > 900 THEN
        RAISE EXCEPTION 'an audit entry is dated now' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.entity = 'binding_request'
       AND NOT EXISTS (SELECT 1 FROM binding_requests br WHERE br.id = NEW.entity_id) THEN
        RAISE EXCEPTION 'binding request %: audit entries only about requests you may see', NEW.entity_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_staff_guard BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION cooc_audit_staff_guard();

CREATE FUNCTION cooc_binding_verdict_evidence() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF cooc_current_staff_id() IS NOT NULL AND NEW.verification_verdict = 'TOTAL_PASSED'
       AND OLD.verification_verdict IS DISTINCT FROM 'TOTAL_PASSED'
       AND (NEW.signature IS NULL OR nullif(btrim(NEW.verification_report), '') IS NULL) THEN
        RAISE EXCEPTION 'binding request %: TOTAL_PASSED needs the stored signature and its verification report', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER binding_requests_verdict_evidence BEFORE UPDATE OF verification_verdict ON binding_requests
    FOR EACH ROW EXECUTE FUNCTION cooc_binding_verdict_evidence();
