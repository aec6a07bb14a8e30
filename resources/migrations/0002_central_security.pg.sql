-- CooC Desk schema, version 2 (PostgreSQL only): the central deployment, where the
-- database itself refuses what a user may not do (issue 4; docs/deploy.md).
--
-- Identity. Every staff member logs in as their own PostgreSQL login role; the staff row
-- whose db_role = session_user says who they are, at which school, in which office and
-- whose homeroom teacher. session_user (not current_user) so that `SET ROLE
-- parent_view_reader` drops write privileges without dropping the identity.
--
-- Privileges come from group roles (cluster-wide, created here if missing):
--   cooc_staff          every employed staff member: reference data, their own rows, audit
--   homeroom_teacher    decides for the students currently enrolled in their own class(es)
--   office_staff        decides for the whole school; office_<code> per office is a member
--   school_admin        office_staff plus the school's e-signature trust anchors
--   parent_view_reader  reads only (the parent view's connection: SET ROLE parent_view_reader);
--                       writes nothing but its own parent_view.* audit entries
-- Rows come from row-level security (ENABLE + FORCE) keyed on the staff row, through the
-- cooc_* helper functions below. The role that runs this migration owns every object and
-- gets a policy of its own ("owner_all"); the client never uses it.
--
-- Decisions go through column-level UPDATE grants on the decision columns only, and
-- triggers that check the same rules the client checks whatever the client sends.
-- The audit log's hash chain is computed here, under a row lock on audit_chain_head, so no
-- client can forge it; the formula is AuditLog::contentHash's.

-- ---------------------------------------------------------------------------------------
-- Group roles. Roles belong to the cluster, not the database: create them only when
-- missing, and tolerate a concurrent migration of another database creating them too.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['cooc_staff', 'homeroom_teacher', 'office_staff', 'school_admin',
                             'parent_view_reader', 'office_student_affairs', 'office_academic_affairs',
                             'office_counseling', 'office_general_affairs', 'office_principal']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END
$$;

DO $$
DECLARE
    m record;
BEGIN
    FOR m IN SELECT * FROM (VALUES ('cooc_staff', 'homeroom_teacher'), ('cooc_staff', 'office_staff'),
                                   ('cooc_staff', 'school_admin'), ('office_staff', 'school_admin'),
                                   ('office_staff', 'office_student_affairs'), ('office_staff', 'office_academic_affairs'),
                                   ('office_staff', 'office_counseling'), ('office_staff', 'office_general_affairs'),
                                   ('office_staff', 'office_principal')) AS v(grp, member)
    LOOP
        IF NOT pg_has_role(m.member, m.grp, 'MEMBER') THEN
            BEGIN
                EXECUTE format('GRANT %I TO %I', m.grp, m.member);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Indexes the policies and the approval checks look up by.
CREATE INDEX binding_requests_applicant_idhash_idx ON binding_requests (applicant_national_id_hash);
CREATE INDEX enrollments_school_student_idx ON enrollments (school_id, student_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_staff_id, entity, entity_id);

-- ---------------------------------------------------------------------------------------
-- Who is asking. STABLE SECURITY DEFINER with a fixed search_path: they read staff,
-- classes and enrollments as the owner, and only ever about session_user. Written in
-- PL/pgSQL, whose statement plans are cached for the session (an SQL-language function that
-- cannot be inlined is planned again at every call site of every query: ~20 times slower
-- here). Policies call them as `(SELECT f())`, so each is evaluated once per statement (an
-- InitPlan), not per row.

-- "Today" and the school year in Taipei (UTC+8, no daylight saving): year N runs from
-- 1 August of N + 1911 to 31 July (models/schoolyear.h). Plain SQL: inlined.
CREATE FUNCTION cooc_school_today() RETURNS date
LANGUAGE sql STABLE AS $$
    SELECT ((pg_catalog.now() AT TIME ZONE 'UTC') + interval '8 hours')::date
$$;

CREATE FUNCTION cooc_school_year() RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT (extract(year FROM d)::integer - 1911 - CASE WHEN extract(month FROM d) < 8 THEN 1 ELSE 0 END)
    FROM (SELECT public.cooc_school_today() AS d) t
$$;

-- The staff member of this session, or NULL (the owner, a superuser, someone who left).
CREATE FUNCTION cooc_current_staff_id() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT id FROM staff WHERE db_role = session_user AND employment_status <> 'left');
END
$$;

CREATE FUNCTION cooc_current_school_id() RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT school_id FROM staff WHERE db_role = session_user AND employment_status <> 'left');
END
$$;

-- Office staff and school admins act for their whole school (Actor::isSchoolWide).
CREATE FUNCTION cooc_is_school_wide() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT office_id IS NOT NULL OR is_school_admin FROM staff
                     WHERE db_role = session_user AND employment_status <> 'left'), false);
END
$$;

