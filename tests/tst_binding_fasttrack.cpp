// "Approve all fast-track" on SQLite and PostgreSQL: the candidates (oldest submitted first),
// and each request checked again inside its own transaction — what changed since the list was
// made (a household answer, a colleague's decision, the student leaving) is skipped, saying why.
#include "app/bindingreview/bindingreviewservice.h"
#include "app/bindingreview/fasttrackrunner.h"
#include "models/auditlog.h"
#include "models/householdresultstore.h"
#include "models/nationalid.h"
#include "support/bindingfixture.h"
#include "support/bindingrows.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace cooc;
using test::BindingFixture;
using test::count;
using test::requestRow;
using test::RequestRow;

class TestBindingFastTrack : public QObject
{
    Q_OBJECT

private slots:
    void fastTrackChecksAgainAtDecision_data() { test::addDialectRows(); }
    void fastTrackChecksAgainAtDecision();
    void fastTrackSeesHouseholdResultCommittedDuringClaim_data() { test::addDialectRows(); }
    void fastTrackSeesHouseholdResultCommittedDuringClaim();
    void fastTrackOfStudentWhoLeftIsSkipped_data() { test::addDialectRows(); }
    void fastTrackOfStudentWhoLeftIsSkipped();
    void fastTrackTakesTheOldestSubmittedFirst_data() { test::addDialectRows(); }
    void fastTrackTakesTheOldestSubmittedFirst();
};

void TestBindingFastTrack::fastTrackChecksAgainAtDecision()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 ming = f.addRequest({.student = QStringLiteral("ming")});
    const qint64 mei = f.addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("mei@example.tw"),
                                     .nationalId = NationalId::generate(51)});
    const qint64 rare = f.addRequest({.student = QStringLiteral("rare"), .email = QStringLiteral("rare@example.tw"),
                                      .nationalId = NationalId::generate(52)});
    const QDateTime mingChecked = f.clock.now().addSecs(-600);
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE binding_requests SET household_checked_at = ? WHERE id = ?"),
                      {t->db().timestamp(mingChecked), ming})
                .ok());
    const Actor office = f.officeActorA();
    BindingReviewService service(t->db(), office, f.clock);
    auto list = service.repository().fastTrackCandidates();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 3);
    QCOMPARE(service.repository().fastTrackCount().value(), 3);
    QCOMPARE(service.repository().fastTrackCount(2).value(), 2); // counting stops at the cap

    // Since the list was made: 李美玲's household check answered NO_MATCH (the version stays 1),
    // and a colleague asked 林𠀋安's parent for more information (version 2).
    const QDateTime now = f.clock.now();
    const HouseholdResultStore store(t->db());
    auto recorded = store.record(office, store.subjects(office, mei).value(), QStringLiteral("NO_MATCH"), now, {}, now);
    QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message));
    QVERIFY(BindingReviewService(t->db(), f.teacher801Actor(), f.clock)
                .requestInformation(rare, 1, QStringLiteral("請補上戶口名簿"))
                .ok());
    QCOMPARE(requestRow(t->db(), mei).version, 1);
    QCOMPARE(service.repository().fastTrackCount().value(), 1);

    // The fast-track approval refuses what no longer qualifies and saves nothing of it.
    BindingReviewService::ApproveOptions fastTrack;
    fastTrack.fastTrack = true;
    auto refused = service.approve(mei, 1, fastTrack);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("household check for 李美玲")), qPrintable(refused.error().message));
    QCOMPARE(requestRow(t->db(), mei).status, QStringLiteral("pending"));
    QCOMPARE(count(t->db(), QStringLiteral("parent_bindings")), qint64(0));

    // The run: one approved, two skipped with their reasons, none refused.
    FastTrackRunner runner(t->db(), office, f.clock);
    QSignalSpy decided(&runner, &FastTrackRunner::itemDecided);
    QSignalSpy finished(&runner, &FastTrackRunner::finished);
    QList<FastTrackRunner::Item> items;
    for (const BindingRequestSummary &row : list.value())
        items << FastTrackRunner::Item{row.id, row.version, row.studentName};
    runner.start(items);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toInt(), 1); // approved
    QCOMPARE(finished.first().at(1).toInt(), 2); // skipped
    QCOMPARE(finished.first().at(2).toInt(), 0); // refused
    QCOMPARE(finished.first().at(3).toBool(), false);
    QCOMPARE(decided.size(), 3);
    QHash<qint64, QString> why;
    for (const QList<QVariant> &args : decided) {
        const auto result = args.at(1).value<FastTrackRunner::ItemResult>();
        QCOMPARE(result, args.at(0).toLongLong() == ming ? FastTrackRunner::ItemResult::Approved
                                                          : FastTrackRunner::ItemResult::Skipped);
        why.insert(args.at(0).toLongLong(), args.at(2).toString());
    }
    QVERIFY2(why.value(mei).contains(QLatin1String("household check")), qPrintable(why.value(mei)));
    QVERIFY2(why.value(rare).contains(QLatin1String("asked the parent for more information")), qPrintable(why.value(rare)));
    QCOMPARE(requestRow(t->db(), ming).status, QStringLiteral("approved"));
    QCOMPARE(requestRow(t->db(), mei).status, QStringLiteral("pending"));
    QCOMPARE(requestRow(t->db(), rare).status, QStringLiteral("info_requested"));
    QCOMPARE(count(t->db(), QStringLiteral("parent_bindings")), qint64(1));
    // The approval's audit entry says it came from the fast track.
    auto audit = AuditLog(t->db()).forEntity(QStringLiteral("binding_request"), ming);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QStringLiteral("binding.approve"));
    QCOMPARE(audit->first().detail.value(QStringLiteral("fast_track")), QJsonValue(true));
    // ...and when the MATCH it relied on was answered.
    QCOMPARE(audit->first().detail.value(QStringLiteral("household_checked_at")).toString(),
             mingChecked.toUTC().toString(Qt::ISODate));
}

