-- Why a binding request has left a homeroom teacher's list. Row-level security shows a teacher
-- only the students currently enrolled in their class, so once a student transfers out,
-- graduates or changes class mid-decision, the teacher's connection sees neither the request
-- nor the ended enrollment, and the client could only say "not in your class" (or "does not
-- exist"). This tells the homeroom teacher of a class the student was in this school year —
-- and nobody else — what became of that enrollment: the student's name (which the teacher
-- knew), how it ended and when, and whether the student is enrolled at the school again since
-- (1: not yet placed in a class, 2: in another class; which one is not said). Only for a
-- request still waiting for a decision (one that was on her list). Nothing about another
-- school, year or class, and no national ID or contact data.
CREATE FUNCTION cooc_binding_request_departure(p_request bigint)
RETURNS TABLE (student_name text, status text, end_date date, since integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.name, e.status, e.end_date,
           (SELECT CASE WHEN e2.class_id IS NULL THEN 1 ELSE 2 END FROM enrollments e2
             WHERE e2.student_id = e.student_id AND e2.school_id = e.school_id AND e2.id > e.id
               AND e2.status = 'enrolled'
             ORDER BY e2.id DESC LIMIT 1)
    FROM binding_requests br
    JOIN students s ON s.id = br.student_id
    JOIN enrollments e ON e.student_id = br.student_id AND e.school_id = br.school_id
    WHERE br.id = p_request AND br.school_id = cooc_current_school_id()
      AND br.status IN ('pending', 'info_requested')
      AND e.school_year = cooc_school_year() AND e.class_id = ANY (cooc_homeroom_class_ids())
    ORDER BY e.id DESC
    LIMIT 1
$$;

REVOKE ALL ON FUNCTION cooc_binding_request_departure(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cooc_binding_request_departure(bigint) TO homeroom_teacher;