CREATE FUNCTION cooc_is_school_admin() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT is_school_admin FROM staff
                     WHERE db_role = session_user AND employment_status <> 'left'), false);
END
$$;

-- The classes this session is homeroom teacher of, this school year (StaffRepository::actorFor).
CREATE FUNCTION cooc_homeroom_class_ids() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(c.id ORDER BY c.id), '{}')
            FROM classes c JOIN staff s ON s.id = c.homeroom_teacher_id
            WHERE s.db_role = session_user AND s.employment_status <> 'left'
              AND c.school_id = s.school_id AND c.school_year = cooc_school_year());
END
$$;

-- The students currently enrolled in those classes (status enrolled, this school year).
CREATE FUNCTION cooc_homeroom_student_ids() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(DISTINCT e.student_id), '{}')
            FROM enrollments e
            WHERE e.class_id = ANY (cooc_homeroom_class_ids()) AND e.status = 'enrolled'
              AND e.school_year = cooc_school_year());
END
$$;

-- The student's latest enrollment at a school is 'enrolled' and placed in a class: the
-- condition for approving a binding (and the reviewer's "where does the student stand").
CREATE FUNCTION cooc_student_placed_at(p_student bigint, p_school bigint) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT e.status = 'enrolled' AND e.class_id IS NOT NULL
                     FROM enrollments e WHERE e.student_id = p_student AND e.school_id = p_school
                     ORDER BY e.school_year DESC, e.id DESC LIMIT 1), false);
END
$$;

-- ---------------------------------------------------------------------------------------
-- Row-level security on every table that holds personal (or school-private) data, forced
-- for the owner too; the owner's own policy lets the migration role, `accounts sync`,
-- `audit verify` and the demo generator see everything.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['staff', 'students', 'enrollments', 'student_guardians', 'parents',
                             'household_registry', 'accounts', 'binding_requests', 'binding_request_events',
                             'parent_bindings', 'leave_requests', 'leave_request_periods', 'leave_attachments',
                             'attendance', 'grades', 'merits', 'gate_swipes', 'notices', 'notice_recipients',
                             'notice_replies', 'surveys', 'survey_questions', 'survey_answers', 'messages',
                             'push_outbox', 'contact_book_entries', 'contact_book_acks', 'activities',
                             'activity_registrations', 'payments', 'esign_trust', 'audit_log']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
    END LOOP;
END
$$;

-- Reference data: every staff member reads it; only the owner writes it.
GRANT SELECT ON schools, offices, classes, leave_types, app_settings, schema_migrations
    TO cooc_staff, parent_view_reader;

-- staff: colleagues of the same school (names for "decided by …"), and oneself.
GRANT SELECT ON staff TO cooc_staff, parent_view_reader;
CREATE POLICY staff_read ON staff FOR SELECT
    USING (school_id = (SELECT cooc_current_school_id()) OR db_role = session_user);

-- accounts: one's own row; the accounts of parents one may see (approval creates them);
-- a school admin also the staff accounts of the school. A staff member may clear their
-- own must-change-password flag (AuthService::changePassword, after ALTER ROLE).
GRANT SELECT ON accounts TO cooc_staff, parent_view_reader;
GRANT UPDATE (must_change_password) ON accounts TO cooc_staff;
GRANT INSERT (login, kind, staff_id, student_id, parent_id, password_hash, must_change_password,
              failed_attempts, locked_until, disabled, created_at)
    ON accounts TO homeroom_teacher, office_staff;
CREATE POLICY accounts_read ON accounts FOR SELECT
    USING (staff_id = (SELECT cooc_current_staff_id())
           OR (kind = 'parent' AND EXISTS (SELECT 1 FROM parents p WHERE p.id = accounts.parent_id))
           OR ((SELECT cooc_is_school_admin()) AND kind = 'staff'
               AND EXISTS (SELECT 1 FROM staff s WHERE s.id = accounts.staff_id
                                                   AND s.school_id = (SELECT cooc_current_school_id()))));
CREATE POLICY accounts_own_flag ON accounts FOR UPDATE TO cooc_staff
    USING (kind = 'staff' AND staff_id = (SELECT cooc_current_staff_id()))
    WITH CHECK (kind = 'staff' AND staff_id = (SELECT cooc_current_staff_id()));
CREATE POLICY accounts_parent_insert ON accounts FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (kind = 'parent' AND staff_id IS NULL AND student_id IS NULL AND must_change_password
                AND NOT disabled AND EXISTS (SELECT 1 FROM parents p WHERE p.id = accounts.parent_id));

-- students and what hangs on them: a homeroom teacher their class's current students, office
-- staff every student with an enrollment at their school.
GRANT SELECT ON students, enrollments, student_guardians TO cooc_staff, parent_view_reader;
CREATE POLICY enrollments_read ON enrollments FOR SELECT
    USING (school_id = (SELECT cooc_current_school_id())
           AND ((SELECT cooc_is_school_wide())
                OR (class_id = ANY ((SELECT cooc_homeroom_class_ids())::bigint[]) AND status = 'enrolled'
                    AND school_year = (SELECT cooc_school_year()))));