namespace {

// A fast-track approval of `id` by office staff while another connection holds an open
// transaction that has run `changes` (and locked the request's row): the approval reads what
// it reads before that transaction commits, and — on PostgreSQL — its one call then waits for
// the row; on SQLite its BEGIN IMMEDIATE waits for the write lock. The other transaction
// commits once the approval waits; returns what the approval answered.
Result<BindingReviewService::Outcome> fastTrackWhileChanging(test::TestDatabase &t, const BindingFixture &f,
                                                             qint64 id, const QList<std::pair<QString, QVariantList>> &changes)
{
    auto other = t.openAnother();
    auto tx = Transaction::begin(*other);
    if (!tx)
        return tx.error();
    if (t.db().dialect() == Dialect::Postgres) {
        if (auto locked = other->exec(QStringLiteral("SELECT id FROM binding_requests WHERE id = ? FOR UPDATE"), {id}); !locked)
            return locked.error();
    }
    for (const auto &[sql, params] : changes) {
        if (auto changed = other->exec(sql, params); !changed)
            return changed.error();
    }
    std::optional<Result<BindingReviewService::Outcome>> outcome;
    const DatabaseUrl url = t.url();
    const Actor office = f.officeActorA();
    std::thread approver([&] {
        auto db = Database::open(url);
        if (!db) {
            outcome = db.error();
            return;
        }
        BindingReviewService::ApproveOptions options;
        options.fastTrack = true;
        outcome = BindingReviewService(*db.value(), office, f.clock).approve(id, 1, options);
    });
    bool raced = true; // the approval read before the change and then waited for it
    if (t.db().dialect() == Dialect::Postgres) {
        // Until the approval waits for the row lock (it has read the request before).
        QElapsedTimer waited;
        waited.start();
        const auto waiting = [&] {
            return t.db()
                       .scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                                              " AND wait_event_type = 'Lock'"))
                       .value()
                       .toInt()
                == 1;
        };
        while (!(raced = waiting()) && waited.elapsed() < 10000)
            QTest::qWait(10);
    } else {
        QTest::qWait(200); // SQLite: BEGIN IMMEDIATE waits for the write lock
    }
    const Status committed = tx.value()->commit();
    approver.join();
    if (!committed)
        return committed.error();
    if (!raced) // the interleaving this harness exists for did not happen: not a pass
        return Error::make(Error::Code::Generic, QStringLiteral("the approval never waited for the request's row"));
    return *outcome;
}

} // namespace

