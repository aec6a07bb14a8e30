-- CooC Desk schema, version 1: the whole domain. Portable between SQLite and PostgreSQL;
-- the migrator replaces {ID} {REF} {TS} {DATE} {BLOB} {NOW} with each dialect's types
-- (docs/schema.md). Timestamps are UTC; dates are school-local calendar dates.
-- Status values are English codes; the UI translates them.

CREATE TABLE schools (
    id {ID},
    code TEXT NOT NULL UNIQUE,            -- school English code, prefix of staff/student logins
    name TEXT NOT NULL,
    district TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT 'junior_high' CHECK (level IN ('elementary', 'junior_high', 'senior_high')),
    is_demo BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE offices (
    id {ID},
    school_id {REF} NOT NULL REFERENCES schools(id),
    code TEXT NOT NULL CHECK (code IN ('student_affairs', 'academic_affairs', 'counseling', 'general_affairs', 'principal')),
    name TEXT NOT NULL,
    UNIQUE (school_id, code)
);

-- National IDs are never stored whole: a keyed hash for matching, a mask for display
-- (A12****789), and the few trailing characters the real rules need.
CREATE TABLE staff (
    id {ID},
    school_id {REF} NOT NULL REFERENCES schools(id),
    office_id {REF} REFERENCES offices(id),
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    national_id_hash TEXT NOT NULL,
    national_id_masked TEXT NOT NULL,
    is_teacher BOOLEAN NOT NULL DEFAULT TRUE,
    is_school_admin BOOLEAN NOT NULL DEFAULT FALSE,
    employment_status TEXT NOT NULL DEFAULT 'employed' CHECK (employment_status IN ('employed', 'on_leave', 'left')),
    db_role TEXT UNIQUE                   -- PostgreSQL login role in central mode
);
CREATE INDEX staff_school_idx ON staff (school_id, office_id);

CREATE TABLE classes (
    id {ID},
    school_id {REF} NOT NULL REFERENCES schools(id),
    school_year INTEGER NOT NULL,         -- ROC year: 114 = Aug 2025 .. Jul 2026
    grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 12),
    number INTEGER NOT NULL CHECK (number > 0),
    name TEXT NOT NULL,                   -- '801'
    homeroom_teacher_id {REF} REFERENCES staff(id),
    UNIQUE (school_id, school_year, grade, number)
);
CREATE INDEX classes_teacher_idx ON classes (homeroom_teacher_id, school_year);

CREATE TABLE students (
    id {ID},
    name TEXT NOT NULL,
    national_id_hash TEXT NOT NULL UNIQUE,
    national_id_masked TEXT NOT NULL,
    birth_date {DATE},
    gender TEXT NOT NULL DEFAULT 'U' CHECK (gender IN ('M', 'F', 'U'))
);
CREATE INDEX students_name_idx ON students (name);

-- A student's place at a school in a school year. class_id is NULL while a transfer
-- student waits to be placed; status says whether the school still holds them.
CREATE TABLE enrollments (
    id {ID},
    student_id {REF} NOT NULL REFERENCES students(id),
    school_id {REF} NOT NULL REFERENCES schools(id),
    school_year INTEGER NOT NULL,
    class_id {REF} REFERENCES classes(id),
    seat INTEGER,
    student_number TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('enrolled', 'transferred_out', 'graduated')),
    start_date {DATE} NOT NULL,
    end_date {DATE},
    UNIQUE (school_id, student_number, school_year)
);
CREATE INDEX enrollments_student_idx ON enrollments (student_id, status);
CREATE INDEX enrollments_class_idx ON enrollments (class_id, status, seat);
CREATE INDEX enrollments_number_idx ON enrollments (student_number);

-- The school's own guardian record (from the SIS), compared with what an applicant typed.
CREATE TABLE student_guardians (
    id {ID},
    student_id {REF} NOT NULL REFERENCES students(id),
    name TEXT NOT NULL,
    relationship TEXT NOT NULL CHECK (relationship IN ('father', 'mother', 'guardian', 'grandparent', 'other')),
    national_id_hash TEXT,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT ''
);
CREATE INDEX student_guardians_student_idx ON student_guardians (student_id);

