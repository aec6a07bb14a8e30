-- 1. A message (and its push) goes only to a parent bound to a student the sender may see. 0002
-- checked the student named on the message but not that the parent was theirs: a teacher could
-- write to any parent of the city under her own student's name, or with no student at all
-- (office staff), and queue a push to any parent for her own message (found by a read-only
-- review, session 12). parent_bindings' own row-level security limits the bindings a sender
-- sees to the students they cover.
DROP POLICY messages_insert ON messages;
CREATE POLICY messages_insert ON messages FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (school_id = (SELECT cooc_current_school_id())
                AND sender_staff_id = (SELECT cooc_current_staff_id())
                AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[]))
                AND EXISTS (SELECT 1 FROM parent_bindings pb
                            WHERE pb.parent_id = messages.parent_id AND pb.status = 'active'
                              AND (messages.student_id IS NULL OR pb.student_id = messages.student_id)));
DROP POLICY push_outbox_insert ON push_outbox;
CREATE POLICY push_outbox_insert ON push_outbox FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (status = 'queued' AND EXISTS (SELECT 1 FROM messages m WHERE m.id = push_outbox.message_id
                                                          AND m.parent_id = push_outbox.parent_id
                                                          AND m.sender_staff_id = (SELECT cooc_current_staff_id())));

-- 2. 0025's rule for staff audit entries, narrowed to entries about binding requests (the
-- decisions and their evidence, which are dated now anyway: 0002 asks decisions to be): a
-- login entry keeps the client's time, as the owner's and the feeds' entries do.
CREATE OR REPLACE FUNCTION cooc_audit_staff_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.entity IS DISTINCT FROM 'binding_request' OR cooc_current_staff_id() IS NULL THEN
        RETURN NEW;
    END IF;
    IF NEW.at IS NULL OR abs(extract(epoch FROM NEW.at - now())) > 900 THEN
        RAISE EXCEPTION 'an audit entry about a binding request is dated now' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM binding_requests br WHERE br.id = NEW.entity_id) THEN
        RAISE EXCEPTION 'binding request %: audit entries only about requests you may see', NEW.entity_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