CREATE POLICY students_read ON students FOR SELECT
    USING (id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
           OR ((SELECT cooc_is_school_wide())
               AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = students.id
                                                         AND e.school_id = (SELECT cooc_current_school_id()))));
CREATE POLICY student_guardians_read ON student_guardians FOR SELECT
    USING (student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
           OR ((SELECT cooc_is_school_wide())
               AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = student_guardians.student_id
                                                         AND e.school_id = (SELECT cooc_current_school_id()))));

-- binding requests: the queue. Deciders may change the decision, verification and
-- household columns only; the trigger below checks every transition.
GRANT SELECT ON binding_requests, binding_request_events TO cooc_staff, parent_view_reader;
GRANT UPDATE (status, decided_by, decided_at, decision_reason, decision_note, paper_consent_checked, version,
              parent_id, verification_verdict, verification_subindication, verification_report, verified_at,
              household_result, household_checked_at)
    ON binding_requests TO homeroom_teacher, office_staff;
GRANT INSERT ON binding_request_events TO homeroom_teacher, office_staff;
CREATE POLICY binding_requests_read ON binding_requests FOR SELECT
    USING (school_id = (SELECT cooc_current_school_id())
           AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])));
CREATE POLICY binding_requests_decide ON binding_requests FOR UPDATE TO homeroom_teacher, office_staff
    USING (school_id = (SELECT cooc_current_school_id())
           AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])))
    WITH CHECK (school_id = (SELECT cooc_current_school_id())
                AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])));
CREATE POLICY binding_request_events_read ON binding_request_events FOR SELECT
    USING (EXISTS (SELECT 1 FROM binding_requests br WHERE br.id = binding_request_events.request_id));
CREATE POLICY binding_request_events_insert ON binding_request_events FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (actor_staff_id = (SELECT cooc_current_staff_id())
                AND EXISTS (SELECT 1 FROM binding_requests br WHERE br.id = binding_request_events.request_id));

-- parents: those bound to a student one may see, and the applicants of the requests one
-- may see (matched by parent_id, e-mail or ID hash: "a parent with several children keeps
-- one account"). Approval may create a parent only for an applicant of such a request.
-- Read policies compare with leakproof operators only (=, bigint and text): under row-level
-- security a non-leakproof expression such as lower() cannot drive an index scan, so
-- lower(e-mail) matching would scan a school's requests for every parent row.
GRANT SELECT ON parents, parent_bindings TO cooc_staff, parent_view_reader;
GRANT INSERT ON parents TO homeroom_teacher, office_staff;
GRANT UPDATE (name, phone) ON parents TO homeroom_teacher, office_staff;
CREATE POLICY parents_read ON parents FOR SELECT
    USING (EXISTS (SELECT 1 FROM parent_bindings pb WHERE pb.parent_id = parents.id)
           OR EXISTS (SELECT 1 FROM binding_requests br WHERE br.parent_id = parents.id)
           OR EXISTS (SELECT 1 FROM binding_requests br WHERE br.applicant_email = parents.email)
           OR EXISTS (SELECT 1 FROM binding_requests br
                      WHERE br.applicant_national_id_hash = parents.national_id_hash));
CREATE POLICY parents_insert ON parents FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (EXISTS (SELECT 1 FROM binding_requests br
                        WHERE lower(br.applicant_email) = lower(parents.email)
                          AND br.applicant_national_id_hash = parents.national_id_hash
                          AND br.status IN ('pending', 'info_requested', 'approved')));
CREATE POLICY parents_update ON parents FOR UPDATE TO homeroom_teacher, office_staff
    USING (EXISTS (SELECT 1 FROM parent_bindings pb WHERE pb.parent_id = parents.id)
           OR EXISTS (SELECT 1 FROM binding_requests br WHERE br.parent_id = parents.id
                                                          AND br.status IN ('pending', 'info_requested')));

-- parent_bindings: for students one covers; an active binding needs an approved request for
-- the same student and parent (checked at commit by cooc_parent_binding_needs_request).
GRANT INSERT ON parent_bindings TO homeroom_teacher, office_staff;
GRANT UPDATE (status, relationship, request_id, approved_by, approved_at, ended_at)
    ON parent_bindings TO homeroom_teacher, office_staff;
CREATE POLICY parent_bindings_read ON parent_bindings FOR SELECT
    USING (student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
           OR ((SELECT cooc_is_school_wide())
               AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = parent_bindings.student_id
                                                         AND e.school_id = (SELECT cooc_current_school_id()))));
CREATE POLICY parent_bindings_insert ON parent_bindings FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (approved_by = (SELECT cooc_current_staff_id())
                AND (student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
                     OR ((SELECT cooc_is_school_wide())
                         AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = parent_bindings.student_id
                                                                   AND e.school_id = (SELECT cooc_current_school_id())))));
