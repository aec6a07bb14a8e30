// The central database refuses what a user may not do, whatever SQL they send: these tests
// log in as real staff login roles and use raw SQL, never the client's repositories.
// PostgreSQL only by nature (row-level security, grants, triggers); the SQLite deployment
// is single-user and relies on the client's own checks, which other tests cover.
#include "tst_central_world.h"

#include "models/auditlog.h"
#include "models/bindingrequestrepository.h"
#include "models/schoolyear.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace cooc;
using namespace cooc::test::central;


class TestCentralSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void personalTablesForceRowLevelSecurity();
    void groupRolesExistAndAreNotLogins();
    void teacherSeesOnlyOwnClass();
    void teacherCannotChangeAnotherClass();
    void officeStaffSeeNothingOfAnotherSchool();
    void parentViewReaderCannotWrite();
    void setRoleParentViewReaderDropsWrites();
    void invalidBindingTransitionsAreRejected();
    void approvalNeedsEnrolledStudentAndSignature();
    void decisionsOnlyInOwnNameAndNow();
    void decisionCallHasOnlyTheCallersRights();
    void invalidLeaveTransitionsAreRejected();
    void activeBindingNeedsApprovedRequest();
    void approvalTransactionWorksForTeacher();
    void placeFunctionsAreNotForCallers();
    void staffCanClearOnlyOwnPasswordFlag();
    void messagesOnlyToBoundParents();
    void roleWithoutStaffRowSeesNothing();
    void sessionStaffIsFoundByIndex();
    void schoolYearIsInlined();
    void emailLookupsUseIndexes();
    void migrationIsIdempotentAcrossDatabases();

private:
    std::unique_ptr<Database> as(qint64 staffId) { return m_f->connectAs(m_w.roleOf.value(staffId)); }

    std::unique_ptr<Fixture> m_f;
    World m_w;
};

void TestCentralSecurity::initTestCase()
{
    m_f = Fixture::create();
    QVERIFY2(m_f->error().isEmpty(), qPrintable(m_f->error()));
    m_w = World::build(*m_f);
    QVERIFY2(m_w.error.isEmpty(), qPrintable(m_w.error));
}

void TestCentralSecurity::cleanupTestCase()
{
    m_f.reset();
}

