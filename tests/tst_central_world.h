#pragma once
// A small two-school world for the tst_central_* tests, written by the owner: school X with
// classes 801 (teacher A) and 802 (teacher B), an office, an admin and a parent-view reader;
// school Y with one class and its own office. Every row a test looks at has a known id.
#include "tst_central_fixture.h"

#include "models/auditlog.h"

#include <QDateTime>
#include <QHash>

namespace cooc::test::central {

struct World
{
    qint64 schoolX = 0, schoolY = 0;
    qint64 officeX = 0, officeY = 0;
    qint64 teacherA = 0, teacherB = 0, officeStaffX = 0, officeStaffY = 0, adminX = 0, readerX = 0;
    qint64 class801 = 0, class802 = 0, classY801 = 0;
    qint64 s1 = 0, s2 = 0, s3 = 0, sTransferred = 0, sUnplaced = 0;
    qint64 p1 = 0, p2 = 0, p3 = 0;
    qint64 leaveType = 0;
    qint64 noticeX = 0, noticeY = 0;
    // role name of each staff member (login roles made by the fixture)
    QHash<qint64, QString> roleOf;
    QString error;

    // Binding requests: one per call; status pending unless given.
    qint64 request(const Database &db, qint64 school, qint64 student, const QString &verdict = QStringLiteral("TOTAL_PASSED"),
                   const QString &email = {})
    {
        static int n = 0;
        ++n;
        const QString mail = email.isEmpty() ? QStringLiteral("applicant%1@example.tw").arg(n) : email;
        auto id = db.insert(QStringLiteral("INSERT INTO binding_requests (school_id, student_id, applicant_name, applicant_email,"
                                           " applicant_national_id_hash, applicant_national_id_masked, applicant_id_last4,"
                                           " relationship, consent_document, verification_verdict, submitted_at)"
                                           " VALUES (?, ?, ?, ?, ?, 'A12****789', '6789', 'mother', ?, ?, ?)"),
                            {school, student, QStringLiteral("王小美"), mail, QString(QStringLiteral("hash-") + mail),
                             QByteArray("consent"), verdict, QDateTime::currentDateTimeUtc()});
        if (!id)
            error = id.error().detail;
        return id ? id.value() : 0;
    }

    qint64 leave(const Database &db, qint64 school, qint64 student, qint64 klass)
    {
        auto id = db.insert(QStringLiteral("INSERT INTO leave_requests (school_id, student_id, class_id, leave_type_id, reason,"
                                           " start_date, end_date, submitted_at) VALUES (?, ?, ?, ?, 'fever', ?, ?, ?)"),
                            {school, student, klass, leaveType, QDate(2026, 11, 30), QDate(2026, 11, 30),
                             QDateTime::currentDateTimeUtc()});
        if (!id)
            error = id.error().detail;
        return id ? id.value() : 0;
    }

    qint64 absence(const Database &db, qint64 school, qint64 student, qint64 klass, const QString &period)
    {
        auto id = db.insert(QStringLiteral("INSERT INTO attendance (student_id, school_id, class_id, date, period, code, recorded_at)"
                                           " VALUES (?, ?, ?, ?, ?, 'sick', ?)"),
                            {student, school, klass, QDate(2026, 11, 27), period, QDateTime::currentDateTimeUtc()});
        if (!id)
            error = id.error().detail;
        return id ? id.value() : 0;
    }

    qint64 reply(const Database &db, qint64 notice, qint64 parent, qint64 student)
    {
        auto id = db.insert(QStringLiteral("INSERT INTO notice_replies (notice_id, parent_id, student_id, choice, replied_at)"
                                           " VALUES (?, ?, ?, 'yes', ?)"),
                            {notice, parent, student, QDateTime::currentDateTimeUtc()});
        if (!id)
            error = id.error().detail;
        return id ? id.value() : 0;
    }

    static int currentSchoolYear()
    {
        const QDate d = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
        return d.year() - 1911 - (d.month() < 8 ? 1 : 0);
    }