CREATE POLICY parent_bindings_update ON parent_bindings FOR UPDATE TO homeroom_teacher, office_staff
    USING (student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
           OR ((SELECT cooc_is_school_wide())
               AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = parent_bindings.student_id
                                                         AND e.school_id = (SELECT cooc_current_school_id()))))
    WITH CHECK (student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
                OR ((SELECT cooc_is_school_wide())
                    AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = parent_bindings.student_id
                                                              AND e.school_id = (SELECT cooc_current_school_id()))));

-- household_registry (the demo's registry): only the entries of applicants and students one
-- may see, which is all a household check compares.
GRANT SELECT ON household_registry TO cooc_staff;
CREATE POLICY household_registry_read ON household_registry FOR SELECT
    USING (EXISTS (SELECT 1 FROM binding_requests br
                   WHERE br.applicant_national_id_hash = household_registry.national_id_hash)
           OR EXISTS (SELECT 1 FROM students s WHERE s.national_id_hash = household_registry.national_id_hash));

-- Leave requests: decision columns only; periods and attachments follow their request.
GRANT SELECT ON leave_requests, leave_request_periods, leave_attachments TO cooc_staff, parent_view_reader;
GRANT UPDATE (status, decided_by, decided_at, decision_note, version) ON leave_requests TO homeroom_teacher, office_staff;
CREATE POLICY leave_requests_read ON leave_requests FOR SELECT
    USING (school_id = (SELECT cooc_current_school_id())
           AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])));
CREATE POLICY leave_requests_decide ON leave_requests FOR UPDATE TO homeroom_teacher, office_staff
    USING (school_id = (SELECT cooc_current_school_id())
           AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])))
    WITH CHECK (school_id = (SELECT cooc_current_school_id())
                AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])));
CREATE POLICY leave_request_periods_read ON leave_request_periods FOR SELECT
    USING (EXISTS (SELECT 1 FROM leave_requests lr WHERE lr.id = leave_request_periods.leave_request_id));
CREATE POLICY leave_attachments_read ON leave_attachments FOR SELECT
    USING (EXISTS (SELECT 1 FROM leave_requests lr WHERE lr.id = leave_attachments.leave_request_id));

-- Attendance: approving leave writes absences for the students one covers.
GRANT SELECT ON attendance, grades, merits, gate_swipes TO cooc_staff, parent_view_reader;
GRANT INSERT, DELETE ON attendance TO homeroom_teacher, office_staff;
GRANT UPDATE (code, leave_request_id, recorded_by, recorded_at) ON attendance TO homeroom_teacher, office_staff;
CREATE POLICY attendance_read ON attendance FOR SELECT
    USING (school_id = (SELECT cooc_current_school_id())
           AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])));
CREATE POLICY attendance_insert ON attendance FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (recorded_by = (SELECT cooc_current_staff_id())
                AND school_id = (SELECT cooc_current_school_id())
                AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])));
CREATE POLICY attendance_update ON attendance FOR UPDATE TO homeroom_teacher, office_staff
    USING (school_id = (SELECT cooc_current_school_id())
           AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])))
    WITH CHECK (recorded_by = (SELECT cooc_current_staff_id())
                AND school_id = (SELECT cooc_current_school_id())
                AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])));
CREATE POLICY attendance_delete ON attendance FOR DELETE TO homeroom_teacher, office_staff
    USING (school_id = (SELECT cooc_current_school_id())
           AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])));

-- Grades, merits and gate swipes come from the SIS: read only.
CREATE POLICY grades_read ON grades FOR SELECT
    USING (school_id = (SELECT cooc_current_school_id())
           AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])));
CREATE POLICY merits_read ON merits FOR SELECT
    USING (school_id = (SELECT cooc_current_school_id())
           AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])));
CREATE POLICY gate_swipes_read ON gate_swipes FOR SELECT
    USING (school_id = (SELECT cooc_current_school_id())
           AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])));

-- Notices: the school's; authors write their own, office staff any of their school.
-- Recipients and replies: the students one covers. Staff record paper and phone replies.
GRANT SELECT ON notices, notice_recipients, notice_replies TO cooc_staff, parent_view_reader;
GRANT INSERT ON notices, notice_recipients TO homeroom_teacher, office_staff;
GRANT UPDATE (title, body, status, requires_reply, reply_options, reply_deadline, published_at, version)
    ON notices TO homeroom_teacher, office_staff;
GRANT INSERT ON notice_replies TO homeroom_teacher, office_staff;
GRANT UPDATE (choice, comment, channel, recorded_by, replied_at) ON notice_replies TO homeroom_teacher, office_staff;
CREATE POLICY notices_read ON notices FOR SELECT USING (school_id = (SELECT cooc_current_school_id()));
CREATE POLICY notices_insert ON notices FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (school_id = (SELECT cooc_current_school_id()) AND author_staff_id = (SELECT cooc_current_staff_id()));
CREATE POLICY notices_update ON notices FOR UPDATE TO homeroom_teacher, office_staff
    USING (school_id = (SELECT cooc_current_school_id())
           AND (author_staff_id = (SELECT cooc_current_staff_id()) OR (SELECT cooc_is_school_wide())))
    WITH CHECK (school_id = (SELECT cooc_current_school_id()));
