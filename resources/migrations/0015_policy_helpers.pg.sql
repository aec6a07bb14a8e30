-- Cheaper row-level-security helpers.
--
-- cooc_school_year() is used by the row-level-security helpers (a teacher's classes and
-- students this school year) in almost every statement a homeroom teacher runs. Written with
-- a FROM clause, it could not be inlined: PostgreSQL planned its body again at each call
-- site of every query and ran it once per row it filtered (in the 50-session benchmark,
-- ~400,000 calls in 20 s, and the teacher's student list took 0.4–2 ms). The same value as
-- one expression, which is inlined and evaluated once per scan: school year N runs from
-- 1 August of N + 1911 to 31 July, so it is the calendar year of "today minus seven months"
-- minus 1911 (models/schoolyear.h).
CREATE OR REPLACE FUNCTION cooc_school_year() RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT extract(year FROM public.cooc_school_today() - interval '7 months')::integer - 1911
$$;

-- A homeroom teacher's current students in one query (staff → classes → enrollments, each an
-- index lookup) instead of calling cooc_homeroom_class_ids() and scanning with its result:
-- every policy on a teacher's statement evaluates this once, and a decision runs several.
CREATE OR REPLACE FUNCTION cooc_homeroom_student_ids() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(DISTINCT e.student_id), '{}')
            FROM staff s
            JOIN classes c ON c.homeroom_teacher_id = s.id AND c.school_id = s.school_id
                          AND c.school_year = cooc_school_year()
            JOIN enrollments e ON e.class_id = c.id AND e.status = 'enrolled' AND e.school_year = cooc_school_year()
            WHERE s.db_role = session_user::text COLLATE "default" AND s.employment_status <> 'left');
END
$$;
