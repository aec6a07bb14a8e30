-- "Who is this session?" by an index lookup, not a scan of every staff row.
--
-- The row-level-security helpers found the session's staff row with
-- `db_role = session_user`. session_user is of type name, whose collation is "C"; db_role is
-- text in the database's default collation. The two implicit collations conflict, so the
-- comparison has none, and the unique index on staff(db_role) (default collation) cannot
-- serve it: every call scanned the whole staff table — thousands of rows in a city — once per
-- statement in every policy's InitPlan, and once per row in the parent-binding guard (the
-- demo city's commit spent minutes there). Comparing with `session_user::text COLLATE
-- "default"` gives the index its key. Same rules, same results.
CREATE OR REPLACE FUNCTION cooc_current_staff_id() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT id FROM staff WHERE db_role = session_user::text COLLATE "default" AND employment_status <> 'left');
END
$$;

CREATE OR REPLACE FUNCTION cooc_current_school_id() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT school_id FROM staff WHERE db_role = session_user::text COLLATE "default"
            AND employment_status <> 'left');
END
$$;

CREATE OR REPLACE FUNCTION cooc_is_school_wide() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT office_id IS NOT NULL OR is_school_admin FROM staff
                     WHERE db_role = session_user::text COLLATE "default" AND employment_status <> 'left'), false);
END
$$;

CREATE OR REPLACE FUNCTION cooc_is_school_admin() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT is_school_admin FROM staff
                     WHERE db_role = session_user::text COLLATE "default" AND employment_status <> 'left'), false);
END
$$;

CREATE OR REPLACE FUNCTION cooc_homeroom_class_ids() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(c.id ORDER BY c.id), '{}')
            FROM classes c JOIN staff s ON s.id = c.homeroom_teacher_id
            WHERE s.db_role = session_user::text COLLATE "default" AND s.employment_status <> 'left'
              AND c.school_id = s.school_id AND c.school_year = cooc_school_year());
END
$$;

ALTER POLICY staff_read ON staff
    USING (school_id = (SELECT cooc_current_school_id()) OR db_role = session_user::text COLLATE "default");
