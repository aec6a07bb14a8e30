// The audit log's item model: newest first, one keyset page per fetchMore, only the
// school's own entries, reload picks up new ones, a failing fetch is reported and stops —
// on SQLite and PostgreSQL, under QAbstractItemModelTester.
#include "models/auditlogmodel.h"
#include "models/clock.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace cooc;

namespace {

qint64 addSchool(const Database &db, const QString &code)
{
    auto id = db.insert(QStringLiteral("INSERT INTO schools (code, name) VALUES (?, ?)"),
                        QVariantList{code, QString(QStringLiteral("測試國中 ") + code)});
    return id ? id.value() : 0;
}

Actor actorAt(qint64 schoolId, const QString &login)
{
    Actor a;
    a.login = login;
    a.displayName = login;
    a.schoolId = schoolId;
    a.roles = {Actor::Role::SchoolAdmin};
    return a;
}

const QDateTime kStart = QDateTime(QDate(2026, 11, 2), QTime(7, 40), QTimeZone(8 * 3600)).toUTC();

} // namespace

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesNewestFirst_data() { test::addDialectRows(); }
    void pagesNewestFirst();
    void reloadShowsNewEntries_data() { test::addDialectRows(); }
    void reloadShowsNewEntries();
    void emptyLogHasNoRows_data() { test::addDialectRows(); }
    void emptyLogHasNoRows();
    void failedFetchIsReportedAndStops_data() { test::addDialectRows(); }
    void failedFetchIsReportedAndStops();
    void teacherListsOnlyOwnEntries_data() { test::addDialectRows(); }
    void teacherListsOnlyOwnEntries();
    void labelsAreWords();
};

void TestAuditLogModel::pagesNewestFirst()
{
    COOC_TEST_DATABASE(t);
    const Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpa"));
    const qint64 other = addSchool(db, QStringLiteral("tpb"));
    QVERIFY(school && other);
    const int total = 450;
    for (int i = 0; i < total; ++i) {
        QVERIFY(AuditLog(db).append(actorAt(school, QStringLiteral("tpa%1").arg(i % 7)), QStringLiteral("auth.login"),
                                    QStringLiteral("account"), i + 1, {{QStringLiteral("n"), i}}, kStart.addSecs(i * 60))
                    .ok());
        if (i % 10 == 0) // another school's entries interleave and must never show
            QVERIFY(AuditLog(db).append(actorAt(other, QStringLiteral("tpb1")), QStringLiteral("auth.login"),
                                        QStringLiteral("account"), 9000 + i, {}, kStart.addSecs(i * 60 + 1))
                        .ok());
    }

    {
        // One keyset page per fetch (no tester here: it fetches on its own, as a view does).
        AuditLogModel paged(db, AuditLog::Scope{school}, 200);
        QCOMPARE(paged.rowCount(), 0); // nothing is loaded until asked
        QVERIFY(paged.canFetchMore());
        QSignalSpy fetched(&paged, &AuditLogModel::fetched);
        paged.fetchMore();
        QCOMPARE(paged.rowCount(), 200);
        paged.fetchMore();
        QCOMPARE(paged.rowCount(), 400);
        paged.fetchMore();
        QCOMPARE(paged.rowCount(), total);
        QVERIFY(!paged.canFetchMore());
        QCOMPARE(fetched.size(), 3);
        QCOMPARE(fetched.at(2).at(0).toInt(), 50);
    }

    AuditLogModel model(db, AuditLog::Scope{school}, 200);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), total);

    // Newest first, no gaps, no duplicates, only this school.
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditEntry &e = model.entry(row);
        QCOMPARE(e.schoolId, school);
        QCOMPARE(e.detail.value(QStringLiteral("n")).toInt(), total - 1 - row);
        if (row > 0)
            QVERIFY(model.entry(row - 1).id > e.id);
    }
    // Display texts: Taipei time, the account, words for the action, the record.
    const QModelIndex first = model.index(0, AuditLogModel::TimeColumn);
    QCOMPARE(first.data().toString(), kStart.addSecs((total - 1) * 60)
                                          .toTimeZone(Clock::schoolTimeZone())
                                          .toString(QStringLiteral("yyyy/MM/dd HH:mm:ss")));
    QCOMPARE(model.index(0, AuditLogModel::ActorColumn).data().toString(), QStringLiteral("tpa%1").arg((total - 1) % 7));
    QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Logged in"));
    QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data(AuditLogModel::ActionCodeRole).toString(),
             QStringLiteral("auth.login"));
    QCOMPARE(model.index(0, AuditLogModel::EntityColumn).data().toString(), QStringLiteral("Account #%1").arg(total));
    QVERIFY(model.index(0, AuditLogModel::DetailColumn).data().toString().contains(QStringLiteral("\"n\"")));
    QCOMPARE(model.headerData(AuditLogModel::ActionColumn, Qt::Horizontal).toString(), QStringLiteral("Action"));

    // A fetch past the end changes nothing.
    model.fetchMore();
    QCOMPARE(model.rowCount(), total);
}

void TestAuditLogModel::reloadShowsNewEntries()
{
    COOC_TEST_DATABASE(t);
    const Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpa"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(AuditLog(db).append(actorAt(school, QStringLiteral("tpa1")), QStringLiteral("binding.approve"),
                                    QStringLiteral("binding_request"), i + 1, {}, kStart.addSecs(i))
                    .ok());
    AuditLogModel model(db, AuditLog::Scope{school}, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 5);

    // Written by someone else meanwhile: not there until reload (F5).
    auto other = t->openAnother();
    QVERIFY(other);
    const auto added = AuditLog(*other).append(actorAt(school, QStringLiteral("tpa2")), QStringLiteral("leave.approve"),
                                               QStringLiteral("leave_request"), 77, {}, kStart.addSecs(3600));
    QVERIFY(added.ok());
    QCOMPARE(model.rowCount(), 5);
    model.reload();
    if (model.canFetchMore())
        model.fetchMore();
    QVERIFY(model.rowCount() >= 3);
    QCOMPARE(model.entry(0).id, added.value());
    QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), QStringLiteral("Leave approved"));
    QCOMPARE(model.index(0, AuditLogModel::EntityColumn).data().toString(), QStringLiteral("Leave request #77"));
}