    // Writes the world as the owner and creates a login role per staff member.
    static World build(Fixture &f)
    {
        World w;
        const Database &db = f.owner();
        auto ins = [&](const QString &sql, const QVariantList &values) -> qint64 {
            auto id = db.insert(sql, values);
            if (!id && w.error.isEmpty())
                w.error = id.error().detail;
            return id ? id.value() : 0;
        };
        const int year = currentSchoolYear();
        w.schoolX = ins(QStringLiteral("INSERT INTO schools (code, name) VALUES (?, ?)"), {QString(f.prefix() + QStringLiteral("x")), QStringLiteral("X 國中")});
        w.schoolY = ins(QStringLiteral("INSERT INTO schools (code, name) VALUES (?, ?)"), {QString(f.prefix() + QStringLiteral("y")), QStringLiteral("Y 國中")});
        w.officeX = ins(QStringLiteral("INSERT INTO offices (school_id, code, name) VALUES (?, 'student_affairs', '學務處')"), {w.schoolX});
        w.officeY = ins(QStringLiteral("INSERT INTO offices (school_id, code, name) VALUES (?, 'student_affairs', '學務處')"), {w.schoolY});

        struct StaffSpec
        {
            qint64 *id;
            const char *suffix;
            qint64 school;
            qint64 office;
            bool admin;
            QStringList groups;
        };
        const QStringList reader{QStringLiteral("parent_view_reader")};
        StaffSpec staff[] = {
            {&w.teacherA, "ta", w.schoolX, 0, false, {QStringLiteral("homeroom_teacher"), QStringLiteral("parent_view_reader")}},
            {&w.teacherB, "tb", w.schoolX, 0, false, {QStringLiteral("homeroom_teacher"), QStringLiteral("parent_view_reader")}},
            {&w.officeStaffX, "ox", w.schoolX, w.officeX, false, {QStringLiteral("office_student_affairs"), QStringLiteral("parent_view_reader")}},
            {&w.officeStaffY, "oy", w.schoolY, w.officeY, false, {QStringLiteral("office_student_affairs"), QStringLiteral("parent_view_reader")}},
            {&w.adminX, "ax", w.schoolX, 0, true, {QStringLiteral("school_admin")}},
            {&w.readerX, "rx", w.schoolX, w.officeX, false, reader},
        };
        int n = 0;
        for (StaffSpec &s : staff) {
            const QString role = f.createLogin(QString::fromLatin1(s.suffix), s.groups);
            if (role.isEmpty() && w.error.isEmpty())
                w.error = QStringLiteral("could not create role ") + QString::fromLatin1(s.suffix);
            *s.id = ins(QStringLiteral("INSERT INTO staff (school_id, office_id, name, national_id_hash, national_id_masked,"
                                       " is_school_admin, db_role) VALUES (?, ?, ?, ?, 'A12****789', ?, ?)"),
                        {s.school, s.office ? QVariant(s.office) : QVariant(QMetaType::fromType<qint64>()),
                         QStringLiteral("老師%1").arg(++n), QStringLiteral("staffhash%1").arg(n), s.admin, role});
            w.roleOf.insert(*s.id, role);
        }
        auto klass = [&](qint64 school, int grade, int number, qint64 teacher) {
            return ins(QStringLiteral("INSERT INTO classes (school_id, school_year, grade, number, name, homeroom_teacher_id)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"),
                       {school, year, grade, number, QStringLiteral("%1%2").arg(grade).arg(number, 2, 10, QLatin1Char('0')),
                        teacher ? QVariant(teacher) : QVariant(QMetaType::fromType<qint64>())});
        };
        w.class801 = klass(w.schoolX, 8, 1, w.teacherA);
        w.class802 = klass(w.schoolX, 8, 2, w.teacherB);
        w.classY801 = klass(w.schoolY, 8, 1, 0);

        auto student = [&](const QString &name, int k) {
            return ins(QStringLiteral("INSERT INTO students (name, national_id_hash, national_id_masked) VALUES (?, ?, 'B12****789')"),
                       {name, QString(QStringLiteral("studenthash%1-").arg(k) + f.prefix())});
        };
        auto enroll = [&](qint64 s, qint64 school, qint64 klassId, const QString &status, const QString &number) {
            ins(QStringLiteral("INSERT INTO enrollments (student_id, school_id, school_year, class_id, seat, student_number,"
                               " status, start_date) VALUES (?, ?, ?, ?, 1, ?, ?, ?)"),
                {s, school, year, klassId ? QVariant(klassId) : QVariant(QMetaType::fromType<qint64>()), number, status,
                 QDate(2026, 8, 30)});
        };
        w.s1 = student(QStringLiteral("陳一"), 1);
        w.s2 = student(QStringLiteral("陳二"), 2);
        w.s3 = student(QStringLiteral("陳三"), 3);
        w.sTransferred = student(QStringLiteral("陳四"), 4);
        w.sUnplaced = student(QStringLiteral("陳五"), 5);
        enroll(w.s1, w.schoolX, w.class801, QStringLiteral("enrolled"), QStringLiteral("115001"));
        enroll(w.s2, w.schoolX, w.class802, QStringLiteral("enrolled"), QStringLiteral("115002"));
        enroll(w.s3, w.schoolY, w.classY801, QStringLiteral("enrolled"), QStringLiteral("115003"));
        enroll(w.sTransferred, w.schoolX, w.class801, QStringLiteral("transferred_out"), QStringLiteral("115004"));
        enroll(w.sUnplaced, w.schoolX, 0, QStringLiteral("enrolled"), QStringLiteral("115005"));

        auto parent = [&](const QString &email, int k) {
            return ins(QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4)"
                                      " VALUES (?, ?, ?, 'C12****789', '6789')"),
                       {QStringLiteral("家長%1").arg(k), email, QString(QStringLiteral("parenthash%1-").arg(k) + f.prefix())});
        };
        w.p1 = parent(QStringLiteral("p1@example.tw"), 1);
        w.p2 = parent(QStringLiteral("p2@example.tw"), 2);
        w.p3 = parent(QStringLiteral("p3@example.tw"), 3);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (auto [p, s] : {std::pair{w.p1, w.s1}, std::pair{w.p2, w.s2}, std::pair{w.p3, w.s3}})
            ins(QStringLiteral("INSERT INTO parent_bindings (parent_id, student_id, relationship, approved_at) VALUES (?, ?, 'mother', ?)"),
                {p, s, now});
        w.leaveType = ins(QStringLiteral("INSERT INTO leave_types (code, name_zh, name_en) VALUES ('sick', '病假', 'Sick leave')"), {});
        w.noticeX = ins(QStringLiteral("INSERT INTO notices (school_id, author_staff_id, title, body, status, created_at)"
                                       " VALUES (?, ?, '校外教學', '...', 'published', ?)"),
                        {w.schoolX, w.officeStaffX, now});
        w.noticeY = ins(QStringLiteral("INSERT INTO notices (school_id, author_staff_id, title, body, status, created_at)"
                                       " VALUES (?, ?, '運動會', '...', 'published', ?)"),
                        {w.schoolY, w.officeStaffY, now});
        return w;
    }
};

