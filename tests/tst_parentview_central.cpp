// The parent view in the central deployment (PostgreSQL only: roles and row-level security
// exist only there). A teacher logs in as their own role; the view's connection narrows
// itself to parent_view_reader — same identity, no write privilege — and the audit entry
// still goes through the teacher's own connection, checked by the database's audit trigger.
#include "app/parentview/parentviewservice.h"
#include "tst_central_world.h"

#include <QTest>

using namespace cooc;
using namespace cooc::test::central;

class TestParentViewCentral : public QObject
{
    Q_OBJECT

private slots:
    void readerRoleNarrowsTheViewConnection();
};

void TestParentViewCentral::readerRoleNarrowsTheViewConnection()
{
    auto f = Fixture::create();
    QVERIFY2(f->error().isEmpty(), qPrintable(f->error()));
    World w = World::build(*f);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    const QString role = w.roleOf.value(w.teacherA);
    auto teacher = Database::open(f->urlFor(role));
    QVERIFY2(teacher, qPrintable(teacher ? QString() : teacher.error().detail));

    SystemClock clock;
    auto service = ParentViewService::create(*teacher.value(), clock);
    QVERIFY2(service, qPrintable(service ? QString() : service.error().detail));
    const Database &reader = service.value()->reader();
    QCOMPARE(
        reader.scalar(QStringLiteral("SELECT current_user")).value().toString(), QStringLiteral("parent_view_reader"));
    QCOMPARE(reader.scalar(QStringLiteral("SELECT session_user")).value().toString(), role);
    // The teacher's own connection keeps its role.
    QCOMPARE(teacher.value()->scalar(QStringLiteral("SELECT current_user")).value().toString(), role);
    // A reconnect (the server dropped the connection) comes back narrowed, not as the login.
    auto sibling = teacher.value()->openSibling(Database::Access::ReadOnly);
    QVERIFY(sibling);
    QVERIFY(sibling.value()->setSessionRole(QStringLiteral("parent_view_reader")).ok());
    QVERIFY(sibling.value()->reconnect().ok());
    QCOMPARE(sibling.value()->scalar(QStringLiteral("SELECT current_user")).value().toString(),
             QStringLiteral("parent_view_reader"));
    QVERIFY(!sibling.value()->setSessionRole(QStringLiteral("x; DROP TABLE parents")).ok());

    // Writes through the view's connection: refused, even ones the teacher could make.
    auto write
        = reader.exec(QStringLiteral("UPDATE leave_requests SET status = 'approved' WHERE student_id = ?"), { w.s1 });
    QVERIFY(!write);
    QCOMPARE(write.error().code, Error::Code::PermissionDenied);

    Actor actor;
    actor.staffId = w.teacherA;
    actor.login = role;
    actor.schoolId = w.schoolX;
    actor.roles = { Actor::Role::HomeroomTeacher };
    actor.homeroomClassIds = { w.class801 };
    auto view = service.value()->open(actor, w.p1, clock.now());
    QVERIFY2(view, qPrintable(view ? QString() : view.error().message + QLatin1Char(' ') + view.error().detail));
    QCOMPARE(view->children.size(), 1);
    QCOMPARE(view->children.first().student.id, w.s1);
    QVERIFY(view->children.first().visible);
    QVERIFY(view->children.first().inScope);

    // The audit entry was written in the teacher's own name (the trigger checks it).
    auto entries = AuditLog(f->superuser()).forEntity(QStringLiteral("parent"), w.p1);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().actorLogin, role);
    QCOMPARE(entries->first().actorStaffId, w.teacherA);
    QCOMPARE(entries->first().action, QStringLiteral("parent_view.open"));

    // A parent of class 802: the database does not even show teacher A that parent (row-level
    // security), so the view cannot be opened — and nothing is audited.
    auto other = service.value()->open(actor, w.p2, clock.now());
    QVERIFY(!other);
    QVERIFY2(other.error().code == Error::Code::NotFound || other.error().code == Error::Code::PermissionDenied,
        qPrintable(other.error().message));
    QCOMPARE(AuditLog(f->superuser()).forEntity(QStringLiteral("parent"), w.p2)->size(), 0);
}

QTEST_GUILESS_MAIN(TestParentViewCentral)
#include "tst_parentview_central.moc"
