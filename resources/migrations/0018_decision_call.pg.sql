-- PostgreSQL only: a decision on a binding request written in one call. The client reads the
-- request and the applicant's record, checks its rules (BindingReviewService), builds the
-- event's and the audit entry's content, and sends the writes as this one statement instead
-- of eight (BEGIN, the claim, parent, account, binding, event, audit entry, COMMIT): over a
-- city network each is a round trip, and under load each waits for a core. SQLite runs the
-- same writes as separate statements in its transaction
-- (BindingRequestRepository::recordDecision); docs/binding-review.md lists both.
--
-- SECURITY INVOKER: every statement runs as the calling staff member, under the same grants,
-- row-level security policies and triggers as the client's own statements — the function
-- decides nothing, it only saves round trips. A lost claim (another reviewer decided first,
-- or the household result changed under a fast-track approval) writes nothing and returns
-- o_claimed = false. The ids the writes make are appended to the event's and the audit
-- entry's JSON (p_event_detail / p_audit_detail are compact JSON objects), as SQLite's path
-- appends them.
-- A compact JSON object with members appended (",\"key\":value…", or '' for none).
CREATE FUNCTION cooc_json_with(p_object text, p_members text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_members = '' THEN p_object
                WHEN p_object = '{}' THEN '{' || substr(p_members, 2) || '}'
                ELSE left(p_object, -1) || p_members || '}' END
$$;

CREATE FUNCTION cooc_record_binding_decision(
    p_request bigint, p_version integer, p_status text, p_staff bigint, p_at timestamptz,
    p_reason text, p_note text, p_paper boolean, p_household text,
    p_approve boolean, p_parent bigint, p_parent_name text, p_parent_email text, p_parent_phone text,
    p_id_hash text, p_id_masked text, p_id_last4 text,
    p_account bigint, p_login text, p_password_hash text,
    p_binding bigint, p_student bigint, p_relationship text,
    p_event_kind text, p_event_detail text,
    p_school bigint, p_actor_login text, p_audit_action text, p_audit_detail text,
    OUT o_claimed boolean, OUT o_parent bigint, OUT o_account bigint, OUT o_binding bigint, OUT o_audit bigint)
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
    ids text := '';
BEGIN
    UPDATE binding_requests SET status = p_status, decided_by = p_staff, decided_at = p_at, decision_reason = p_reason,
           decision_note = p_note, paper_consent_checked = p_paper, version = version + 1
    WHERE id = p_request AND version = p_version AND status IN ('pending', 'info_requested')
      AND (p_household IS NULL OR household_result = p_household);
    o_claimed := FOUND;
    IF NOT o_claimed THEN
        RETURN;
    END IF;
    IF p_approve THEN
        o_parent := p_parent;
        IF o_parent IS NULL THEN
            INSERT INTO parents (name, email, phone, national_id_hash, national_id_masked, id_last4)
            VALUES (p_parent_name, p_parent_email, p_parent_phone, p_id_hash, p_id_masked, p_id_last4)
            RETURNING id INTO o_parent;
        END IF;
        o_account := p_account;
        IF o_account IS NULL THEN
            INSERT INTO accounts (login, kind, parent_id, password_hash, must_change_password, created_at)
            VALUES (p_login, 'parent', o_parent, p_password_hash, TRUE, p_at)
            RETURNING id INTO o_account;
        END IF;
        o_binding := p_binding;
        IF o_binding IS NULL THEN
            INSERT INTO parent_bindings (parent_id, student_id, relationship, status, request_id, approved_by, approved_at)
            VALUES (o_parent, p_student, p_relationship, 'active', p_request, p_staff, p_at)
            RETURNING id INTO o_binding;
        ELSE
            UPDATE parent_bindings SET status = 'active', relationship = p_relationship, request_id = p_request,
                   approved_by = p_staff, approved_at = p_at, ended_at = NULL
            WHERE id = o_binding AND status <> 'active';
            IF NOT FOUND THEN -- another approval reactivated it since it was read
                RAISE EXCEPTION 'parent binding % is already active', o_binding USING ERRCODE = 'unique_violation';
            END IF;
        END IF;
        ids := format(',"parent_id":%s,"binding_id":%s', o_parent, o_binding);
    END IF;
    INSERT INTO binding_request_events (request_id, at, actor_staff_id, kind, detail)
    VALUES (p_request, p_at, p_staff, p_event_kind, cooc_json_with(p_event_detail, ids));
    IF p_approve THEN
        ids := ids || format(',"account_id":%s', o_account);
    END IF;
    INSERT INTO audit_log (at, school_id, actor_login, actor_staff_id, action, entity, entity_id, detail,
                           prev_hash, hash, chain)
    VALUES (p_at, p_school, p_actor_login, p_staff, p_audit_action, 'binding_request', p_request,
            cooc_json_with(p_audit_detail, ids), '', '', p_school)
    RETURNING id INTO o_audit;
END
$$;

REVOKE ALL ON FUNCTION cooc_record_binding_decision FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cooc_record_binding_decision TO homeroom_teacher, office_staff;