CREATE TABLE parents (
    id {ID},
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,           -- the parent's login and recovery e-mail
    phone TEXT NOT NULL DEFAULT '',
    national_id_hash TEXT NOT NULL,
    national_id_masked TEXT NOT NULL,
    id_last4 TEXT NOT NULL
);
CREATE INDEX parents_name_idx ON parents (name);
CREATE INDEX parents_idhash_idx ON parents (national_id_hash);

-- The city's household registry as the demo knows it (the real service is remote).
CREATE TABLE household_registry (
    national_id_hash TEXT PRIMARY KEY,
    household_code TEXT NOT NULL,
    city TEXT NOT NULL
);
CREATE INDEX household_registry_household_idx ON household_registry (household_code);

-- Local accounts (embedded mode). Passwords only as salted scrypt/PBKDF2 hashes.
CREATE TABLE accounts (
    id {ID},
    login TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('staff', 'student', 'parent')),
    staff_id {REF} REFERENCES staff(id),
    student_id {REF} REFERENCES students(id),
    parent_id {REF} REFERENCES parents(id),
    password_hash TEXT NOT NULL,
    must_change_password BOOLEAN NOT NULL DEFAULT TRUE,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until {TS},
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at {TS} NOT NULL DEFAULT {NOW},
    last_login_at {TS}
);
CREATE INDEX accounts_staff_idx ON accounts (staff_id);
CREATE INDEX accounts_parent_idx ON accounts (parent_id);

CREATE TABLE binding_requests (
    id {ID},
    school_id {REF} NOT NULL REFERENCES schools(id),
    student_id {REF} NOT NULL REFERENCES students(id),
    parent_id {REF} REFERENCES parents(id),       -- set when the applicant is already known
    applicant_name TEXT NOT NULL,
    applicant_email TEXT NOT NULL,
    applicant_phone TEXT NOT NULL DEFAULT '',
    applicant_national_id_hash TEXT NOT NULL,
    applicant_national_id_masked TEXT NOT NULL,
    applicant_id_last4 TEXT NOT NULL,
    relationship TEXT NOT NULL CHECK (relationship IN ('father', 'mother', 'guardian', 'grandparent', 'delegate')),
    delegation_document {BLOB},                   -- delegated caregivers: the signed letter
    consent_document {BLOB} NOT NULL,             -- canonical bytes that were signed
    signature {BLOB},
    signature_format TEXT NOT NULL DEFAULT 'cms' CHECK (signature_format IN ('cms', 'pkcs1', 'none')),
    signer_certificate {BLOB},                    -- the holder certificate (mobile form)
    verification_verdict TEXT NOT NULL DEFAULT 'NOT_VERIFIED'
        CHECK (verification_verdict IN ('TOTAL_PASSED', 'TOTAL_FAILED', 'INDETERMINATE', 'NOT_VERIFIED', 'NO_SIGNATURE')),
    verification_subindication TEXT,
    verification_report TEXT,                     -- JSON, every decision of the verifier
    verified_at {TS},
    household_result TEXT NOT NULL DEFAULT 'NOT_CHECKED'
        CHECK (household_result IN ('MATCH', 'NO_MATCH', 'NOT_REGISTERED_IN_TAIPEI', 'UNAVAILABLE', 'NOT_CHECKED')),
    household_checked_at {TS},
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'info_requested', 'approved', 'rejected', 'withdrawn')),
    submitted_at {TS} NOT NULL,
    decided_by {REF} REFERENCES staff(id),
    decided_at {TS},
    decision_reason TEXT,
    decision_note TEXT,
    paper_consent_checked BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX binding_requests_queue_idx ON binding_requests (school_id, status, id);