inline const QString kInsufficientPrivilege = QStringLiteral("42501");
inline const QString kCheckViolation = QStringLiteral("23514");

// A decision as raw SQL the way it must be written since 0020: the UPDATE and the decider's
// audit entry (`action`) in one transaction. The first failure is returned (then rolled back);
// a refusal at commit comes back from COMMIT.
inline Outcome audited(const Database &db, const World &w, qint64 staffId, const QString &action, qint64 requestId,
                const QString &sql, const QVariantList &values)
{
    if (Outcome begun = run(db, QStringLiteral("BEGIN")); !begun.ok())
        return begun;
    Outcome decided = run(db, sql, values);
    if (decided.ok()) {
        Actor actor;
        actor.staffId = staffId;
        actor.schoolId = w.schoolX;
        actor.login = w.roleOf.value(staffId);
        if (auto entry = AuditLog(db).append(actor, action, QStringLiteral("binding_request"), requestId, {},
                                             QDateTime::currentDateTimeUtc());
            !entry)
            decided = {QStringLiteral("audit"), -1, entry.error().detail};
    }
    if (!decided.ok()) {
        run(db, QStringLiteral("ROLLBACK"));
        return decided;
    }
    if (Outcome committed = run(db, QStringLiteral("COMMIT")); !committed.ok())
        return committed;
    return decided;
}

} // namespace cooc::test::central