void TestCentralSecurity::personalTablesForceRowLevelSecurity()
{
    // Every table but reference data has RLS enabled AND forced (a new table without policies
    // fails here: add its grants and policies in its migration).
    const QStringList reference = {QStringLiteral("schools"), QStringLiteral("offices"), QStringLiteral("classes"),
                                   QStringLiteral("leave_types"), QStringLiteral("app_settings"),
                                   QStringLiteral("schema_migrations"), QStringLiteral("audit_chain_head"),
                                   QStringLiteral("audit_chain_heads")};
    auto q = m_f->owner().exec(QStringLiteral("SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c"
                                              " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                              " WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1"),
                               {}, Database::Rows::Buffered);
    QVERIFY(q.ok());
    int checked = 0;
    while (q.value().next()) {
        const QString table = q.value().value(0).toString();
        if (reference.contains(table))
            continue;
        ++checked;
        QVERIFY2(q.value().value(1).toBool() && q.value().value(2).toBool(),
                 qPrintable(table + QStringLiteral(" holds personal data but row-level security is not enabled and forced")));
    }
    QVERIFY(checked >= 30);
}

void TestCentralSecurity::groupRolesExistAndAreNotLogins()
{
    const auto roles = ids(m_f->owner(), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('cooc_staff',"
                                                        " 'homeroom_teacher', 'office_staff', 'school_admin', 'parent_view_reader',"
                                                        " 'office_student_affairs') AND NOT rolcanlogin"));
    QCOMPARE(roles, QList<qint64>{6});
}

void TestCentralSecurity::teacherSeesOnlyOwnClass()
{
    const qint64 r1 = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    const qint64 r2 = m_w.request(m_f->owner(), m_w.schoolX, m_w.s2);
    const qint64 rTransferred = m_w.request(m_f->owner(), m_w.schoolX, m_w.sTransferred);
    const qint64 l1 = m_w.leave(m_f->owner(), m_w.schoolX, m_w.s1, m_w.class801);
    const qint64 l2 = m_w.leave(m_f->owner(), m_w.schoolX, m_w.s2, m_w.class802);
    const qint64 a1 = m_w.absence(m_f->owner(), m_w.schoolX, m_w.s1, m_w.class801, QStringLiteral("1"));
    const qint64 a2 = m_w.absence(m_f->owner(), m_w.schoolX, m_w.s2, m_w.class802, QStringLiteral("1"));
    const qint64 re1 = m_w.reply(m_f->owner(), m_w.noticeX, m_w.p1, m_w.s1);
    const qint64 re2 = m_w.reply(m_f->owner(), m_w.noticeX, m_w.p2, m_w.s2);
    QVERIFY2(m_w.error.isEmpty(), qPrintable(m_w.error));

    auto a = as(m_w.teacherA);
    QVERIFY(a);
    const QList<qint64> requests = ids(*a, QStringLiteral("SELECT id FROM binding_requests WHERE id IN (?, ?, ?)"), {r1, r2, rTransferred});
    QCOMPARE(requests, QList<qint64>{r1}); // not class B's, not a student who transferred out
    QCOMPARE(ids(*a, QStringLiteral("SELECT id FROM leave_requests WHERE id IN (?, ?)"), {l1, l2}), QList<qint64>{l1});
    QCOMPARE(ids(*a, QStringLiteral("SELECT id FROM attendance WHERE id IN (?, ?)"), {a1, a2}), QList<qint64>{a1});
    QCOMPARE(ids(*a, QStringLiteral("SELECT id FROM notice_replies WHERE id IN (?, ?)"), {re1, re2}), QList<qint64>{re1});
    QCOMPARE(ids(*a, QStringLiteral("SELECT id FROM students")), QList<qint64>{m_w.s1});
    QCOMPARE(ids(*a, QStringLiteral("SELECT id FROM parents WHERE id IN (?, ?, ?)"), {m_w.p1, m_w.p2, m_w.p3}),
             QList<qint64>{m_w.p1});
    // Reference data is there for everybody.
    QCOMPARE(ids(*a, QStringLiteral("SELECT count(*) FROM schools")), QList<qint64>{2});
    // Teacher B the mirror image.
    auto b = as(m_w.teacherB);
    QVERIFY(b);
    QCOMPARE(ids(*b, QStringLiteral("SELECT id FROM binding_requests WHERE id IN (?, ?)"), {r1, r2}), QList<qint64>{r2});
}

void TestCentralSecurity::teacherCannotChangeAnotherClass()
{
    const qint64 r2 = m_w.request(m_f->owner(), m_w.schoolX, m_w.s2);
    const qint64 l2 = m_w.leave(m_f->owner(), m_w.schoolX, m_w.s2, m_w.class802);
    const qint64 a2 = m_w.absence(m_f->owner(), m_w.schoolX, m_w.s2, m_w.class802, QStringLiteral("2"));
    QVERIFY2(m_w.error.isEmpty(), qPrintable(m_w.error));
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // Updates of invisible rows touch nothing; inserts for another class are refused.
    Outcome o = run(*a, QStringLiteral("UPDATE binding_requests SET status = 'rejected', decision_reason = 'x', decided_by = ?,"
                                       " decided_at = ?, version = version + 1 WHERE id = ?"),
                    {m_w.teacherA, now, r2});
    QVERIFY2(o.ok(), qPrintable(o.text));
    QCOMPARE(o.rows, 0);
    o = run(*a, QStringLiteral("UPDATE leave_requests SET status = 'approved', decided_by = ?, decided_at = ?,"
                               " version = version + 1 WHERE id = ?"),
            {m_w.teacherA, now, l2});
    QCOMPARE(o.rows, 0);
    o = run(*a, QStringLiteral("UPDATE attendance SET code = 'truancy', recorded_by = ? WHERE id = ?"), {m_w.teacherA, a2});
    QCOMPARE(o.rows, 0);
    o = run(*a, QStringLiteral("DELETE FROM attendance WHERE id = ?"), {a2});
    QCOMPARE(o.rows, 0);
    o = run(*a, QStringLiteral("INSERT INTO attendance (student_id, school_id, class_id, date, period, code, recorded_by, recorded_at)"
                               " VALUES (?, ?, ?, ?, '3', 'truancy', ?, ?)"),
            {m_w.s2, m_w.schoolX, m_w.class802, QDate(2026, 11, 26), m_w.teacherA, now});
    QCOMPARE(o.state, kInsufficientPrivilege);
    o = run(*a, QStringLiteral("INSERT INTO notice_replies (notice_id, parent_id, student_id, choice, channel, recorded_by, replied_at)"
                               " VALUES (?, ?, ?, 'no', 'paper', ?, ?)"),
            {m_w.noticeX, m_w.p2, m_w.s2, m_w.teacherA, now});
    QCOMPARE(o.state, kInsufficientPrivilege);
    // Columns outside the decision columns cannot be written at all, even for one's own class.
    const qint64 r1 = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    o = run(*a, QStringLiteral("UPDATE binding_requests SET student_id = ? WHERE id = ?"), {m_w.s2, r1});
    QCOMPARE(o.state, kInsufficientPrivilege);
    o = run(*a, QStringLiteral("UPDATE binding_requests SET school_id = ? WHERE id = ?"), {m_w.schoolY, r1});
    QCOMPARE(o.state, kInsufficientPrivilege);

    // Nothing changed, seen by the superuser.
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT version FROM binding_requests WHERE id = ?"), {r2}), QList<qint64>{1});
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM leave_requests WHERE id = ? AND status = 'pending'"), {l2}),
             QList<qint64>{1});
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM attendance WHERE id = ? AND code = 'sick'"), {a2}),
             QList<qint64>{1});
}

void TestCentralSecurity::officeStaffSeeNothingOfAnotherSchool()
{
    const qint64 rX = m_w.request(m_f->owner(), m_w.schoolX, m_w.s2);
    const qint64 rY = m_w.request(m_f->owner(), m_w.schoolY, m_w.s3);
    const qint64 lY = m_w.leave(m_f->owner(), m_w.schoolY, m_w.s3, m_w.classY801);
    const qint64 aY = m_w.absence(m_f->owner(), m_w.schoolY, m_w.s3, m_w.classY801, QStringLiteral("4"));
    m_w.reply(m_f->owner(), m_w.noticeY, m_w.p3, m_w.s3);
    QVERIFY2(m_w.error.isEmpty(), qPrintable(m_w.error));

    auto ox = as(m_w.officeStaffX);
    QVERIFY(ox);
    // School-wide at X...
    QVERIFY(ids(*ox, QStringLiteral("SELECT id FROM binding_requests")).contains(rX));
    QVERIFY(ids(*ox, QStringLiteral("SELECT id FROM students")).contains(m_w.s2));
    // ...and nothing whatsoever of Y, in any table that names a school or a student.
    const QList<QPair<QString, QVariantList>> probes = {
        {QStringLiteral("SELECT count(*) FROM binding_requests WHERE school_id = ?"), {m_w.schoolY}},
        {QStringLiteral("SELECT count(*) FROM leave_requests WHERE school_id = ?"), {m_w.schoolY}},
        {QStringLiteral("SELECT count(*) FROM attendance WHERE school_id = ?"), {m_w.schoolY}},
        {QStringLiteral("SELECT count(*) FROM enrollments WHERE school_id = ?"), {m_w.schoolY}},
        {QStringLiteral("SELECT count(*) FROM staff WHERE school_id = ?"), {m_w.schoolY}},
        {QStringLiteral("SELECT count(*) FROM notices WHERE school_id = ?"), {m_w.schoolY}},
        {QStringLiteral("SELECT count(*) FROM notice_replies WHERE student_id = ?"), {m_w.s3}},
        {QStringLiteral("SELECT count(*) FROM students WHERE id = ?"), {m_w.s3}},
        {QStringLiteral("SELECT count(*) FROM parents WHERE id = ?"), {m_w.p3}},
        {QStringLiteral("SELECT count(*) FROM parent_bindings WHERE student_id = ?"), {m_w.s3}},
        {QStringLiteral("SELECT count(*) FROM audit_log WHERE school_id = ?"), {m_w.schoolY}},
    };
    for (const auto &[sql, values] : probes)
        QVERIFY2(ids(*ox, sql, values) == QList<qint64>{0}, qPrintable(sql));
    // Y's rows cannot be changed from X either.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(run(*ox, QStringLiteral("UPDATE binding_requests SET status = 'rejected', decision_reason = 'x', decided_by = ?,"
                                     " decided_at = ?, version = version + 1 WHERE id = ?"),
                 {m_w.officeStaffX, now, rY}).rows,
             0);
    QCOMPARE(run(*ox, QStringLiteral("UPDATE leave_requests SET status = 'rejected', decided_by = ?, decided_at = ?,"
                                     " version = version + 1 WHERE id = ?"),
                 {m_w.officeStaffX, now, lY}).rows,
             0);
    QCOMPARE(run(*ox, QStringLiteral("DELETE FROM attendance WHERE id = ?"), {aY}).rows, 0);
    // Y's own office sees its request.
    auto oy = as(m_w.officeStaffY);
    QVERIFY(oy);
    QCOMPARE(ids(*oy, QStringLiteral("SELECT id FROM binding_requests WHERE id IN (?, ?)"), {rX, rY}), QList<qint64>{rY});
}