CREATE INDEX binding_requests_student_idx ON binding_requests (student_id);
CREATE INDEX binding_requests_email_idx ON binding_requests (applicant_email);
CREATE INDEX binding_requests_parent_idx ON binding_requests (parent_id);

CREATE TABLE binding_request_events (
    id {ID},
    request_id {REF} NOT NULL REFERENCES binding_requests(id),
    at {TS} NOT NULL,
    actor_staff_id {REF} REFERENCES staff(id),
    kind TEXT NOT NULL,                           -- submitted, verified, household_checked, approved, ...
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX binding_request_events_request_idx ON binding_request_events (request_id, at);

CREATE TABLE parent_bindings (
    id {ID},
    parent_id {REF} NOT NULL REFERENCES parents(id),
    student_id {REF} NOT NULL REFERENCES students(id),
    relationship TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'revoked')),
    request_id {REF} REFERENCES binding_requests(id),
    approved_by {REF} REFERENCES staff(id),
    approved_at {TS} NOT NULL,
    ended_at {TS},
    UNIQUE (parent_id, student_id)
);
CREATE INDEX parent_bindings_student_idx ON parent_bindings (student_id, status);

CREATE TABLE leave_types (
    id {ID},
    school_id {REF} REFERENCES schools(id),       -- NULL: city-wide type
    code TEXT NOT NULL,                           -- personal, sick, official, bereavement, ...
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    requires_document BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (school_id, code)
);

CREATE TABLE leave_requests (
    id {ID},
    school_id {REF} NOT NULL REFERENCES schools(id),
    student_id {REF} NOT NULL REFERENCES students(id),
    class_id {REF} REFERENCES classes(id),
    parent_id {REF} REFERENCES parents(id),
    leave_type_id {REF} NOT NULL REFERENCES leave_types(id),
    reason TEXT NOT NULL DEFAULT '',
    start_date {DATE} NOT NULL,
    end_date {DATE} NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'cancelled')),
    submitted_at {TS} NOT NULL,
    decided_by {REF} REFERENCES staff(id),
    decided_at {TS},
    decision_note TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (end_date >= start_date)
);
CREATE INDEX leave_requests_queue_idx ON leave_requests (school_id, status, id);
CREATE INDEX leave_requests_class_idx ON leave_requests (class_id, status, id);
CREATE INDEX leave_requests_student_idx ON leave_requests (student_id, start_date);

CREATE TABLE leave_request_periods (
    id {ID},
    leave_request_id {REF} NOT NULL REFERENCES leave_requests(id),
    date {DATE} NOT NULL,
    period TEXT NOT NULL,                         -- morning, 1..9, noon
    UNIQUE (leave_request_id, date, period)
);

CREATE TABLE leave_attachments (
    id {ID},
    leave_request_id {REF} NOT NULL REFERENCES leave_requests(id),
    filename TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    content {BLOB} NOT NULL,
    uploaded_at {TS} NOT NULL
);
CREATE INDEX leave_attachments_request_idx ON leave_attachments (leave_request_id);

-- Absences by date and class period. recorded_at drives the parents' one-day lag.
CREATE TABLE attendance (
    id {ID},
    student_id {REF} NOT NULL REFERENCES students(id),
    school_id {REF} NOT NULL REFERENCES schools(id),
    class_id {REF} REFERENCES classes(id),
    date {DATE} NOT NULL,
    period TEXT NOT NULL,
    code TEXT NOT NULL CHECK (code IN ('personal', 'sick', 'official', 'bereavement', 'truancy', 'late', 'early_leave', 'other')),
    leave_request_id {REF} REFERENCES leave_requests(id),
    recorded_by {REF} REFERENCES staff(id),
    recorded_at {TS} NOT NULL,
    UNIQUE (student_id, date, period)
);
CREATE INDEX attendance_class_idx ON attendance (class_id, date);