CREATE POLICY notice_recipients_read ON notice_recipients FOR SELECT
    USING (EXISTS (SELECT 1 FROM notices n WHERE n.id = notice_recipients.notice_id)
           AND (student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
                OR ((SELECT cooc_is_school_wide())
                    AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = notice_recipients.student_id
                                                              AND e.school_id = (SELECT cooc_current_school_id())))));
CREATE POLICY notice_recipients_insert ON notice_recipients FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (EXISTS (SELECT 1 FROM notices n WHERE n.id = notice_recipients.notice_id
                                                  AND (n.author_staff_id = (SELECT cooc_current_staff_id())
                                                       OR (SELECT cooc_is_school_wide())))
                AND (student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
                     OR ((SELECT cooc_is_school_wide())
                         AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = notice_recipients.student_id
                                                                   AND e.school_id = (SELECT cooc_current_school_id())))));
CREATE POLICY notice_replies_read ON notice_replies FOR SELECT
    USING (EXISTS (SELECT 1 FROM notices n WHERE n.id = notice_replies.notice_id)
           AND (student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
                OR ((SELECT cooc_is_school_wide())
                    AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = notice_replies.student_id
                                                              AND e.school_id = (SELECT cooc_current_school_id())))));
CREATE POLICY notice_replies_record ON notice_replies FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (channel IN ('paper', 'phone') AND recorded_by = (SELECT cooc_current_staff_id())
                AND EXISTS (SELECT 1 FROM notices n WHERE n.id = notice_replies.notice_id)
                AND (student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
                     OR ((SELECT cooc_is_school_wide())
                         AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = notice_replies.student_id
                                                                   AND e.school_id = (SELECT cooc_current_school_id())))));
CREATE POLICY notice_replies_correct ON notice_replies FOR UPDATE TO homeroom_teacher, office_staff
    USING (channel IN ('paper', 'phone')
           AND EXISTS (SELECT 1 FROM notices n WHERE n.id = notice_replies.notice_id)
           AND (student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
                OR ((SELECT cooc_is_school_wide())
                    AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = notice_replies.student_id
                                                              AND e.school_id = (SELECT cooc_current_school_id())))))
    WITH CHECK (channel IN ('paper', 'phone') AND recorded_by = (SELECT cooc_current_staff_id()));

-- Surveys: like notices; answers come from parents (read only here).
GRANT SELECT ON surveys, survey_questions, survey_answers TO cooc_staff, parent_view_reader;
GRANT INSERT ON surveys TO homeroom_teacher, office_staff;
GRANT UPDATE (title, status, opens_at, closes_at, notice_id) ON surveys TO homeroom_teacher, office_staff;
GRANT INSERT, UPDATE, DELETE ON survey_questions TO homeroom_teacher, office_staff;
CREATE POLICY surveys_read ON surveys FOR SELECT USING (school_id = (SELECT cooc_current_school_id()));
CREATE POLICY surveys_insert ON surveys FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (school_id = (SELECT cooc_current_school_id()) AND created_by = (SELECT cooc_current_staff_id()));
CREATE POLICY surveys_update ON surveys FOR UPDATE TO homeroom_teacher, office_staff
    USING (school_id = (SELECT cooc_current_school_id())
           AND (created_by = (SELECT cooc_current_staff_id()) OR (SELECT cooc_is_school_wide())))
    WITH CHECK (school_id = (SELECT cooc_current_school_id()));
CREATE POLICY survey_questions_read ON survey_questions FOR SELECT
    USING (EXISTS (SELECT 1 FROM surveys s WHERE s.id = survey_questions.survey_id));
CREATE POLICY survey_questions_edit ON survey_questions FOR ALL TO homeroom_teacher, office_staff
    USING (EXISTS (SELECT 1 FROM surveys s WHERE s.id = survey_questions.survey_id AND s.status = 'draft'
                                             AND (s.created_by = (SELECT cooc_current_staff_id())
                                                  OR (SELECT cooc_is_school_wide()))))
    WITH CHECK (EXISTS (SELECT 1 FROM surveys s WHERE s.id = survey_questions.survey_id AND s.status = 'draft'
                                                  AND (s.created_by = (SELECT cooc_current_staff_id())
                                                       OR (SELECT cooc_is_school_wide()))));
CREATE POLICY survey_answers_read ON survey_answers FOR SELECT
    USING (EXISTS (SELECT 1 FROM surveys s WHERE s.id = survey_answers.survey_id)
           AND (student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
                OR ((SELECT cooc_is_school_wide())
                    AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = survey_answers.student_id
                                                              AND e.school_id = (SELECT cooc_current_school_id())))));

