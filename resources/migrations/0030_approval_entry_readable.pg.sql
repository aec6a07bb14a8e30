-- 0029, reviewed (session 12): an approval entry whose detail PostgreSQL could not read as JSON
-- (e.g. a "\u0000", which Qt reads) skipped the check, as did ids written as strings. A staff
-- member's binding.approve entry now has a detail that is a JSON object PostgreSQL reads, its
-- parent_id, binding_id and account_id — where present — are numbers, and they name the
-- parent's own account and binding. The check no longer opens a subtransaction for every
-- other entry.
CREATE OR REPLACE FUNCTION cooc_approval_entry_consistent() RETURNS trigger
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
    IF detail IS NULL OR jsonb_typeof(detail) <> 'object'
       OR EXISTS (SELECT 1 FROM unnest(ARRAY['parent_id', 'binding_id', 'account_id']) AS k(key)
                  WHERE detail ? k.key AND jsonb_typeof(detail -> k.key) <> 'number') THEN
        RAISE EXCEPTION 'binding request %: an approval''s audit entry is a JSON object whose ids are numbers', NEW.entity_id
            USING ERRCODE = 'check_violation';
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
END
$$;