void TestAuditLogModel::emptyLogHasNoRows()
{
    COOC_TEST_DATABASE(t);
    const qint64 school = addSchool(t->db(), QStringLiteral("tpa"));
    // A page size of 0 is a caller's mistake: it is taken as 1 rather than looping forever.
    AuditLogModel model(t->db(), AuditLog::Scope{school}, 0);
    QCOMPARE(model.pageSize(), 1);
    QVERIFY(model.canFetchMore());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
    QVERIFY(!model.lastError());
}

void TestAuditLogModel::failedFetchIsReportedAndStops()
{
    COOC_TEST_DATABASE(t);
    const qint64 school = addSchool(t->db(), QStringLiteral("tpa"));
    QVERIFY(AuditLog(t->db()).append(actorAt(school, QStringLiteral("tpa1")), QStringLiteral("auth.login"),
                                     QStringLiteral("account"), 1, {}, kStart)
                .ok());
    AuditLogModel model(t->db(), AuditLog::Scope{school}, 10);
    QSignalSpy failed(&model, &AuditLogModel::fetchFailed);
    t->db().connection().close(); // the file or the server went away
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(failed.size(), 1); // once: the tester's own fetch and ours are one failure
    QVERIFY(model.lastError());
    QVERIFY(!model.lastError()->message.isEmpty());
    QVERIFY(!model.canFetchMore()); // a view does not retry on every scroll
    model.fetchMore();
    QCOMPARE(failed.size(), 1);

    // Reload (F5) tries again once the connection is back.
    QVERIFY(t->db().connection().open());
    model.reload();
    QVERIFY(!model.lastError());
    if (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 1);
}

void TestAuditLogModel::teacherListsOnlyOwnEntries()
{
    COOC_TEST_DATABASE(t);
    const Database &db = t->db();
    const qint64 school = addSchool(db, QStringLiteral("tpa"));
    QVERIFY(school);
    auto addStaff = [&](const QString &name) {
        auto id = db.insert(QStringLiteral("INSERT INTO staff (school_id, name, national_id_hash, national_id_masked) "
                                           "VALUES (?, ?, ?, ?)"),
                            {school, name, QString(QStringLiteral("hash-") + name), QStringLiteral("A12****789")});
        return id ? id.value() : 0;
    };
    Actor teacher = actorAt(school, QStringLiteral("tpa-teacher"));
    teacher.roles = {Actor::Role::HomeroomTeacher};
    teacher.staffId = addStaff(QStringLiteral("林老師"));
    Actor colleague = actorAt(school, QStringLiteral("tpa-colleague"));
    colleague.roles = {Actor::Role::HomeroomTeacher};
    colleague.staffId = addStaff(QStringLiteral("王老師"));
    Actor office = actorAt(school, QStringLiteral("tpa-office"));
    office.roles = {Actor::Role::OfficeStaff};
    office.staffId = addStaff(QStringLiteral("陳組長"));
    QVERIFY(teacher.staffId && colleague.staffId && office.staffId);
    for (int i = 0; i < 30; ++i) {
        const Actor &by = i % 3 == 0 ? teacher : (i % 3 == 1 ? colleague : office);
        QVERIFY(AuditLog(db).append(by, QStringLiteral("binding.approve"), QStringLiteral("binding_request"), i + 1, {},
                                    kStart.addSecs(i))
                    .ok());
    }

    // The same rule as the central policy: a teacher lists their own entries, office staff the school's.
    QCOMPARE(AuditLog::Scope::readableBy(teacher).actorStaffId, teacher.staffId);
    QCOMPARE(AuditLog::Scope::readableBy(office).actorStaffId, 0);
    AuditLogModel mine(db, AuditLog::Scope::readableBy(teacher), 4);
    QAbstractItemModelTester tester(&mine, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (mine.canFetchMore())
        mine.fetchMore();
    QCOMPARE(mine.rowCount(), 10);
    for (int row = 0; row < mine.rowCount(); ++row)
        QCOMPARE(mine.entry(row).actorLogin, teacher.login);
    AuditLogModel wholeSchool(db, AuditLog::Scope::readableBy(office), 50);
    while (wholeSchool.canFetchMore())
        wholeSchool.fetchMore();
    QCOMPARE(wholeSchool.rowCount(), 30);
}

void TestAuditLogModel::labelsAreWords()
{
    QCOMPARE(AuditLogModel::actionLabel(QStringLiteral("auth.login_failed")), QStringLiteral("Login failed"));
    QCOMPARE(AuditLogModel::actionLabel(QStringLiteral("auth.locked")), QStringLiteral("Account locked"));
    QCOMPARE(AuditLogModel::actionLabel(QStringLiteral("binding.approve")), QStringLiteral("Binding approved"));
    // A code this version does not know is shown as stored, never dropped.
    QCOMPARE(AuditLogModel::actionLabel(QStringLiteral("future.thing")), QStringLiteral("future.thing"));
    QCOMPARE(AuditLogModel::entityLabel(QStringLiteral("binding_request")), QStringLiteral("Binding request"));
    QCOMPARE(AuditLogModel::timeLabel(QDateTime(QDate(2026, 11, 27), QTime(16, 5, 9), Qt::UTC)),
             QStringLiteral("2026/11/28 00:05:09"));
}

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