CREATE TABLE grades (
    id {ID},
    student_id {REF} NOT NULL REFERENCES students(id),
    school_id {REF} NOT NULL REFERENCES schools(id),
    school_year INTEGER NOT NULL,
    semester INTEGER NOT NULL CHECK (semester IN (1, 2)),
    subject TEXT NOT NULL,
    exam TEXT NOT NULL,                           -- midterm1, midterm2, final, semester
    score REAL NOT NULL,
    recorded_at {TS} NOT NULL
);
CREATE INDEX grades_student_idx ON grades (student_id, school_year, semester);

CREATE TABLE merits (
    id {ID},
    student_id {REF} NOT NULL REFERENCES students(id),
    school_id {REF} NOT NULL REFERENCES schools(id),
    date {DATE} NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('commendation', 'minor_merit', 'major_merit', 'warning', 'minor_demerit', 'major_demerit')),
    count INTEGER NOT NULL DEFAULT 1 CHECK (count > 0),
    reason TEXT NOT NULL,
    recorded_by {REF} REFERENCES staff(id),
    recorded_at {TS} NOT NULL
);
CREATE INDEX merits_student_idx ON merits (student_id, date);

CREATE TABLE gate_swipes (
    id {ID},
    student_id {REF} NOT NULL REFERENCES students(id),
    school_id {REF} NOT NULL REFERENCES schools(id),
    at {TS} NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    gate TEXT NOT NULL DEFAULT ''
);
CREATE INDEX gate_swipes_student_idx ON gate_swipes (student_id, at);