void TestCentralSecurity::parentViewReaderCannotWrite()
{
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    const qint64 l = m_w.leave(m_f->owner(), m_w.schoolX, m_w.s1, m_w.class801);
    QVERIFY2(m_w.error.isEmpty(), qPrintable(m_w.error));
    auto rd = as(m_w.readerX);
    QVERIFY(rd);
    // It reads (its staff row is school-wide)...
    QCOMPARE(ids(*rd, QStringLiteral("SELECT id FROM binding_requests WHERE id = ?"), {r}), QList<qint64>{r});
    // ...and every write is refused by privilege, not just filtered.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QPair<QString, QVariantList>> writes = {
        {QStringLiteral("UPDATE binding_requests SET status = 'rejected', decision_reason = 'x', decided_by = ?, decided_at = ?,"
                        " version = version + 1 WHERE id = ?"),
         {m_w.readerX, now, r}},
        {QStringLiteral("UPDATE leave_requests SET status = 'approved', decided_by = ?, decided_at = ?, version = version + 1"
                        " WHERE id = ?"),
         {m_w.readerX, now, l}},
        {QStringLiteral("INSERT INTO attendance (student_id, school_id, date, period, code, recorded_by, recorded_at)"
                        " VALUES (?, ?, ?, '5', 'sick', ?, ?)"),
         {m_w.s1, m_w.schoolX, QDate(2026, 11, 25), m_w.readerX, now}},
        {QStringLiteral("DELETE FROM parent_bindings WHERE student_id = ?"), {m_w.s1}},
        {QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4)"
                        " VALUES ('x', 'x@example.tw', 'h', 'm', '1')"),
         {}},
        {QStringLiteral("UPDATE students SET name = 'x' WHERE id = ?"), {m_w.s1}},
        {QStringLiteral("INSERT INTO notices (school_id, author_staff_id, title, body, created_at) VALUES (?, ?, 't', 'b', ?)"),
         {m_w.schoolX, m_w.readerX, now}},
        {QStringLiteral("INSERT INTO messages (school_id, sender_staff_id, parent_id, student_id, subject, body, created_at)"
                        " VALUES (?, ?, ?, ?, 's', 'b', ?)"),
         {m_w.schoolX, m_w.readerX, m_w.p1, m_w.s1, now}},
        {QStringLiteral("UPDATE accounts SET must_change_password = false"), {}},
    };
    for (const auto &[sql, values] : writes) {
        const Outcome o = run(*rd, sql, values);
        QVERIFY2(o.state == kInsufficientPrivilege, qPrintable(sql + QStringLiteral(" → ") + o.state + QLatin1Char(' ') + o.text));
    }
    // The only thing it may write: its own parent_view.* audit entries.
    QCOMPARE(run(*rd, QStringLiteral("INSERT INTO audit_log (at, school_id, actor_login, actor_staff_id, action, entity, entity_id)"
                                     " VALUES (?, ?, ?, ?, 'binding.approve', 'binding_request', ?)"),
                 {now, m_w.schoolX, m_w.roleOf.value(m_w.readerX), m_w.readerX, r}).state,
             kInsufficientPrivilege);
    const Outcome opened = run(*rd, QStringLiteral("INSERT INTO audit_log (at, school_id, actor_login, actor_staff_id, action, entity,"
                                                   " entity_id) VALUES (?, ?, ?, ?, 'parent_view.open', 'parent', ?)"),
                               {now, m_w.schoolX, m_w.roleOf.value(m_w.readerX), m_w.readerX, m_w.p1});
    QVERIFY2(opened.ok(), qPrintable(opened.text));
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT version FROM binding_requests WHERE id = ?"), {r}), QList<qint64>{1});
}

void TestCentralSecurity::setRoleParentViewReaderDropsWrites()
{
    // The parent view's connection: a teacher's own login, narrowed with SET ROLE.
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    QVERIFY(a->execDdl(QStringLiteral("SET ROLE parent_view_reader")).ok());
    // Same identity (session_user), same rows...
    QCOMPARE(ids(*a, QStringLiteral("SELECT id FROM binding_requests WHERE id = ?"), {r}), QList<qint64>{r});
    // ...no writes.
    const Outcome o = run(*a, QStringLiteral("UPDATE binding_requests SET status = 'info_requested', decided_by = ?, decided_at = ?,"
                                             " version = version + 1 WHERE id = ?"),
                          {m_w.teacherA, QDateTime::currentDateTimeUtc(), r});
    QCOMPARE(o.state, kInsufficientPrivilege);
}

