-- PostgreSQL: the place key of binding requests (see 0014_queue_place_key.sql) filled in
-- and kept up to date by triggers that run as the owner, whoever changed the enrollment.

-- The decision guard of 0002, with one change: a decided request is final except for its
-- place key, which follows the student's enrollment (the key is not a decision).
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
    END IF;
    RETURN NEW;
END
$$;

-- The key of one (student, school) as it should be.
CREATE FUNCTION cooc_place_key(p_student bigint, p_school bigint) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT k.place_key FROM student_place_keys k
                     WHERE k.student_id = p_student AND k.school_id = p_school), 0);
END
$$;

UPDATE binding_requests br SET place_key = k.place_key
FROM student_place_keys k
WHERE k.student_id = br.student_id AND k.school_id = br.school_id AND br.place_key <> k.place_key;

-- Only the owner reads the view (the functions below run as the owner).
REVOKE ALL ON student_place_keys FROM PUBLIC;

-- A new request takes its key before it is stored.
CREATE FUNCTION cooc_binding_request_place() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    NEW.place_key := cooc_place_key(NEW.student_id, NEW.school_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER binding_requests_place BEFORE INSERT OR UPDATE OF student_id, school_id ON binding_requests
    FOR EACH ROW EXECUTE FUNCTION cooc_binding_request_place();

-- Enrollments and classes change in bulk (a school year's import, the demo generator), so
-- these triggers run once per statement: one UPDATE gives the requests of every (student,
-- school) the statement touched their key again, writing only the rows whose key changes.
CREATE FUNCTION cooc_refresh_place_keys() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    students bigint[];
    schools bigint[];
BEGIN
    -- Which (student, school) pairs the statement touched (transition tables new_rows, old_rows).
    IF TG_TABLE_NAME = 'classes' THEN
        SELECT array_agg(e.student_id), array_agg(e.school_id) INTO students, schools
        FROM enrollments e JOIN new_rows c ON c.id = e.class_id;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(student_id), array_agg(school_id) INTO students, schools FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(student_id), array_agg(school_id) INTO students, schools FROM old_rows;
    ELSE
        SELECT array_agg(student_id), array_agg(school_id) INTO students, schools
        FROM (SELECT student_id, school_id FROM old_rows UNION ALL SELECT student_id, school_id FROM new_rows) t;
    END IF;
    UPDATE binding_requests br SET place_key = cooc_place_key(br.student_id, br.school_id)
    FROM (SELECT DISTINCT t.student_id, t.school_id FROM unnest(students, schools) AS t(student_id, school_id)) touched
    WHERE br.student_id = touched.student_id AND br.school_id = touched.school_id
      AND br.place_key <> cooc_place_key(br.student_id, br.school_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER enrollments_place_insert AFTER INSERT ON enrollments REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cooc_refresh_place_keys();
CREATE TRIGGER enrollments_place_update AFTER UPDATE ON enrollments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cooc_refresh_place_keys();
CREATE TRIGGER enrollments_place_delete AFTER DELETE ON enrollments REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cooc_refresh_place_keys();
CREATE TRIGGER classes_place AFTER UPDATE ON classes REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cooc_refresh_place_keys();