-- Messages: an archive nobody deletes. A teacher writes about their own students.
GRANT SELECT ON messages, push_outbox TO cooc_staff, parent_view_reader;
GRANT INSERT ON messages, push_outbox TO homeroom_teacher, office_staff;
GRANT UPDATE (scheduled_at) ON messages TO homeroom_teacher, office_staff;
CREATE POLICY messages_read ON messages FOR SELECT
    USING (school_id = (SELECT cooc_current_school_id())
           AND ((SELECT cooc_is_school_wide()) OR sender_staff_id = (SELECT cooc_current_staff_id())
                OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])));
CREATE POLICY messages_insert ON messages FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (school_id = (SELECT cooc_current_school_id())
                AND sender_staff_id = (SELECT cooc_current_staff_id())
                AND ((SELECT cooc_is_school_wide()) OR student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])));
CREATE POLICY messages_reschedule ON messages FOR UPDATE TO homeroom_teacher, office_staff
    USING (sender_staff_id = (SELECT cooc_current_staff_id()) AND sent_at IS NULL)
    WITH CHECK (sender_staff_id = (SELECT cooc_current_staff_id()) AND sent_at IS NULL);
CREATE POLICY push_outbox_read ON push_outbox FOR SELECT
    USING (EXISTS (SELECT 1 FROM messages m WHERE m.id = push_outbox.message_id));
CREATE POLICY push_outbox_insert ON push_outbox FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (status = 'queued' AND EXISTS (SELECT 1 FROM messages m WHERE m.id = push_outbox.message_id
                                                          AND m.sender_staff_id = (SELECT cooc_current_staff_id())));

-- Contact book: the class's; acknowledgements come from parents.
GRANT SELECT ON contact_book_entries, contact_book_acks TO cooc_staff, parent_view_reader;
GRANT INSERT ON contact_book_entries TO homeroom_teacher, office_staff;
GRANT UPDATE (body) ON contact_book_entries TO homeroom_teacher, office_staff;
CREATE POLICY contact_book_entries_read ON contact_book_entries FOR SELECT
    USING (school_id = (SELECT cooc_current_school_id())
           AND ((SELECT cooc_is_school_wide()) OR class_id = ANY ((SELECT cooc_homeroom_class_ids())::bigint[])));
CREATE POLICY contact_book_entries_insert ON contact_book_entries FOR INSERT TO homeroom_teacher, office_staff
    WITH CHECK (author_staff_id = (SELECT cooc_current_staff_id())
                AND school_id = (SELECT cooc_current_school_id())
                AND ((SELECT cooc_is_school_wide()) OR class_id = ANY ((SELECT cooc_homeroom_class_ids())::bigint[])));
CREATE POLICY contact_book_entries_update ON contact_book_entries FOR UPDATE TO homeroom_teacher, office_staff
    USING (author_staff_id = (SELECT cooc_current_staff_id()))
    WITH CHECK (author_staff_id = (SELECT cooc_current_staff_id()));
CREATE POLICY contact_book_acks_read ON contact_book_acks FOR SELECT
    USING (EXISTS (SELECT 1 FROM contact_book_entries c WHERE c.id = contact_book_acks.entry_id)
           AND (student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
                OR ((SELECT cooc_is_school_wide())
                    AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = contact_book_acks.student_id
                                                              AND e.school_id = (SELECT cooc_current_school_id())))));

-- Activities: the school's; office staff run registrations.
GRANT SELECT ON activities, activity_registrations, payments TO cooc_staff, parent_view_reader;
GRANT INSERT, UPDATE ON activities, activity_registrations TO office_staff;
CREATE POLICY activities_read ON activities FOR SELECT USING (school_id = (SELECT cooc_current_school_id()));
CREATE POLICY activities_edit ON activities FOR ALL TO office_staff
    USING (school_id = (SELECT cooc_current_school_id()) AND (SELECT cooc_is_school_wide()))
    WITH CHECK (school_id = (SELECT cooc_current_school_id()) AND (SELECT cooc_is_school_wide()));
CREATE POLICY activity_registrations_read ON activity_registrations FOR SELECT
    USING (EXISTS (SELECT 1 FROM activities a WHERE a.id = activity_registrations.activity_id)
           AND (student_id = ANY ((SELECT cooc_homeroom_student_ids())::bigint[])
                OR ((SELECT cooc_is_school_wide())
                    AND EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = activity_registrations.student_id
                                                              AND e.school_id = (SELECT cooc_current_school_id())))));
CREATE POLICY activity_registrations_edit ON activity_registrations FOR ALL TO office_staff
    USING ((SELECT cooc_is_school_wide())
           AND EXISTS (SELECT 1 FROM activities a WHERE a.id = activity_registrations.activity_id))
    WITH CHECK ((SELECT cooc_is_school_wide())
                AND EXISTS (SELECT 1 FROM activities a WHERE a.id = activity_registrations.activity_id));