void TestCentralSecurity::invalidBindingTransitionsAreRejected()
{
    auto ox = as(m_w.officeStaffX);
    QVERIFY(ox);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    const QString decide = QStringLiteral("UPDATE binding_requests SET status = ?, decided_by = ?, decided_at = ?,"
                                          " decision_reason = ?, version = ? WHERE id = ?");
    // A decision must move version by exactly one.
    QCOMPARE(run(*ox, decide, {QStringLiteral("rejected"), m_w.officeStaffX, now, QStringLiteral("wrong child"), 1, r}).state,
             kCheckViolation);
    QCOMPARE(run(*ox, decide, {QStringLiteral("rejected"), m_w.officeStaffX, now, QStringLiteral("wrong child"), 3, r}).state,
             kCheckViolation);
    // A rejection needs a reason.
    QCOMPARE(run(*ox, decide, {QStringLiteral("rejected"), m_w.officeStaffX, now, QString(), 2, r}).state, kCheckViolation);
    // Back to pending is not a transition.
    QCOMPARE(run(*ox, decide, {QStringLiteral("pending"), m_w.officeStaffX, now, QStringLiteral("x"), 2, r}).state,
             kCheckViolation);
    // A valid approval...
    const Outcome approved = audited(*ox, m_w, m_w.officeStaffX, QStringLiteral("binding.approve"), r, decide,
                                     {QStringLiteral("approved"), m_w.officeStaffX, now, QString(), 2, r});
    QVERIFY2(approved.ok(), qPrintable(approved.text));
    QCOMPARE(approved.rows, 1);
    // ...is final, whatever comes next.
    for (const QString &to : {QStringLiteral("rejected"), QStringLiteral("info_requested"), QStringLiteral("withdrawn"),
                              QStringLiteral("pending")})
        QCOMPARE(run(*ox, decide, {to, m_w.officeStaffX, now, QStringLiteral("changed my mind"), 3, r}).state, kCheckViolation);
    QCOMPARE(run(*ox, QStringLiteral("UPDATE binding_requests SET decision_note = 'edited later' WHERE id = ?"), {r}).state,
             kCheckViolation);
    QCOMPARE(run(*ox, QStringLiteral("UPDATE binding_requests SET verification_verdict = 'TOTAL_FAILED' WHERE id = ?"), {r}).state,
             kCheckViolation);
    // The owner is bound by the transition rules too.
    QCOMPARE(run(m_f->owner(), QStringLiteral("UPDATE binding_requests SET status = 'rejected', decision_reason = 'x',"
                                              " version = version + 1 WHERE id = ?"),
                 {r}).state,
             kCheckViolation);
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT version FROM binding_requests WHERE id = ? AND status = 'approved'"), {r}),
             QList<qint64>{2});
    // info_requested may be asked again, and then decided.
    const qint64 r2 = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    const QString askInfo = QStringLiteral("binding.request_info");
    QVERIFY(audited(*ox, m_w, m_w.officeStaffX, askInfo, r2, decide,
                    {QStringLiteral("info_requested"), m_w.officeStaffX, now, QStringLiteral("photo"), 2, r2})
                .ok());
    QVERIFY(audited(*ox, m_w, m_w.officeStaffX, askInfo, r2, decide,
                    {QStringLiteral("info_requested"), m_w.officeStaffX, now.addSecs(60), QStringLiteral("photo"), 3, r2})
                .ok());
    QVERIFY(audited(*ox, m_w, m_w.officeStaffX, QStringLiteral("binding.reject"), r2, decide,
                    {QStringLiteral("rejected"), m_w.officeStaffX, now, QStringLiteral("no reply"), 4, r2})
                .ok());
}

void TestCentralSecurity::approvalNeedsEnrolledStudentAndSignature()
{
    auto ox = as(m_w.officeStaffX);
    QVERIFY(ox);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // As the client writes it: the code 'paper_consent' as the reason, the reviewer's words as the note.
    const QString approve = QStringLiteral("UPDATE binding_requests SET status = 'approved', decided_by = ?, decided_at = ?,"
                                           " paper_consent_checked = ?, decision_reason = 'paper_consent',"
                                           " decision_note = ?, version = version + 1 WHERE id = ?");
    // Each attempt with its audit entry, as a real decision: only the guard may refuse it (a
    // decision without one is refused anyway, at commit).
    const auto refused = [&](const QVariantList &values) {
        return audited(*ox, m_w, m_w.officeStaffX, QStringLiteral("binding.approve"), values.last().toLongLong(), approve,
                       values)
            .state;
    };
    // Not enrolled any more (transferred out), not placed in a class, enrolled only in an
    // earlier school year (never rolled over): refused.
    const qint64 transferred = m_w.request(m_f->owner(), m_w.schoolX, m_w.sTransferred);
    const qint64 unplaced = m_w.request(m_f->owner(), m_w.schoolX, m_w.sUnplaced);
    QCOMPARE(refused({m_w.officeStaffX, now, false, QString(), transferred}), kCheckViolation);
    QCOMPARE(refused({m_w.officeStaffX, now, false, QString(), unplaced}), kCheckViolation);
    const qint64 lastYears = m_f->owner()
                                 .insert(QStringLiteral("INSERT INTO students (name, national_id_hash, national_id_masked)"
                                                        " VALUES ('陳六', ?, 'B12****789')"),
                                         {QString(QStringLiteral("studenthash6-") + m_f->prefix())})
                                 .value();
    QVERIFY(m_f->owner()
                .exec(QStringLiteral("INSERT INTO enrollments (student_id, school_id, school_year, class_id, seat, student_number,"
                                     " status, start_date) VALUES (?, ?, cooc_school_year() - 1, ?, 9, '114006', 'enrolled', ?)"),
                      {lastYears, m_w.schoolX, m_w.class801, QDate(2025, 8, 30)})
                .ok());
    const qint64 notThisYear = m_w.request(m_f->owner(), m_w.schoolX, lastYears);
    QCOMPARE(refused({m_w.officeStaffX, now, false, QString(), notThisYear}), kCheckViolation);
    // A signature that is not TOTAL_PASSED: only with the paper form checked AND the reviewer's reason.
    for (const QString &verdict : {QStringLiteral("INDETERMINATE"), QStringLiteral("TOTAL_FAILED"), QStringLiteral("NOT_VERIFIED"),
                                   QStringLiteral("NO_SIGNATURE")}) {
        const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s2, verdict);
        QCOMPARE(refused({m_w.officeStaffX, now, false, QString(), r}), kCheckViolation);
        QCOMPARE(refused({m_w.officeStaffX, now, true, QStringLiteral("  "), r}), kCheckViolation);
        QCOMPARE(refused({m_w.officeStaffX, now, true, QString(), r}), kCheckViolation); // the code alone
        QCOMPARE(refused({m_w.officeStaffX, now, false, QStringLiteral("paper seen"), r}), kCheckViolation);
        const Outcome ok = audited(*ox, m_w, m_w.officeStaffX, QStringLiteral("binding.approve"), r, approve,
                                   {m_w.officeStaffX, now, true, QStringLiteral("paper form seen at the office"), r});
        QVERIFY2(ok.ok() && ok.rows == 1, qPrintable(verdict + ok.text));
    }
}

