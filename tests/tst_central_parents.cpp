// What staff may do to parents and their accounts in the central database, whatever SQL they
// send (migration 0023): a parent account is opened only by the approval of that parent's
// request, no staff role reads a password hash, and a request cannot be pointed at another
// parent. Logged in as real staff login roles, raw SQL, as tst_central_security.
#include "tst_central_world.h"

#include <QTest>

using namespace cooc;
using namespace cooc::test::central;

class TestCentralParents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void parentAccountOnlyByItsApproval();
    void passwordHashesAreNotForStaff();
    void requestCannotBePointedAtAnotherParent();

private:
    std::unique_ptr<Database> as(qint64 staffId) { return m_f->connectAs(m_w.roleOf.value(staffId)); }

    std::unique_ptr<Fixture> m_f;
    World m_w;
};

void TestCentralParents::initTestCase()
{
    m_f = Fixture::create();
    QVERIFY2(m_f->error().isEmpty(), qPrintable(m_f->error()));
    m_w = World::build(*m_f);
    QVERIFY2(m_w.error.isEmpty(), qPrintable(m_w.error));
}

void TestCentralParents::cleanupTestCase()
{
    m_f.reset();
}

void TestCentralParents::parentAccountOnlyByItsApproval()
{
    // A parent account is opened only by the transaction that approves that parent's request,
    // in the approver's name, with the parent's e-mail, and the initial password the request
    // carries (copied by the database: staff never hold the hash): never a login of a
    // teacher's own for a parent she can see.
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString email = QStringLiteral("second.parent.%1@example.tw").arg(m_f->prefix());
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1, QStringLiteral("TOTAL_PASSED"), email);
    QVERIFY(m_f->owner().exec(QStringLiteral("UPDATE binding_requests SET initial_password_hash = 'scrypt$initial' WHERE id = ?"), {r}).ok());
    const QString open = QStringLiteral("SELECT cooc_open_parent_account(?, ?, ?, ?)");
    const QString insert = QStringLiteral("INSERT INTO accounts (login, kind, parent_id, password_hash, must_change_password,"
                                          " created_at) VALUES (?, 'parent', ?, 'scrypt$mine', TRUE, ?)");
    // A parent she sees (bound to her student), outside any approval: refused both ways.
    QCOMPARE(run(*a, insert, {QStringLiteral("p1@example.tw"), m_w.p1, now}).state, kInsufficientPrivilege);
    QCOMPARE(run(*a, open, {r, m_w.p1, QStringLiteral("p1@example.tw"), now}).state, kInsufficientPrivilege);
    // Inside the approval of the parent's request: only through the function, only the parent's e-mail.
    struct Attempt
    {
        QString sql;
        QString login;
        bool allowed;
    };
    const QList<Attempt> attempts = {{insert, email, false},
                                     {open, QStringLiteral("attacker@evil.tw"), false},
                                     {open, email.toUpper(), true}};
    for (const Attempt &attempt : attempts) {
        auto tx = Transaction::begin(*a);
        QVERIFY(tx.ok());
        QCOMPARE(run(*a, QStringLiteral("UPDATE binding_requests SET status = 'approved', decided_by = ?, decided_at = ?,"
                                        " version = version + 1 WHERE id = ?"),
                     {m_w.teacherA, now, r}).rows,
                 1);
        auto parent = a->insert(QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4)"
                                               " VALUES ('王小美', ?, ?, 'A12****789', '6789')"),
                                {email, QString(QStringLiteral("hash-") + email)});
        QVERIFY(parent.ok());
        const Outcome opened = run(*a, attempt.sql,
                                   attempt.sql == open ? QVariantList{r, parent.value(), attempt.login, now}
                                                       : QVariantList{attempt.login, parent.value(), now});
        QVERIFY2(attempt.allowed ? opened.ok() : opened.state == kInsufficientPrivilege,
                 qPrintable(attempt.login + QLatin1Char(' ') + opened.text));
        if (attempt.allowed) // the request's hash, not one the client chose
            QCOMPARE(a->scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE parent_id = ? AND must_change_password"),
                               {parent.value()})
                         .value()
                         .toInt(),
                     1);
        tx.value()->rollback();
    }
    // After that transaction (the request approved by an earlier one): refused.
    QVERIFY(m_f->owner().exec(QStringLiteral("UPDATE binding_requests SET status = 'approved', decided_by = ?, decided_at = ?,"
                                             " version = version + 1 WHERE id = ?"),
                              {m_w.teacherA, now, r}).ok());
    auto parent = m_f->owner().insert(QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked,"
                                                     " id_last4) VALUES ('王小美', ?, ?, 'A12****789', '6789')"),
                                      {email, QString(QStringLiteral("hash-") + email)});
    QVERIFY(parent.ok());
    QCOMPARE(run(*a, open, {r, parent.value(), email, now}).state, kInsufficientPrivilege);
}

void TestCentralParents::passwordHashesAreNotForStaff()
{
    // A hash that can be read can be cracked offline (the initial password is the last 6 of an
    // ID whose last 4 staff see): no staff role, and not the parent view's, reads one.
    const qint64 r = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    QVERIFY(m_f->owner().exec(QStringLiteral("UPDATE binding_requests SET initial_password_hash = 'scrypt$initial' WHERE id = ?"), {r}).ok());
    QVERIFY(m_f->owner()
                .exec(QStringLiteral("INSERT INTO accounts (login, kind, parent_id, password_hash, created_at)"
                                     " VALUES (?, 'parent', ?, 'scrypt$secret', ?)"),
                      {QStringLiteral("p1.%1@example.tw").arg(m_f->prefix()), m_w.p1, QDateTime::currentDateTimeUtc()})
                .ok());
    for (const qint64 staff : {m_w.teacherA, m_w.officeStaffX, m_w.adminX, m_w.readerX}) {
        auto db = as(staff);
        QVERIFY(db);
        QCOMPARE(run(*db, QStringLiteral("SELECT password_hash FROM accounts")).state, kInsufficientPrivilege);
        QCOMPARE(run(*db, QStringLiteral("SELECT * FROM accounts")).state, kInsufficientPrivilege);
        QCOMPARE(run(*db, QStringLiteral("SELECT initial_password_hash FROM binding_requests")).state, kInsufficientPrivilege);
        QCOMPARE(run(*db, QStringLiteral("SELECT id FROM binding_requests WHERE initial_password_hash LIKE 'scrypt%'")).state,
                 kInsufficientPrivilege);
        // Everything else is there, and whether an account can be opened.
        QVERIFY(run(*db, QStringLiteral("SELECT id, login, kind, parent_id, must_change_password, disabled FROM accounts")).ok());
    }
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    QCOMPARE(a->scalar(QStringLiteral("SELECT cooc_request_has_initial_password(?)"), {r}).value().toBool(),
             true);
}

void TestCentralParents::requestCannotBePointedAtAnotherParent()
{
    // Read and update policies of parents and accounts trust a request's parent_id: staff may
    // not change it (a teacher would reach any parent of the city through her own request).
    auto a = as(m_w.teacherA);
    QVERIFY(a);
    const qint64 own = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    QVERIFY2(m_w.error.isEmpty(), qPrintable(m_w.error));
    QCOMPARE(run(*a, QStringLiteral("UPDATE binding_requests SET parent_id = ? WHERE id = ?"), {m_w.p3, own}).state,
             kInsufficientPrivilege);
    QCOMPARE(ids(*a, QStringLiteral("SELECT id FROM parents WHERE id = ?"), {m_w.p3}), QList<qint64>{});
}

QTEST_GUILESS_MAIN(TestCentralParents)
#include "tst_central_parents.moc"