CREATE POLICY payments_read ON payments FOR SELECT
    USING (EXISTS (SELECT 1 FROM activity_registrations r WHERE r.id = payments.registration_id));

-- E-signature trust: city-wide entries (school_id NULL) and the school's; the school admin
-- adds and removes the school's own.
GRANT SELECT ON esign_trust TO cooc_staff, parent_view_reader;
GRANT INSERT, DELETE ON esign_trust TO school_admin;
CREATE POLICY esign_trust_read ON esign_trust FOR SELECT
    USING (school_id IS NULL OR school_id = (SELECT cooc_current_school_id()));
CREATE POLICY esign_trust_admin_insert ON esign_trust FOR INSERT TO school_admin
    WITH CHECK ((SELECT cooc_is_school_admin()) AND school_id = (SELECT cooc_current_school_id()));
CREATE POLICY esign_trust_admin_delete ON esign_trust FOR DELETE TO school_admin
    USING ((SELECT cooc_is_school_admin()) AND school_id = (SELECT cooc_current_school_id()));

-- The audit log: INSERT and SELECT only, for everyone (0001's triggers refuse UPDATE,
-- DELETE and TRUNCATE even to the owner). Staff write entries as themselves for their
-- school; the parent-view reader writes only parent_view.* entries. Office staff read
-- their school's log, everybody their own entries.
GRANT SELECT, INSERT ON audit_log TO cooc_staff, parent_view_reader;
CREATE POLICY audit_log_read ON audit_log FOR SELECT
    USING (actor_staff_id = (SELECT cooc_current_staff_id())
           OR ((SELECT cooc_is_school_wide()) AND school_id = (SELECT cooc_current_school_id())));
CREATE POLICY audit_log_staff_insert ON audit_log FOR INSERT TO cooc_staff
    WITH CHECK (actor_staff_id = (SELECT cooc_current_staff_id())
                AND school_id = (SELECT cooc_current_school_id()));
CREATE POLICY audit_log_reader_insert ON audit_log FOR INSERT TO parent_view_reader
    WITH CHECK (actor_staff_id = (SELECT cooc_current_staff_id())
                AND school_id = (SELECT cooc_current_school_id())
                AND action LIKE 'parent\_view.%');

-- ---------------------------------------------------------------------------------------
-- Decisions: the rules the client checks, checked again whatever the client sends.
-- Errors: 23514 (check_violation) for an invalid transition or missing evidence, 42501
-- (insufficient_privilege) for acting in someone else's name. The rules about *who* acts
-- apply to staff sessions; the owner (demo generator, SIS import) is bound by the others.

-- Binding requests: pending / info_requested → approved, rejected, info_requested or
-- withdrawn; every other status is final. A status change increments version by exactly
-- one (the optimistic check); other updates keep it or increment it by one.
-- Approval needs the student's latest enrollment at this school to be 'enrolled' in a class,
-- and either a TOTAL_PASSED signature or a checked paper consent form with a reason.
-- A rejection needs a reason. Staff decide in their own name, at the current time.
CREATE FUNCTION cooc_binding_request_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
    reason text := coalesce(nullif(btrim(NEW.decision_reason), ''), nullif(btrim(NEW.decision_note), ''));
BEGIN
    IF NEW.version < OLD.version OR NEW.version > OLD.version + 1 THEN
        RAISE EXCEPTION 'binding request %: version may only go from % to %', OLD.id, OLD.version, OLD.version + 1
            USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status NOT IN ('pending', 'info_requested') THEN
        IF NEW IS DISTINCT FROM OLD THEN
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
CREATE OR REPLACE TRIGGER binding_requests_guard BEFORE UPDATE ON binding_requests
    FOR EACH ROW EXECUTE FUNCTION cooc_binding_request_guard();