void TestCentralSecurity::decisionsOnlyInOwnNameAndNow()
{
    auto ox = as(m_w.officeStaffX);
    QVERIFY(ox);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    const QString decide = QStringLiteral("UPDATE binding_requests SET status = ?, decided_by = ?, decided_at = ?,"
                                          " decision_reason = 'x', version = version + 1 WHERE id = ?");
    QCOMPARE(run(*ox, decide, {QStringLiteral("rejected"), m_w.adminX, now, r}).state, kInsufficientPrivilege);
    QCOMPARE(run(*ox, decide, {QStringLiteral("rejected"), QVariant(QMetaType::fromType<qint64>()), now, r}).state,
             kInsufficientPrivilege);
    QCOMPARE(run(*ox, decide, {QStringLiteral("rejected"), m_w.officeStaffX, now.addDays(-3), r}).state, kCheckViolation);
    // Someone who asked for information does not lend their name to the next decider.
    auto ax = as(m_w.adminX);
    QVERIFY(ax);
    QVERIFY(audited(*ax, m_w, m_w.adminX, QStringLiteral("binding.request_info"), r, decide,
                    {QStringLiteral("info_requested"), m_w.adminX, now, r})
                .ok());
    QCOMPARE(run(*ox, QStringLiteral("UPDATE binding_requests SET status = 'rejected', decision_reason = 'x',"
                                     " version = version + 1 WHERE id = ?"),
                 {r}).state,
             kInsufficientPrivilege);
    QVERIFY(audited(*ox, m_w, m_w.officeStaffX, QStringLiteral("binding.reject"), r, decide,
                    {QStringLiteral("rejected"), m_w.officeStaffX, now, r})
                .ok());
}

void TestCentralSecurity::decisionCallHasOnlyTheCallersRights()
{
    // cooc_record_binding_decision (0018) is the client's decision in one call, SECURITY
    // INVOKER: through psql it grants nothing the caller's own statements would not.
    const qint64 own = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);   // teacher A's class
    const qint64 other = m_w.request(m_f->owner(), m_w.schoolX, m_w.s2); // teacher B's class
    QVERIFY2(m_w.error.isEmpty(), qPrintable(m_w.error));
    auto reject = [&](const Database &db, qint64 request, qint64 staff, const QString &login) {
        return run(db, QStringLiteral("SELECT o_claimed FROM cooc_record_binding_decision(?, 1, 'rejected', ?, ?, 'other',"
                                      " 'x', false, NULL, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                                      " NULL, NULL, NULL, 'rejected', '{}', ?, ?, 'binding.reject', '{}')"),
                   {request, staff, QDateTime::currentDateTimeUtc(), m_w.schoolX, login});
    };
    auto unchanged = [&](qint64 request) {
        return m_f->superuser()
                   .scalar(QStringLiteral("SELECT status = 'pending' AND version = 1"
                                          " AND NOT EXISTS (SELECT 1 FROM binding_request_events WHERE request_id = ?)"
                                          " AND NOT EXISTS (SELECT 1 FROM audit_log WHERE entity = 'binding_request'"
                                          " AND entity_id = ?) FROM binding_requests WHERE id = ?"),
                           {request, request, request})
                   .value()
                   .toBool();
    };
    auto a = as(m_w.teacherA);
    auto rd = as(m_w.readerX);
    QVERIFY(a && rd);
    const QString loginA = m_w.roleOf.value(m_w.teacherA);
    // Another class's request: the claim finds no row it may change; nothing is written.
    const Outcome hidden = reject(*a, other, m_w.teacherA, loginA);
    QVERIFY2(hidden.ok(), qPrintable(hidden.text)); // o_claimed = false
    QVERIFY(unchanged(other));
    // In someone else's name (the decider, or the audit entry's author): refused, all of it.
    QCOMPARE(reject(*a, own, m_w.teacherB, loginA).state, kInsufficientPrivilege);
    QCOMPARE(reject(*a, own, m_w.teacherA, m_w.roleOf.value(m_w.teacherB)).state, kInsufficientPrivilege);
    QVERIFY(unchanged(own));
    // A read-only role may not call it at all.
    QCOMPARE(reject(*rd, own, m_w.readerX, m_w.roleOf.value(m_w.readerX)).state, kInsufficientPrivilege);
    QVERIFY(unchanged(own));
    // Its own class's request, in its own name: decided, with the event and a chained audit entry.
    const Outcome decided = reject(*a, own, m_w.teacherA, loginA);
    QVERIFY2(decided.ok(), qPrintable(decided.text));
    QVERIFY(!unchanged(own));
    QCOMPARE(m_f->superuser()
                 .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND hash <> '' AND prev_hash IS NOT NULL"),
                         {own})
                 .value()
                 .toInt(),
             1);
}

