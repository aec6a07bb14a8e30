-- Five holes a review found in what the central database lets staff do around a binding
-- decision (each tested in tst_central_security):
--
-- 1. A request's parent_id was writable by its deciders. No client writes it, but the read
--    and update policies of parents and accounts trust it: a teacher who pointed her own
--    request at any parent of the city could read that parent's record, change their name and
--    phone, and bind them to her student. Staff may no longer change it.
-- 2. A parent account could be opened by staff for any parent they could see, with any login
--    and password hash: a login of their own for someone else's parent. And every staff member
--    could read every visible parent's password hash. An account is now opened only by the
--    transaction that approves that parent's request, and no hash is readable by staff; a
--    request that merely uses a parent's e-mail address no longer shows staff that parent.
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

-- 2. Parent accounts and password hashes. An account is opened only by the transaction that
-- approves that parent's request, in the approver's name, with the parent's e-mail (the
-- request's, or the one on the parent's record) as login: cooc_open_parent_account, which
-- copies the initial password hash from the request itself. Staff have no INSERT on accounts
-- any more, and read neither accounts.password_hash nor binding_requests.initial_password_hash
-- (a hash that can be read can be cracked offline; the initial one is the last 6 of an ID whose
-- last 4 staff see): every other column is granted by name. A column added to either table
-- later must be granted in its own migration. cooc_request_has_initial_password tells the
-- client whether an account can be opened. (Not a generated column: a BEFORE trigger sees
-- NULL in one, and the guard compares a decided request's whole row.)
CREATE FUNCTION cooc_request_has_initial_password(p_request bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(br.initial_password_hash, '') <> '' FROM binding_requests br
    WHERE br.id = p_request AND (cooc_current_staff_id() IS NULL OR br.school_id = cooc_current_school_id())
$$;
REVOKE ALL ON FUNCTION cooc_request_has_initial_password(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cooc_request_has_initial_password(bigint) TO cooc_staff;

DO $$
DECLARE
    hidden constant text[] := ARRAY['accounts.password_hash', 'binding_requests.initial_password_hash'];
    t text;
    columns text;
BEGIN
    FOREACH t IN ARRAY ARRAY['accounts', 'binding_requests']
    LOOP
        SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO columns
        FROM pg_attribute a
        WHERE a.attrelid = t::regclass AND a.attnum > 0 AND NOT a.attisdropped
          AND NOT (t || '.' || a.attname) = ANY (hidden);
        EXECUTE format('REVOKE SELECT ON %I FROM cooc_staff, parent_view_reader', t);
        EXECUTE format('GRANT SELECT (%s) ON %I TO cooc_staff, parent_view_reader', columns, t);
    END LOOP;
END
$$;

DROP POLICY accounts_parent_insert ON accounts;
REVOKE INSERT ON accounts FROM homeroom_teacher, office_staff;

CREATE FUNCTION cooc_open_parent_account(p_request bigint, p_parent bigint, p_login text, p_at timestamptz)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
    hash text;
    account bigint;
BEGIN
    -- The request approved by this very transaction (its row's xmin), in the caller's name when
    -- the caller is staff (the owner and other non-staff roles, which may write accounts
    -- anyway, are not asked); the parent is its applicant (national-ID hashes are unique).
    SELECT br.initial_password_hash INTO hash
    FROM binding_requests br JOIN parents p ON p.national_id_hash = br.applicant_national_id_hash
    WHERE br.id = p_request AND p.id = p_parent AND br.status = 'approved'
      AND br.xmin = pg_current_xact_id()::xid AND (me IS NULL OR br.decided_by = me)
      AND lower(btrim(p_login)) IN (lower(btrim(br.applicant_email)), lower(btrim(p.email)));
    IF nullif(hash, '') IS NULL THEN
        RAISE EXCEPTION 'binding request %: a parent account is opened only by the approval of that parent''s request, with their e-mail as login and the initial password the request carries', p_request
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- One account per parent (a parent with several children keeps one): a second approval that
    -- raced the first is refused as a duplicate, reads again and reuses it.
    IF EXISTS (SELECT 1 FROM accounts a WHERE a.parent_id = p_parent AND a.kind = 'parent') THEN
        RAISE EXCEPTION 'parent % already has an account', p_parent USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO accounts (login, kind, parent_id, password_hash, must_change_password, created_at)
    VALUES (p_login, 'parent', p_parent, hash, TRUE, p_at)
    RETURNING id INTO account;
    RETURN account;
END
$$;
REVOKE ALL ON FUNCTION cooc_open_parent_account(bigint, bigint, text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cooc_open_parent_account(bigint, bigint, text, timestamptz) TO homeroom_teacher, office_staff;

-- The decision in one call (0018) opens the account through it, and no longer takes a hash
-- from the client: the hash never passes through the client.
DROP FUNCTION cooc_record_binding_decision(bigint, integer, text, bigint, timestamptz, text, text, boolean, text,
                                           boolean, bigint, text, text, text, text, text, text, bigint, text, text,
                                           bigint, bigint, text, text, text, bigint, text, text, text);
CREATE FUNCTION cooc_record_binding_decision(
    p_request bigint, p_version integer, p_status text, p_staff bigint, p_at timestamptz,
    p_reason text, p_note text, p_paper boolean, p_household text,
    p_approve boolean, p_parent bigint, p_parent_name text, p_parent_email text, p_parent_phone text,
    p_id_hash text, p_id_masked text, p_id_last4 text,
    p_account bigint, p_login text,
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
        o_account := coalesce(p_account, cooc_open_parent_account(p_request, o_parent, p_login, p_at));
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

-- 2b. A parent's record was readable by staff of any school where a request had used that
-- parent's e-mail address: anybody may apply with someone else's address (the approval
-- then refuses it, by the unique e-mail key). A parent is an applicant of a request by
-- parent_id or national-ID hash only.
DROP POLICY parents_read ON parents;
CREATE POLICY parents_read ON parents FOR SELECT
    USING (EXISTS (SELECT 1 FROM parent_bindings pb WHERE pb.parent_id = parents.id)
           OR EXISTS (SELECT 1 FROM binding_requests br WHERE br.parent_id = parents.id)
           OR EXISTS (SELECT 1 FROM binding_requests br
                      WHERE br.applicant_national_id_hash = parents.national_id_hash));

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