-- Leave requests: pending → approved, rejected or cancelled; approved → cancelled; rejected
-- and cancelled are final. Version and actor rules as for binding requests.
CREATE FUNCTION cooc_leave_request_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
BEGIN
    IF NEW.version < OLD.version OR NEW.version > OLD.version + 1 THEN
        RAISE EXCEPTION 'leave request %: version may only go from % to %', OLD.id, OLD.version, OLD.version + 1
            USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status IN ('rejected', 'cancelled') AND NEW IS DISTINCT FROM OLD THEN
        RAISE EXCEPTION 'leave request % is already %: it cannot change', OLD.id, OLD.status
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF NOT ((OLD.status = 'pending' AND NEW.status IN ('approved', 'rejected', 'cancelled'))
                OR (OLD.status = 'approved' AND NEW.status = 'cancelled')) THEN
            RAISE EXCEPTION 'leave request %: % cannot change to %', OLD.id, OLD.status, NEW.status
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.version <> OLD.version + 1 THEN
            RAISE EXCEPTION 'leave request %: a decision must change version from % to %', OLD.id, OLD.version,
                OLD.version + 1 USING ERRCODE = 'check_violation';
        END IF;
    ELSIF OLD.status = 'approved' AND NEW IS DISTINCT FROM OLD THEN
        RAISE EXCEPTION 'leave request % is already approved: only cancelling it is possible', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF me IS NOT NULL AND NEW.decided_by IS DISTINCT FROM me
       AND (NEW.decided_by IS DISTINCT FROM OLD.decided_by
            OR (NEW.status IS DISTINCT FROM OLD.status AND NEW.status <> 'cancelled')) THEN
        RAISE EXCEPTION 'leave request %: decisions are recorded in your own name (decided_by %)', OLD.id, me
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status IN ('approved', 'rejected') AND NEW.status IS DISTINCT FROM OLD.status THEN
        IF NEW.decided_at IS NULL THEN
            RAISE EXCEPTION 'leave request %: % needs decided_at', OLD.id, NEW.status
                USING ERRCODE = 'check_violation';
        END IF;
        IF me IS NOT NULL AND abs(extract(epoch FROM NEW.decided_at - now())) > 900 THEN
            RAISE EXCEPTION 'leave request %: decided_at must be the current time', OLD.id
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE OR REPLACE TRIGGER leave_requests_guard BEFORE UPDATE ON leave_requests
    FOR EACH ROW EXECUTE FUNCTION cooc_leave_request_guard();

-- An active parent binding made by staff needs, at commit, an approved request for the
-- same student from the same parent; staff (re)activate bindings in their own name.
CREATE FUNCTION cooc_parent_binding_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
BEGIN
    IF me IS NULL OR NEW.status <> 'active' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.approved_by IS DISTINCT FROM OLD.approved_by AND NEW.approved_by IS DISTINCT FROM me THEN
        RAISE EXCEPTION 'parent binding %: bindings are approved in your own name', NEW.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM binding_requests br JOIN parents p ON p.id = NEW.parent_id
                   WHERE br.id = NEW.request_id AND br.status = 'approved' AND br.student_id = NEW.student_id
                     AND (br.parent_id = p.id OR lower(br.applicant_email) = lower(p.email)
                          OR br.applicant_national_id_hash = p.national_id_hash)) THEN
        RAISE EXCEPTION 'parent binding %: an active binding needs an approved binding request of this parent for this student', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER parent_bindings_need_request AFTER INSERT OR UPDATE ON parent_bindings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cooc_parent_binding_guard();

-- ---------------------------------------------------------------------------------------
-- The audit log's hash chain, computed by the database. One row holds the chain's head;
-- each insert locks it (so chain order = id order: the id is drawn after the lock), links
-- the entry to the head and moves the head. Whatever prev_hash/hash a client sends is
-- replaced. The formula is AuditLog::contentHash's: sha256 over prev_hash, the time
-- (UTC, milliseconds, ISO 8601 with Z), school id, actor login, actor staff id, action,
-- entity, entity id (NULL ids as 0) and the detail text as stored, joined by U+001F.
CREATE TABLE audit_chain_head (
    id BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    last_id BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash)
SELECT TRUE, coalesce((SELECT max(id) FROM audit_log), 0),
       coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '');

CREATE FUNCTION cooc_audit_hash(p_prev text, p_at timestamptz, p_school bigint, p_login text, p_staff bigint,
                                p_action text, p_entity text, p_entity_id bigint, p_detail text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
    SELECT encode(sha256(convert_to(
        p_prev || chr(31) || to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
        || chr(31) || coalesce(p_school, 0)::text || chr(31) || p_login || chr(31) || coalesce(p_staff, 0)::text
        || chr(31) || p_action || chr(31) || p_entity || chr(31) || coalesce(p_entity_id, 0)::text
        || chr(31) || p_detail, 'UTF8')), 'hex')
$$;

CREATE FUNCTION cooc_audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := cooc_current_staff_id();
    prev text;
BEGIN
    IF me IS NOT NULL AND (NEW.actor_staff_id IS DISTINCT FROM me OR NEW.actor_login IS DISTINCT FROM session_user::text) THEN
        RAISE EXCEPTION 'audit entries are written in your own name (% / %)', session_user, me
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT last_hash INTO prev FROM audit_chain_head WHERE id FOR UPDATE;
    NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
    NEW.at := date_trunc('milliseconds', NEW.at);
    NEW.prev_hash := coalesce(prev, '');
    NEW.hash := cooc_audit_hash(NEW.prev_hash, NEW.at, NEW.school_id, NEW.actor_login, NEW.actor_staff_id,
                                NEW.action, NEW.entity, NEW.entity_id, NEW.detail);
    UPDATE audit_chain_head SET last_id = NEW.id, last_hash = NEW.hash WHERE id;
    RETURN NEW;
END
$$;
CREATE OR REPLACE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION cooc_audit_chain();