void TestCentralSecurity::invalidLeaveTransitionsAreRejected()
{
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString decide = QStringLiteral("UPDATE leave_requests SET status = ?, decided_by = ?, decided_at = ?, version = ?"
                                          " WHERE id = ?");
    const qint64 l = m_w.leave(m_f->owner(), m_w.schoolX, m_w.s1, m_w.class801);
    QCOMPARE(run(*a, decide, {QStringLiteral("approved"), m_w.teacherA, now, 1, l}).state, kCheckViolation);
    QCOMPARE(run(*a, decide, {QStringLiteral("approved"), m_w.teacherB, now, 2, l}).state, kInsufficientPrivilege);
    QVERIFY(run(*a, decide, {QStringLiteral("approved"), m_w.teacherA, now, 2, l}).ok());
    QCOMPARE(run(*a, decide, {QStringLiteral("rejected"), m_w.teacherA, now, 3, l}).state, kCheckViolation);
    QCOMPARE(run(*a, decide, {QStringLiteral("pending"), m_w.teacherA, now, 3, l}).state, kCheckViolation);
    QCOMPARE(run(*a, QStringLiteral("UPDATE leave_requests SET decision_note = 'later' WHERE id = ?"), {l}).state, kCheckViolation);
    QVERIFY(run(*a, decide, {QStringLiteral("cancelled"), m_w.teacherA, now, 3, l}).ok());
    QCOMPARE(run(*a, decide, {QStringLiteral("approved"), m_w.teacherA, now, 4, l}).state, kCheckViolation);
}

void TestCentralSecurity::activeBindingNeedsApprovedRequest()
{
    auto ox = as(m_w.officeStaffX);
    QVERIFY(ox);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A parent of a pending request binds themselves to a student: refused at commit.
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s2, QStringLiteral("TOTAL_PASSED"), QStringLiteral("p1@example.tw"));
    QVERIFY(ox->execDdl(QStringLiteral("BEGIN")).ok());
    const Outcome inserted = run(*ox, QStringLiteral("INSERT INTO parent_bindings (parent_id, student_id, relationship, request_id,"
                                                     " approved_by, approved_at) VALUES (?, ?, 'mother', ?, ?, ?)"),
                                 {m_w.p1, m_w.s2, r, m_w.officeStaffX, now});
    QCOMPARE(inserted.state, kCheckViolation); // at once, not at commit (0027)
    (void)ox->execDdl(QStringLiteral("ROLLBACK"));
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM parent_bindings WHERE parent_id = ? AND student_id = ?"),
                 {m_w.p1, m_w.s2}),
             QList<qint64>{0});
    // In someone else's name: refused at once.
    QCOMPARE(run(*ox, QStringLiteral("INSERT INTO parent_bindings (parent_id, student_id, relationship, request_id, approved_by,"
                                     " approved_at) VALUES (?, ?, 'mother', ?, ?, ?)"),
                 {m_w.p1, m_w.s2, r, m_w.adminX, now}).state,
             kInsufficientPrivilege);
}

void TestCentralSecurity::approvalTransactionWorksForTeacher()
{
    // The whole approval, as the client's repositories write it, runs as a homeroom teacher:
    // decision, event, new parent, parent account, binding, audit entry — one transaction.
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString email = QStringLiteral("new.parent.%1@example.tw").arg(m_f->prefix());
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1, QStringLiteral("TOTAL_PASSED"), email);
    QVERIFY(m_f->owner().exec(QStringLiteral("UPDATE binding_requests SET initial_password_hash = 'scrypt$x' WHERE id = ?"), {r}).ok());
    auto tx = Transaction::begin(*a);
    QVERIFY(tx.ok());
    Outcome o = run(*a, QStringLiteral("UPDATE binding_requests SET status = 'approved', decided_by = ?, decided_at = ?,"
                                       " version = version + 1 WHERE id = ? AND version = 1 AND status IN ('pending', 'info_requested')"),
                    {m_w.teacherA, now, r});
    QVERIFY2(o.ok() && o.rows == 1, qPrintable(o.text));
    QVERIFY(a->insert(QStringLiteral("INSERT INTO binding_request_events (request_id, at, actor_staff_id, kind) VALUES (?, ?, ?, 'approved')"),
                      {r, now, m_w.teacherA}).ok());
    auto parent = a->insert(QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4)"
                                           " VALUES ('王小美', ?, ?, 'A12****789', '6789')"),
                            {email, QString(QStringLiteral("hash-") + email)});
    QVERIFY2(parent.ok(), qPrintable(parent.ok() ? QString() : parent.error().detail));
    auto account = a->scalar(QStringLiteral("SELECT cooc_open_parent_account(?, ?, ?, ?)"), {r, parent.value(), email, now});
    QVERIFY2(account.ok(), qPrintable(account.ok() ? QString() : account.error().detail));
    auto binding = a->insert(QStringLiteral("INSERT INTO parent_bindings (parent_id, student_id, relationship, request_id, approved_by,"
                                            " approved_at) VALUES (?, ?, 'mother', ?, ?, ?)"),
                             {parent.value(), m_w.s1, r, m_w.teacherA, now});
    QVERIFY2(binding.ok(), qPrintable(binding.ok() ? QString() : binding.error().detail));
    Actor actor;
    actor.staffId = m_w.teacherA;
    actor.schoolId = m_w.schoolX;
    actor.login = m_w.roleOf.value(m_w.teacherA);
    QVERIFY(AuditLog(*a).append(actor, QStringLiteral("binding.approve"), QStringLiteral("binding_request"), r, {}, now).ok());
    const Status committed = tx.value()->commit();
    QVERIFY2(committed.ok(), qPrintable(committed.ok() ? QString() : committed.error().detail));
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM parent_bindings WHERE request_id = ?"), {r}),
             QList<qint64>{1});
    // A parent for someone who never applied cannot be made up.
    QCOMPARE(run(*a, QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4)"
                                    " VALUES ('x', 'nobody@example.tw', 'h', 'm', '1')")).state,
             kInsufficientPrivilege);
    // Nor a staff account.
    QCOMPARE(run(*a, QStringLiteral("INSERT INTO accounts (login, kind, staff_id, password_hash, created_at)"
                                    " VALUES ('x', 'staff', ?, 'h', ?)"),
                 {m_w.teacherB, now}).state,
             kInsufficientPrivilege);
}