void TestBindingFastTrack::fastTrackSeesHouseholdResultCommittedDuringClaim()
{
    // The household result is written while the fast-track approval is under way: its claim
    // waits for the row, and what it then reads inside its transaction decides — not what it
    // read before.
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 id = f.addRequest({.student = QStringLiteral("ming")});
    const auto outcome = fastTrackWhileChanging(
        *t, f, id, {{QStringLiteral("UPDATE binding_requests SET household_result = 'NO_MATCH' WHERE id = ?"), {id}}});
    QVERIFY2(!outcome.ok(), "approved on a household result that was no longer MATCH");
    QCOMPARE(outcome.error().code, Error::Code::Conflict);
    QVERIFY2(outcome.error().message.contains(QLatin1String("household check")), qPrintable(outcome.error().message));
    VERIFY_UNCHANGED(t->db(), id, "pending", 1);
}

void TestBindingFastTrack::fastTrackOfStudentWhoLeftIsSkipped()
{
    // 王小明 transfers out while the fast-track approval is under way. On PostgreSQL the
    // approval has already read him enrolled, so it is the database (the guard trigger, under
    // the claim) that refuses; either way the reviewer reads that he was skipped and why, and
    // nothing of the approval is written.
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 id = f.addRequest({.student = QStringLiteral("ming")});
    const auto outcome = fastTrackWhileChanging(
        *t, f, id,
        {{QStringLiteral("UPDATE enrollments SET status = 'transferred_out', end_date = ? WHERE student_id = ?"),
          {QStringLiteral("2026-11-20"), f.students.value(QStringLiteral("ming"))}}});
    QVERIFY2(!outcome.ok(), "approved for a student who had left the class");
    QCOMPARE(outcome.error().code, Error::Code::Conflict);
    QVERIFY2(outcome.error().message.startsWith(u"Skipped: 王小明 is no longer enrolled in a class here"),
             qPrintable(outcome.error().message));
    VERIFY_UNCHANGED(t->db(), id, "pending", 1);
}

void TestBindingFastTrack::fastTrackTakesTheOldestSubmittedFirst()
{
    // One run takes the requests waiting longest, by submission time — not by id (a request
    // imported late may have been submitted first).
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 recent = f.addRequest({.student = QStringLiteral("ming"), .minutesAgo = 10});
    const qint64 oldest = f.addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("mei@example.tw"),
                                        .nationalId = NationalId::generate(53), .minutesAgo = 300});
    const qint64 middle = f.addRequest({.student = QStringLiteral("rare"), .email = QStringLiteral("rare@example.tw"),
                                        .nationalId = NationalId::generate(54), .minutesAgo = 100});
    QVERIFY2(recent && oldest && middle, qPrintable(f.error));
    BindingReviewService office(t->db(), f.officeActorA(), f.clock);
    const auto ids = [](const QList<BindingRequestSummary> &rows) {
        QList<qint64> result;
        for (const BindingRequestSummary &row : rows)
            result << row.id;
        return result;
    };
    auto all = office.repository().fastTrackCandidates();
    QVERIFY(all.ok());
    QCOMPARE(ids(all.value()), (QList<qint64>{oldest, middle, recent}));
    auto batch = office.repository().fastTrackCandidates(2);
    QVERIFY(batch.ok());
    QCOMPARE(ids(batch.value()), (QList<qint64>{oldest, middle}));
    BindingReviewService teacher(t->db(), f.teacher801Actor(), f.clock);
    auto mine = teacher.repository().fastTrackCandidates(1);
    QVERIFY(mine.ok());
    QCOMPARE(ids(mine.value()), QList<qint64>{oldest});
}

QTEST_GUILESS_MAIN(TestBindingFastTrack)
#include "tst_binding_fasttrack.moc"