CREATE TABLE notices (
    id {ID},
    school_id {REF} NOT NULL REFERENCES schools(id),
    author_staff_id {REF} REFERENCES staff(id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
    requires_reply BOOLEAN NOT NULL DEFAULT FALSE,
    reply_options TEXT NOT NULL DEFAULT '[]',      -- JSON array of choices
    reply_deadline {TS},
    created_at {TS} NOT NULL,
    published_at {TS},
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX notices_school_idx ON notices (school_id, status, id);

-- One row per (parent, child) a notice is addressed to: the child is always labelled.
CREATE TABLE notice_recipients (
    id {ID},
    notice_id {REF} NOT NULL REFERENCES notices(id),
    parent_id {REF} NOT NULL REFERENCES parents(id),
    student_id {REF} NOT NULL REFERENCES students(id),
    read_at {TS},
    UNIQUE (notice_id, parent_id, student_id)
);
CREATE INDEX notice_recipients_parent_idx ON notice_recipients (parent_id, notice_id);

CREATE TABLE notice_replies (
    id {ID},
    notice_id {REF} NOT NULL REFERENCES notices(id),
    parent_id {REF} NOT NULL REFERENCES parents(id),
    student_id {REF} NOT NULL REFERENCES students(id),
    choice TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'app' CHECK (channel IN ('app', 'paper', 'phone')),
    recorded_by {REF} REFERENCES staff(id),       -- staff who entered a paper/phone reply
    replied_at {TS} NOT NULL,
    UNIQUE (notice_id, parent_id, student_id)
);

CREATE TABLE surveys (
    id {ID},
    school_id {REF} NOT NULL REFERENCES schools(id),
    notice_id {REF} REFERENCES notices(id),
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
    opens_at {TS},
    closes_at {TS},
    created_by {REF} REFERENCES staff(id),
    created_at {TS} NOT NULL
);

CREATE TABLE survey_questions (
    id {ID},
    survey_id {REF} NOT NULL REFERENCES surveys(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('single', 'multiple', 'text', 'number')),
    text TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '[]',
    UNIQUE (survey_id, position)
);

CREATE TABLE survey_answers (
    id {ID},
    survey_id {REF} NOT NULL REFERENCES surveys(id),
    question_id {REF} NOT NULL REFERENCES survey_questions(id),
    parent_id {REF} NOT NULL REFERENCES parents(id),
    student_id {REF} NOT NULL REFERENCES students(id),
    answer TEXT NOT NULL,
    answered_at {TS} NOT NULL,
    UNIQUE (question_id, parent_id, student_id)
);
CREATE INDEX survey_answers_survey_idx ON survey_answers (survey_id, question_id);

CREATE TABLE messages (
    id {ID},
    school_id {REF} NOT NULL REFERENCES schools(id),
    sender_staff_id {REF} REFERENCES staff(id),
    parent_id {REF} NOT NULL REFERENCES parents(id),
    student_id {REF} REFERENCES students(id),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    urgent BOOLEAN NOT NULL DEFAULT FALSE,
    created_at {TS} NOT NULL,
    scheduled_at {TS},
    sent_at {TS}
);
CREATE INDEX messages_parent_idx ON messages (parent_id, created_at);
CREATE INDEX messages_school_idx ON messages (school_id, id);

CREATE TABLE push_outbox (
    id {ID},
    message_id {REF} REFERENCES messages(id),
    parent_id {REF} NOT NULL REFERENCES parents(id),
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at {TS},
    last_error TEXT,
    created_at {TS} NOT NULL,
    sent_at {TS}
);
CREATE INDEX push_outbox_due_idx ON push_outbox (status, next_attempt_at);

CREATE TABLE contact_book_entries (
    id {ID},
    school_id {REF} NOT NULL REFERENCES schools(id),
    class_id {REF} NOT NULL REFERENCES classes(id),
    date {DATE} NOT NULL,
    author_staff_id {REF} REFERENCES staff(id),
    body TEXT NOT NULL,
    created_at {TS} NOT NULL
);
CREATE INDEX contact_book_class_idx ON contact_book_entries (class_id, date);

CREATE TABLE contact_book_acks (
    id {ID},
    entry_id {REF} NOT NULL REFERENCES contact_book_entries(id),
    parent_id {REF} NOT NULL REFERENCES parents(id),
    student_id {REF} NOT NULL REFERENCES students(id),
    acknowledged_at {TS} NOT NULL,
    UNIQUE (entry_id, parent_id, student_id)
);

CREATE TABLE activities (
    id {ID},
    school_id {REF} NOT NULL REFERENCES schools(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    fee_cents INTEGER NOT NULL DEFAULT 0 CHECK (fee_cents >= 0),
    capacity INTEGER,
    opens_at {TS},
    closes_at {TS},
    starts_on {DATE}
);

CREATE TABLE activity_registrations (
    id {ID},
    activity_id {REF} NOT NULL REFERENCES activities(id),
    student_id {REF} NOT NULL REFERENCES students(id),
    parent_id {REF} REFERENCES parents(id),
    status TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'waitlisted', 'cancelled')),
    registered_at {TS} NOT NULL,
    UNIQUE (activity_id, student_id)
);
CREATE INDEX activity_registrations_student_idx ON activity_registrations (student_id);

CREATE TABLE payments (
    id {ID},
    registration_id {REF} NOT NULL REFERENCES activity_registrations(id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    status TEXT NOT NULL DEFAULT 'unpaid' CHECK (status IN ('unpaid', 'paid', 'refunded')),
    paid_at {TS},
    reference TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payments_registration_idx ON payments (registration_id);

-- Trust anchors, intermediates and CRLs for e-signature verification, configured by the
-- school admin and pinned by SHA-256; never fetched.
CREATE TABLE esign_trust (
    id {ID},
    school_id {REF} REFERENCES schools(id),
    kind TEXT NOT NULL CHECK (kind IN ('anchor', 'intermediate', 'crl', 'tsa')),
    label TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    pem TEXT NOT NULL,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE,
    added_at {TS} NOT NULL,
    UNIQUE (school_id, sha256)
);

-- Append-only: every decision, who made it, on what, with its evidence. hash chains each
-- entry to the previous one (sha256 over prev_hash and the entry's content).
CREATE TABLE audit_log (
    id {ID},
    at {TS} NOT NULL,
    school_id {REF} REFERENCES schools(id),
    actor_login TEXT NOT NULL,
    actor_staff_id {REF} REFERENCES staff(id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id {REF},
    detail TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
CREATE INDEX audit_log_school_idx ON audit_log (school_id, id);

CREATE TABLE app_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