void TestCentralSecurity::placeFunctionsAreNotForCallers()
{
    // The triggers' look-ups of a student's place (SECURITY DEFINER) answer about any student
    // of the city: nobody but their owner may call them.
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    QCOMPARE(run(*a, QStringLiteral("SELECT cooc_place_key(?, ?)"), {m_w.s3, m_w.schoolY}).state, kInsufficientPrivilege);
    QCOMPARE(run(*a, QStringLiteral("SELECT cooc_student_placed_at(?, ?)"), {m_w.s3, m_w.schoolY}).state,
             kInsufficientPrivilege);
}

void TestCentralSecurity::messagesOnlyToBoundParents()
{
    // A teacher writes to the parents of her own students, not to any parent of the city
    // under her student's name; a push goes to the message's own parent (0026).
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString message = QStringLiteral("INSERT INTO messages (school_id, sender_staff_id, parent_id, student_id, subject,"
                                           " body, created_at) VALUES (?, ?, ?, ?, 's', 'b', ?) RETURNING id");
    const Outcome stranger = run(*a, message, {m_w.schoolX, m_w.teacherA, m_w.p3, m_w.s1, now});
    QCOMPARE(stranger.state, kInsufficientPrivilege);
    QCOMPARE(run(*a, message, {m_w.schoolX, m_w.teacherA, m_w.p3, QVariant(), now}).state, kInsufficientPrivilege);
    QCOMPARE(ids(m_f->superuser(), QStringLiteral("SELECT count(*) FROM messages WHERE parent_id = ?"), {m_w.p3}),
             QList<qint64>{0});
    auto own = a->scalar(message, {m_w.schoolX, m_w.teacherA, m_w.p1, m_w.s1, now});
    QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().detail));
    const QString push = QStringLiteral("INSERT INTO push_outbox (message_id, parent_id, payload, created_at)"
                                        " VALUES (?, ?, '{}', ?)");
    QCOMPARE(run(*a, push, {own.value(), m_w.p3, now}).state, kInsufficientPrivilege);
    QVERIFY(run(*a, push, {own.value(), m_w.p1, now}).ok());
    // Office staff may write without naming a student, still only to their school's parents.
    auto ox = as(m_w.officeStaffX);
    QVERIFY(ox);
    QCOMPARE(run(*ox, message, {m_w.schoolX, m_w.officeStaffX, m_w.p3, QVariant(), now}).state, kInsufficientPrivilege);
    QVERIFY(run(*ox, message, {m_w.schoolX, m_w.officeStaffX, m_w.p2, QVariant(), now}).ok());
}

void TestCentralSecurity::staffCanClearOnlyOwnPasswordFlag()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto own = m_f->owner().insert(QStringLiteral("INSERT INTO accounts (login, kind, staff_id, password_hash, created_at)"
                                                  " VALUES (?, 'staff', ?, '!central', ?)"),
                                   {m_w.roleOf.value(m_w.teacherA), m_w.teacherA, now});
    auto other = m_f->owner().insert(QStringLiteral("INSERT INTO accounts (login, kind, staff_id, password_hash, created_at)"
                                                    " VALUES (?, 'staff', ?, '!central', ?)"),
                                     {m_w.roleOf.value(m_w.teacherB), m_w.teacherB, now});
    QVERIFY(own.ok() && other.ok());
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    QCOMPARE(run(*a, QStringLiteral("UPDATE accounts SET must_change_password = false WHERE id = ?"), {own.value()}).rows, 1);
    QCOMPARE(run(*a, QStringLiteral("UPDATE accounts SET must_change_password = false WHERE id = ?"), {other.value()}).rows, 0);
    QCOMPARE(run(*a, QStringLiteral("UPDATE accounts SET disabled = false WHERE id = ?"), {own.value()}).state,
             kInsufficientPrivilege);
    // A role may change its own password (AuthService::changePassword does exactly this).
    QVERIFY(a->execDdl(QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD '%1'").arg(Fixture::password(m_w.roleOf.value(m_w.teacherA)))).ok());
    // ...but not anybody else's.
    QVERIFY(!a->execDdl(QStringLiteral("ALTER ROLE %1 PASSWORD 'stolen'").arg(m_w.roleOf.value(m_w.teacherB))).ok());
}

void TestCentralSecurity::roleWithoutStaffRowSeesNothing()
{
    // A login role in the teachers' group but linked to no staff row: grants without rows.
    const QString stray = m_f->createLogin(QStringLiteral("stray"), {QStringLiteral("homeroom_teacher"), QStringLiteral("office_staff")});
    QVERIFY(!stray.isEmpty());
    auto db = m_f->connectAs(stray);
    QVERIFY(db);
    for (const QString &table : {QStringLiteral("binding_requests"), QStringLiteral("students"), QStringLiteral("leave_requests"),
                                 QStringLiteral("attendance"), QStringLiteral("parents"), QStringLiteral("staff"),
                                 QStringLiteral("audit_log")})
        QVERIFY2(ids(*db, QStringLiteral("SELECT count(*) FROM ") + table) == QList<qint64>{0}, qPrintable(table));
    QCOMPARE(run(*db, QStringLiteral("INSERT INTO audit_log (at, actor_login, action, entity) VALUES (now(), ?, 'x', 'y')"), {stray}).state,
             kInsufficientPrivilege);
}

void TestCentralSecurity::sessionStaffIsFoundByIndex()
{
    // Every policy asks "who is this session?" (the staff row whose db_role is session_user)
    // once per statement, and the binding guard once per row. With sequential scans
    // forbidden, a lookup that cannot use the unique index on staff(db_role) still scans —
    // and shows in this transaction's own statistics.
    const qint64 request = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    QVERIFY2(m_w.error.isEmpty(), qPrintable(m_w.error));
    for (qint64 staff : {m_w.teacherA, m_w.officeStaffX}) {
        auto db = as(staff);
        QVERIFY(db);
        auto tx = Transaction::begin(*db);
        QVERIFY(tx.ok());
        QVERIFY(db->execDdl(QStringLiteral("SET LOCAL enable_seqscan = off")).ok());
        QCOMPARE(ids(*db, QStringLiteral("SELECT cooc_current_staff_id()")), QList<qint64>{staff});
        QCOMPARE(ids(*db, QStringLiteral("SELECT id FROM binding_requests WHERE id = ?"), {request}), QList<qint64>{request});
        QCOMPARE(ids(*db, QStringLiteral("SELECT count(*) FROM staff WHERE id = ?"), {staff}), QList<qint64>{1});
        QCOMPARE(ids(*db, QStringLiteral("SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relname = 'staff'")),
                 QList<qint64>{0});
    }
}

void TestCentralSecurity::schoolYearIsInlined()
{
    // The policies' "this school year" is the same year the client computes for Taipei's today,
    // and it is an expression PostgreSQL inlines: a call that survives into the plan is run
    // (and its body planned) again for every query and every row it filters.
    const QDate taipeiToday = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
    QCOMPARE(m_f->owner().scalar(QStringLiteral("SELECT cooc_school_year()")).value().toInt(),
             SchoolYear::fromDate(taipeiToday));
    QSqlQuery plan(m_f->owner().connection()); // EXPLAIN cannot be prepared through QPSQL
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN (VERBOSE, COSTS OFF) SELECT count(*) FROM enrollments"
                                     " WHERE school_year = cooc_school_year()")));
    QString text;
    while (plan.next())
        text += plan.value(0).toString() + QLatin1Char('\n');
    QVERIFY2(text.contains(QStringLiteral("school_year")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("cooc_school_year")), qPrintable(text));
}

