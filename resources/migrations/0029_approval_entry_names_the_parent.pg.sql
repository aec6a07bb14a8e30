-- Two small holes a read-only review found (session 12):
--
-- 1. The decision call (0023) takes the parent's existing account as given (p_account) and
--    writes it into the approval's audit entry: a wrong id made the entry name an account that
--    is not the parent's (or none). A staff member's binding.approve entry that names a parent,
--    an account or a binding must name the parent's own account and binding.
-- 2. cooc_request_has_initial_password answered for any request of the caller's school; now
--    only for a request the caller may see (a homeroom teacher: her class's).

CREATE FUNCTION cooc_approval_entry_consistent() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    detail jsonb;
    parent bigint;
BEGIN
    IF NEW.action IS DISTINCT FROM 'binding.approve' OR cooc_current_staff_id() IS NULL THEN
        RETURN NEW;
    END IF;
    BEGIN
        detail := NEW.detail::jsonb;
    EXCEPTION WHEN others THEN
        detail := NULL;
    END;
    IF detail IS NULL OR jsonb_typeof(detail) <> 'object' THEN
        RETURN NEW; -- names nothing
    END IF;
    parent := (detail ->> 'parent_id')::bigint;
    IF (detail ? 'account_id' AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = (detail ->> 'account_id')::bigint
                                                                      AND a.kind = 'parent' AND a.parent_id = parent))
       OR (detail ? 'binding_id' AND NOT EXISTS (SELECT 1 FROM parent_bindings pb
                                                 WHERE pb.id = (detail ->> 'binding_id')::bigint
                                                   AND pb.parent_id = parent AND pb.request_id = NEW.entity_id)) THEN
        RAISE EXCEPTION 'binding request %: the approval''s audit entry names an account or binding that is not this parent''s', NEW.entity_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
    RAISE EXCEPTION 'binding request %: the approval''s audit entry names ids that are not numbers', NEW.entity_id
        USING ERRCODE = 'check_violation';
END
$$;
CREATE TRIGGER audit_log_approval_consistent BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION cooc_approval_entry_consistent();

CREATE OR REPLACE FUNCTION cooc_request_has_initial_password(p_request bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(br.initial_password_hash, '') <> '' FROM binding_requests br
    WHERE br.id = p_request
      AND (cooc_current_staff_id() IS NULL
           OR (br.school_id = cooc_current_school_id()
               AND (cooc_is_school_wide() OR br.student_id = ANY (cooc_homeroom_student_ids()))))
$$;