void TestCentralSecurity::emailLookupsUseIndexes()
{
    // "Is this e-mail already a parent's, or an account's login?" (approval) and the parent
    // view's e-mail search, as staff under row-level security: an index finds the (here: no)
    // matching row, instead of a walk over every parent and account with the policy evaluated
    // for each (lower(e-mail) is not leakproof, so it could not be used before the policy).
    QVERIFY(m_f->owner().exec(QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4)"
                                             " SELECT '家長', 'someone' || g || '@example.tw', 'lookup' || g, 'A12****789', '6789'"
                                             " FROM generate_series(1, 20) g")).ok());
    QVERIFY(m_f->owner().exec(QStringLiteral("INSERT INTO accounts (login, kind, parent_id, password_hash, must_change_password,"
                                             " created_at) SELECT p.email, 'parent', p.id, 'x', TRUE, now() FROM parents p"
                                             " WHERE p.national_id_hash LIKE 'lookup%'")).ok());
    for (qint64 staff : {m_w.teacherA, m_w.officeStaffX}) {
        auto db = as(staff);
        QVERIFY(db);
        auto tx = Transaction::begin(*db);
        QVERIFY(tx.ok());
        const BindingRequestRepository repo(*db, Actor{}, SchoolYear::fromDate(QDate::currentDate()));
        QVERIFY(repo.accountByLogin(QStringLiteral("Nobody@Example.tw")).ok());
        auto record = repo.applicantRecord(0, QStringLiteral("no such hash"), QStringLiteral(" Nobody@Example.tw"), 0);
        QVERIFY2(record.ok(), qPrintable(record.ok() ? QString() : record.error().detail));
        QVERIFY(!record->parent && !record->account && !record->binding);
        QCOMPARE(record->parentWithEmail, 0);
        QCOMPARE(record->accountWithLogin, 0);
        QCOMPARE(ids(*db, QStringLiteral("SELECT coalesce(sum(seq_tup_read + coalesce(idx_tup_fetch, 0)), 0)"
                                         " FROM pg_stat_xact_user_tables WHERE relname IN ('accounts', 'parents')")),
                 QList<qint64>{0});
        tx.value()->rollback();

        // An applicant who is a parent on record (p1, bound to s1): their account and binding are
        // joined by key too — a parent row and at most their account read, not the 20 others.
        const QString p1Hash =
            m_f->owner().scalar(QStringLiteral("SELECT national_id_hash FROM parents WHERE id = ?"), {m_w.p1}).value().toString();
        auto again = Transaction::begin(*db);
        QVERIFY(again.ok());
        auto known = repo.applicantRecord(0, p1Hash, QStringLiteral("nobody@example.tw"), m_w.s1);
        QVERIFY2(known.ok(), qPrintable(known.ok() ? QString() : known.error().detail));
        QVERIFY(known->parent);
        QCOMPARE(known->parent->id, m_w.p1);
        QVERIFY(known->binding);
        const QList<qint64> read = ids(*db, QStringLiteral("SELECT coalesce(sum(seq_tup_read + coalesce(idx_tup_fetch, 0)), 0)"
                                                           " FROM pg_stat_xact_user_tables WHERE relname IN ('accounts', 'parents')"));
        QVERIFY2(read.size() == 1 && read.first() >= 1 && read.first() <= 2, qPrintable(QString::number(read.value(0))));
    }
}

void TestCentralSecurity::migrationIsIdempotentAcrossDatabases()
{
    // A second database on the same cluster migrates although the group roles already exist,
    // and migrating again changes nothing.
    auto second = Fixture::create();
    QVERIFY2(second->error().isEmpty(), qPrintable(second->error()));
    QVERIFY(Migrator(second->owner()).migrate().ok());
    QCOMPARE(Migrator(second->owner()).databaseVersion().value(), Migrator::clientVersion());
}

QTEST_GUILESS_MAIN(TestCentralSecurity)
#include "tst_central_security.moc"
