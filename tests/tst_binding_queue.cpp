// The binding-review queue on SQLite and PostgreSQL: who sees what (a homeroom teacher only
// their own class's enrolled students, office staff their school), keyset paging in every
// order (submitted date, class; ties by id), filters ("waiting for me" included), search by
// student name / number / parent e-mail, counts per status, the details a decision needs,
// the fast-track candidates and their capped count, and the lazy table model under
// QAbstractItemModelTester.
#include "app/bindingreview/bindingreviewservice.h"
#include "models/bindingqueuemodel.h"
#include "models/bindingrequestrepository.h"
#include "models/nationalid.h"
#include "support/bindingfixture.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QLocale>
#include <QTest>

using namespace cooc;
using test::BindingFixture;

namespace {

QSet<QString> studentsIn(const QList<BindingRequestSummary> &rows)
{
    QSet<QString> names;
    for (const auto &r : rows)
        names << r.studentName;
    return names;
}

QList<BindingRequestSummary> all(const BindingRequestRepository &repo, const BindingQueueFilter &filter)
{
    auto rows = repo.page(filter, 0, 1000);
    if (!rows) {
        qWarning() << rows.error().message << rows.error().detail;
        return {};
    }
    return rows.value();
}

BindingQueueFilter anyStatus()
{
    BindingQueueFilter f;
    f.status.reset();
    return f;
}

const int kYear = 115;

// One request per fixture student, plus a spread of statuses and verdicts for student ming.
void addQueue(BindingFixture &f)
{
    quint64 seed = 100;
    for (const QString &student : {QStringLiteral("ming"), QStringLiteral("hua"), QStringLiteral("mei"),
                                   QStringLiteral("yi"), QStringLiteral("hao"), QStringLiteral("rare"),
                                   QStringLiteral("grad"), QStringLiteral("stale"), QStringLiteral("other")}) {
        f.addRequest({.student = student, .email = student + QStringLiteral("@example.tw"),
                      .nationalId = NationalId::generate(seed++)});
    }
    f.addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("Lee.Family@Example.tw"),
                  .nationalId = NationalId::generate(31), .verdict = QStringLiteral("TOTAL_FAILED"),
                  .subindication = QStringLiteral("REVOKED"), .household = QStringLiteral("NO_MATCH")});
    f.addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("mei.mom@example.tw"),
                  .nationalId = NationalId::generate(32), .verdict = QStringLiteral("INDETERMINATE"),
                  .household = QStringLiteral("UNAVAILABLE"), .status = QStringLiteral("info_requested")});
    f.addRequest({.student = QStringLiteral("ming"), .email = QStringLiteral("old@example.tw"),
                  .nationalId = NationalId::generate(33), .status = QStringLiteral("rejected")});
}

} // namespace

class TestBindingQueue : public QObject
{
    Q_OBJECT

private slots:
    void roleScoping_data() { test::addDialectRows(); }
    void roleScoping();
    void keysetPaging_data() { test::addDialectRows(); }
    void keysetPaging();
    void filters_data() { test::addDialectRows(); }
    void filters();
    void search_data() { test::addDialectRows(); }
    void search();
    void countsPerStatus_data() { test::addDialectRows(); }
    void countsPerStatus();
    void enrollmentStates_data() { test::addDialectRows(); }
    void enrollmentStates();
    void detailsForDecision_data() { test::addDialectRows(); }
    void detailsForDecision();
    void fastTrackCandidates_data() { test::addDialectRows(); }
    void fastTrackCandidates();
    void orders_data() { test::addDialectRows(); }
    void orders();
    void classOrderFollowsEnrollments_data() { test::addDialectRows(); }
    void classOrderFollowsEnrollments();
    void lazyModel_data() { test::addDialectRows(); }
    void lazyModel();
    void modelDropsDecidedRow_data() { test::addDialectRows(); }
    void modelDropsDecidedRow();
    void shortDates();
};

void TestBindingQueue::roleScoping()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    addQueue(f);
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));

    // The homeroom teacher of 801 sees the students currently enrolled in 801 only: not the
    // transferred-out 陳怡君, not 802's 王小華, nothing of school B.
    const BindingRequestRepository teacher(t->db(), f.teacher801Actor(), kYear);
    QCOMPARE(studentsIn(all(teacher, anyStatus())),
             (QSet<QString>{QStringLiteral("王小明"), QStringLiteral("李美玲"), QString::fromUtf8("林\xF0\xA0\x80\x8B安")}));
    const BindingRequestRepository teacher802(t->db(), f.teacher802Actor(), kYear);
    QCOMPARE(studentsIn(all(teacher802, anyStatus())), QSet<QString>{QStringLiteral("王小華")});

    // Office staff see their whole school, whatever the enrollment.
    const BindingRequestRepository office(t->db(), f.officeActorA(), kYear);
    const QSet<QString> schoolA = studentsIn(all(office, anyStatus()));
    QCOMPARE(schoolA.size(), 8);
    QVERIFY(!schoolA.contains(QStringLiteral("周杰")));
    const BindingRequestRepository officeB(t->db(), f.officeActorB(), kYear);
    QCOMPARE(studentsIn(all(officeB, anyStatus())), QSet<QString>{QStringLiteral("周杰")});

    // A teacher with no class this year sees nothing (rather than everything).
    Actor noClass = f.teacher801Actor();
    noClass.homeroomClassIds.clear();
    const BindingRequestRepository none(t->db(), noClass, kYear);
    QVERIFY(all(none, anyStatus()).isEmpty());
    QVERIFY(none.countsByStatus(anyStatus())->isEmpty());

    // Details obey the same scope.
    for (const auto &row : all(office, anyStatus())) {
        auto d = teacher.details(row.id);
        const bool visible = row.enrollment == binding::Enrollment::Enrolled && row.classId == f.class801;
        QCOMPARE(d.ok(), visible);
        if (!visible)
            QCOMPARE(d.error().code, Error::Code::PermissionDenied);
    }
}

void TestBindingQueue::keysetPaging()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    for (int i = 0; i < 37; ++i)
        f.addRequest({.student = i % 2 ? QStringLiteral("ming") : QStringLiteral("hua"),
                      .email = QStringLiteral("p%1@example.tw").arg(i), .nationalId = NationalId::generate(2000 + quint64(i))});
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const BindingRequestRepository office(t->db(), f.officeActorA(), kYear);
    QList<qint64> seen;
    qint64 before = 0;
    for (;;) {
        auto page = office.page({}, before, 10);
        QVERIFY(page.ok());
        if (page->isEmpty())
            break;
        QVERIFY(page->size() <= 10);
        for (const auto &row : page.value()) {
            if (!seen.isEmpty())
                QVERIFY(row.id < seen.last()); // newest first, no repeats
            seen << row.id;
        }
        before = page->last().id;
    }
    QCOMPARE(seen.size(), 37);
    QCOMPARE(office.page({}, 0, 0)->size(), 0);
}

void TestBindingQueue::filters()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    addQueue(f);
    const BindingRequestRepository office(t->db(), f.officeActorA(), kYear);

    BindingQueueFilter pending; // a default-constructed filter: pending only
    QCOMPARE(all(office, pending).size(), 9);
    // What the page opens with: pending and information requested, never the decided.
    const auto waiting = all(office, BindingQueueFilter::waitingForMe());
    QCOMPARE(waiting.size(), 10);
    for (const auto &row : waiting)
        QVERIFY(binding::isOpen(row.status));
    BindingQueueFilter info;
    info.status = binding::Status::InfoRequested;
    QCOMPARE(all(office, info).size(), 1);
    BindingQueueFilter rejected;
    rejected.status = binding::Status::Rejected;
    QCOMPARE(all(office, rejected).size(), 1);
    QCOMPARE(all(office, rejected).first().applicantEmail, QStringLiteral("old@example.tw"));

    BindingQueueFilter byClass = anyStatus();
    byClass.classId = f.class802;
    QCOMPARE(studentsIn(all(office, byClass)), QSet<QString>{QStringLiteral("王小華")});

    BindingQueueFilter failed = anyStatus();
    failed.verdict = binding::Verdict::TotalFailed;
    const auto failedRows = all(office, failed);
    QCOMPARE(failedRows.size(), 1);
    QCOMPARE(failedRows.first().household, binding::Household::NoMatch);

    BindingQueueFilter unavailable = anyStatus();
    unavailable.household = binding::Household::Unavailable;
    QCOMPARE(all(office, unavailable).size(), 1);

    BindingQueueFilter combined;
    combined.status = binding::Status::Pending;
    combined.classId = f.class801;
    combined.verdict = binding::Verdict::TotalPassed;
    combined.household = binding::Household::Match;
    QCOMPARE(studentsIn(all(office, combined)),
             (QSet<QString>{QStringLiteral("王小明"), QStringLiteral("李美玲"), QString::fromUtf8("林\xF0\xA0\x80\x8B安")}));
}

void TestBindingQueue::search()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    addQueue(f);
    // Both ways of searching give the same answers: collecting the matches first (narrow), and
    // walking the queue testing each request (broad, forced here with a threshold of 1).
    for (int threshold : {BindingRequestRepository::kBroadSearch, 1}) {
        BindingRequestRepository office(t->db(), f.officeActorA(), kYear);
        office.setBroadSearchThreshold(threshold);
        QCOMPARE(office.searchIsBroad(QStringLiteral("王")), threshold == 1);
        auto find = [&](const QString &text) {
            BindingQueueFilter filter = anyStatus();
            filter.search = text;
            return all(office, filter);
        };
        QCOMPARE(studentsIn(find(QStringLiteral("王小"))), (QSet<QString>{QStringLiteral("王小明"), QStringLiteral("王小華")}));
        QCOMPARE(studentsIn(find(QStringLiteral("王小明"))), QSet<QString>{QStringLiteral("王小明")});
        QCOMPARE(studentsIn(find(QStringLiteral(" 113012 "))), QSet<QString>{QStringLiteral("王小明")});
        QCOMPARE(studentsIn(find(QStringLiteral("11300"))),
                 (QSet<QString>{QStringLiteral("李美玲"), QString::fromUtf8("林\xF0\xA0\x80\x8B安")}));
        // E-mail, whatever its case.
        QCOMPARE(find(QStringLiteral("LEE.fam")).size(), 1);
        QCOMPARE(find(QStringLiteral("lee.family@example.tw")).first().verdict, binding::Verdict::TotalFailed);
        // A rare character beyond the BMP is one character like any other.
        QCOMPARE(studentsIn(find(QString::fromUtf8("林\xF0\xA0\x80\x8B"))),
                 QSet<QString>{QString::fromUtf8("林\xF0\xA0\x80\x8B安")});
        QVERIFY(find(QStringLiteral("林丈")).isEmpty());
        // Nothing found, and SQL in the search box is just text.
        QVERIFY(find(QStringLiteral("zzz")).isEmpty());
        QVERIFY(find(QStringLiteral("%' OR 1=1 --")).isEmpty());
        QVERIFY(find(QStringLiteral("%")).isEmpty());
        // With the status filter too, and paged.
        BindingQueueFilter pendingWang;
        pendingWang.search = QStringLiteral("王");
        auto first = office.page(pendingWang, 0, 1);
        QVERIFY(first.ok() && first->size() == 1);
        auto second = office.page(pendingWang, first->first().id, 1);
        QVERIFY(second.ok() && second->size() == 1);
        QVERIFY(second->first().id < first->first().id);
        QVERIFY(office.page(pendingWang, second->first().id, 1)->isEmpty()); // the rejected one is not pending
        // Search stays inside the actor's scope.
        BindingRequestRepository teacher802(t->db(), f.teacher802Actor(), kYear);
        teacher802.setBroadSearchThreshold(threshold);
        BindingQueueFilter filter = anyStatus();
        filter.search = QStringLiteral("王小");
        QCOMPARE(studentsIn(all(teacher802, filter)), QSet<QString>{QStringLiteral("王小華")});
    }
}

void TestBindingQueue::countsPerStatus()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    addQueue(f);
    const BindingRequestRepository office(t->db(), f.officeActorA(), kYear);
    auto counts = office.countsByStatus({});
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(binding::Status::Pending), 9);
    QCOMPARE(counts->value(binding::Status::InfoRequested), 1);
    QCOMPARE(counts->value(binding::Status::Rejected), 1);
    QCOMPARE(counts->value(binding::Status::Approved), 0);
    // The drop-down's counts (each stopping past a cap) are the same, for every status.
    auto waiting = office.statusCounts();
    QVERIFY(waiting.ok());
    QCOMPARE(waiting->size(), 5);
    for (binding::Status s : {binding::Status::Pending, binding::Status::InfoRequested, binding::Status::Approved,
                              binding::Status::Rejected, binding::Status::Withdrawn})
        QCOMPARE(waiting->value(s, -1), counts->value(s));
    // Counting stops one past the cap, and the user reads "cap+".
    auto capped = office.statusCounts(5);
    QVERIFY(capped.ok());
    QCOMPARE(capped->value(binding::Status::Pending), 6);
    QCOMPARE(capped->value(binding::Status::InfoRequested), 1);
    QCOMPARE(BindingRequestRepository::waitingTotal(waiting.value()), 10);
    // A total past the cap is "more than the cap" too, like each of its counts.
    const QHash<binding::Status, int> many{{binding::Status::Pending, 600}, {binding::Status::InfoRequested, 500}};
    QCOMPARE(BindingRequestRepository::waitingTotal(many), BindingRequestRepository::kCountCap + 1);
    QCOMPARE(BindingRequestRepository::countText(6, 5), QStringLiteral("5+"));
    QCOMPARE(BindingRequestRepository::countText(5, 5), QStringLiteral("5"));
    QCOMPARE(BindingRequestRepository::countText(BindingRequestRepository::kCountCap + 1),
             QLocale().toString(BindingRequestRepository::kCountCap) + QLatin1Char('+'));

    BindingQueueFilter class802;
    class802.classId = f.class802;
    QCOMPARE(office.countsByStatus(class802)->value(binding::Status::Pending), 1);

    const BindingRequestRepository teacher(t->db(), f.teacher801Actor(), kYear);
    QCOMPARE(teacher.statusCounts()->value(binding::Status::Pending), 4); // 王小明, 李美玲 ×2, 林𠀋安
    QCOMPARE(teacher.countsByStatus({})->value(binding::Status::InfoRequested), 1);
}

void TestBindingQueue::enrollmentStates()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    addQueue(f);
    const BindingRequestRepository office(t->db(), f.officeActorA(), kYear);
    QHash<QString, BindingRequestSummary> byName;
    for (const auto &row : all(office, {}))
        byName.insert(row.studentName, row);
    QCOMPARE(byName.value(QStringLiteral("王小明")).enrollment, binding::Enrollment::Enrolled);
    QCOMPARE(byName.value(QStringLiteral("王小明")).className, QStringLiteral("801"));
    QCOMPARE(byName.value(QStringLiteral("王小明")).seat, 12);
    QCOMPARE(byName.value(QStringLiteral("王小明")).studentNumber, QStringLiteral("113012"));
    QCOMPARE(byName.value(QStringLiteral("陳怡君")).enrollment, binding::Enrollment::TransferredOut);
    QCOMPARE(byName.value(QStringLiteral("張志豪")).enrollment, binding::Enrollment::NotPlaced);
    QCOMPARE(byName.value(QStringLiteral("黃冠宇")).enrollment, binding::Enrollment::Graduated);
    QCOMPARE(byName.value(QStringLiteral("吳佩珊")).enrollment, binding::Enrollment::NotCurrentYear);
}

void TestBindingQueue::detailsForDecision()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 id = f.addRequest({.student = QStringLiteral("rare"),
                                    .applicantName = QString::fromUtf8("林\xF0\xA0\x80\x8B文"),
                                    .email = QStringLiteral("lin@example.tw"), .nationalId = QStringLiteral("F131104093"),
                                    .relationship = QStringLiteral("guardian"),
                                    .verdict = QStringLiteral("INDETERMINATE"),
                                    .subindication = QStringLiteral("TRY_LATER")});
    QVERIFY2(id, qPrintable(f.error));
    const BindingRequestRepository teacher(t->db(), f.teacher801Actor(), kYear);
    auto d = teacher.details(id);
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
    QCOMPARE(d->summary.studentName, QString::fromUtf8("林\xF0\xA0\x80\x8B安"));
    QCOMPARE(d->summary.className, QStringLiteral("801"));
    QCOMPARE(d->summary.seat, 7);
    QCOMPARE(d->summary.enrollment, binding::Enrollment::Enrolled);
    QCOMPARE(d->summary.relationship, binding::Relationship::Guardian);
    QVERIFY(binding::isCaregiver(d->summary.relationship));
    QCOMPARE(d->applicantMaskedId, QStringLiteral("F13****093"));
    QCOMPARE(d->applicantIdLast4, QStringLiteral("4093"));
    QVERIFY(d->hasInitialPasswordHash);
    QCOMPARE(d->summary.verdict, binding::Verdict::Indeterminate);
    QCOMPARE(d->verificationSubindication, QStringLiteral("TRY_LATER"));
    QVERIFY(!d->consentDocument.isEmpty());
    QVERIFY(d->consentDocument.contains("lin@example.tw"));
    QCOMPARE(d->guardians.size(), 1);
    QCOMPARE(d->guardians.first().name, QString::fromUtf8("林\xF0\xA0\x80\x8B文"));
    QVERIFY(d->guardians.first().idHashMatches);
    QVERIFY(d->boundChildren.isEmpty());
    QCOMPARE(d->knownParentId, qint64(0));
    QVERIFY(d->history.isEmpty());
    // Not the ID itself anywhere in what the UI gets.
    QVERIFY(!d->applicantMaskedId.contains(QLatin1String("1104")));
}

void TestBindingQueue::fastTrackCandidates()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    addQueue(f);
    const BindingRequestRepository office(t->db(), f.officeActorA(), kYear);
    auto rows = office.fastTrackCandidates();
    QVERIFY(rows.ok());
    // Pending, TOTAL_PASSED, MATCH, and the student enrolled and placed this year.
    QCOMPARE(studentsIn(rows.value()),
             (QSet<QString>{QStringLiteral("王小明"), QStringLiteral("王小華"), QStringLiteral("李美玲"),
                            QString::fromUtf8("林\xF0\xA0\x80\x8B安")}));
    for (int i = 1; i < rows->size(); ++i)
        QVERIFY(rows->at(i).id > rows->at(i - 1).id); // oldest first
    const BindingRequestRepository teacher802(t->db(), f.teacher802Actor(), kYear);
    QCOMPARE(studentsIn(teacher802.fastTrackCandidates().value()), QSet<QString>{QStringLiteral("王小華")});
    // One run takes at most `limit`, the oldest first.
    auto two = office.fastTrackCandidates(2);
    QVERIFY(two.ok());
    QCOMPARE(two->size(), 2);
    QCOMPARE(two->first().id, rows->first().id);
    // The button's count: one COUNT that stops at the cap.
    QCOMPARE(office.fastTrackCount().value(), 4);
    QCOMPARE(office.fastTrackCount(3).value(), 3);
    QCOMPARE(teacher802.fastTrackCount().value(), 1);
    // What the page reloads after every decision, in one statement: the same counts.
    for (const BindingRequestRepository *repo : {&office, &teacher802}) {
        auto both = repo->queueCounts();
        QVERIFY2(both.ok(), qPrintable(both.ok() ? QString() : both.error().detail));
        QCOMPARE(both->byStatus, repo->statusCounts().value());
        QCOMPARE(both->fastTrack, repo->fastTrackCount().value());
    }
    QCOMPARE(teacher802.queueCounts()->byStatus.value(binding::Status::Pending),
             teacher802.statusCounts()->value(binding::Status::Pending));
    QVERIFY(office.queueCounts()->byStatus.value(binding::Status::Pending) > 0);
}

void TestBindingQueue::orders()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    quint64 seed = 400;
    const auto add = [&](const QString &student, int minutesAgo, const QString &status = QStringLiteral("pending")) {
        return f.addRequest({.student = student, .email = student + QString::number(seed) + QStringLiteral("@example.tw"),
                             .nationalId = NationalId::generate(seed++), .status = status, .minutesAgo = minutesAgo});
    };
    // Class and seat of each (school year 115): ming 801·12, hua 802·3, mei 801·5, hao not
    // placed, rare 801·7, yi 801·20 (transferred out).
    const qint64 r1 = add(QStringLiteral("ming"), 50);
    const qint64 r2 = add(QStringLiteral("hua"), 50); // same time as r1: the id decides
    const qint64 r3 = add(QStringLiteral("mei"), 300);
    const qint64 r4 = add(QStringLiteral("hao"), 10);
    const qint64 r5 = add(QStringLiteral("rare"), 50);
    const qint64 r6 = add(QStringLiteral("yi"), 400);
    const qint64 r7 = add(QStringLiteral("mei"), 20); // same class and seat as r3
    const qint64 r8 = add(QStringLiteral("ming"), 5, QStringLiteral("info_requested"));
    const qint64 r9 = add(QStringLiteral("ming"), 1, QStringLiteral("rejected"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));

    const BindingRequestRepository office(t->db(), f.officeActorA(), kYear);
    const BindingRequestRepository teacher(t->db(), f.teacher801Actor(), kYear);
    // Walks the whole list a page at a time (each page after the last row of the previous).
    const auto walk = [](const BindingRequestRepository &repo, const BindingQueueFilter &filter, int pageSize) {
        QList<qint64> ids;
        qint64 after = 0;
        for (int guard = 0; guard < 100; ++guard) {
            auto page = repo.page(filter, after, pageSize);
            if (!page) {
                qWarning() << page.error().message << page.error().detail;
                return QList<qint64>{-1};
            }
            for (const auto &row : page.value())
                ids << row.id;
            if (page->size() < pageSize)
                break;
            after = page->last().id;
        }
        return ids;
    };
    const auto with = [](BindingQueueFilter filter, BindingQueueOrder order) {
        filter.order = order;
        return filter;
    };
    const BindingQueueFilter pending;
    const BindingQueueFilter waiting = BindingQueueFilter::waitingForMe();
    const BindingQueueFilter everything = anyStatus();
    struct Case
    {
        const char *name;
        const BindingRequestRepository *repo;
        BindingQueueFilter filter;
        QList<qint64> expected;
    };
    const QList<Case> cases = {
        {"pending, newest first", &office, with(pending, BindingQueueOrder::NewestFirst), {r4, r7, r5, r2, r1, r3, r6}},
        {"pending, oldest first", &office, with(pending, BindingQueueOrder::OldestFirst), {r6, r3, r1, r2, r5, r7, r4}},
        {"pending, by class", &office, with(pending, BindingQueueOrder::ClassAscending), {r4, r3, r7, r5, r1, r6, r2}},
        {"pending, by class reversed", &office, with(pending, BindingQueueOrder::ClassDescending),
         {r2, r6, r1, r5, r7, r3, r4}},
        {"waiting for me, newest first", &office, waiting, {r8, r4, r7, r5, r2, r1, r3, r6}},
        {"all, oldest first", &office, with(everything, BindingQueueOrder::OldestFirst),
         {r6, r3, r1, r2, r5, r7, r4, r8, r9}},
        {"all, by class", &office, with(everything, BindingQueueOrder::ClassAscending),
         {r4, r3, r7, r5, r1, r8, r9, r6, r2}},
        {"teacher, waiting, by class", &teacher, with(waiting, BindingQueueOrder::ClassAscending), {r3, r7, r5, r1, r8}},
    };
    for (const Case &c : cases) {
        for (int pageSize : {1, 2, 3, 100})
            QVERIFY2(walk(*c.repo, c.filter, pageSize) == c.expected,
                     qPrintable(QStringLiteral("%1, pages of %2").arg(QLatin1String(c.name)).arg(pageSize)));
    }

    // The model maps a click on the Submitted or Class header onto these orders.
    BindingQueueModel model(f.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2);
    model.setRepository(&office, waiting);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(BindingQueueModel::SubmittedColumn, Qt::AscendingOrder);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.filter().order, BindingQueueOrder::OldestFirst);
    QCOMPARE(model.summaryAt(0)->id, r6);
    model.sort(BindingQueueModel::ClassColumn, Qt::DescendingOrder);
    QCOMPARE(model.summaryAt(0)->id, r2);
    QCOMPARE(BindingQueueModel::sortColumn(model.filter().order), int(BindingQueueModel::ClassColumn));
    QCOMPARE(BindingQueueModel::sortOrder(model.filter().order), Qt::DescendingOrder);
    model.sort(BindingQueueModel::ApplicantColumn, Qt::AscendingOrder); // not an order of its own
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.summaryAt(0)->id, r2);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 8);
}

// The class order's key is stored on each request; the database keeps it true when a student
// changes class or seat, a class is renumbered, or an enrollment is added or removed — for
// decided requests too.
void TestBindingQueue::classOrderFollowsEnrollments()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    quint64 seed = 500;
    const auto add = [&](const QString &student, const QString &status = QStringLiteral("pending")) {
        return f.addRequest({.student = student, .email = student + QString::number(seed) + QStringLiteral("@example.tw"),
                             .nationalId = NationalId::generate(seed++), .status = status});
    };
    // ming 801·12, hua 802·3, mei 801·5, hao not placed, rare 801·7, yi 801·20 (transferred out).
    const qint64 r1 = add(QStringLiteral("ming"));
    const qint64 r2 = add(QStringLiteral("hua"));
    const qint64 r3 = add(QStringLiteral("mei"));
    const qint64 r4 = add(QStringLiteral("hao"));
    const qint64 r5 = add(QStringLiteral("rare"));
    const qint64 r6 = add(QStringLiteral("yi"));
    const qint64 r9 = add(QStringLiteral("ming"), QStringLiteral("rejected"));
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));

    const BindingRequestRepository office(t->db(), f.officeActorA(), kYear);
    BindingQueueFilter byClass = anyStatus();
    byClass.order = BindingQueueOrder::ClassAscending;
    const auto order = [&] {
        QList<qint64> ids;
        for (const auto &row : all(office, byClass))
            ids << row.id;
        return ids;
    };
    const auto run = [&](const QString &sql, const QVariantList &values) {
        auto q = t->db().exec(sql, values);
        if (!q)
            qWarning() << q.error().message << q.error().detail;
        return q.ok();
    };
    QCOMPARE(order(), (QList<qint64>{r4, r3, r5, r1, r9, r6, r2}));

    // 王小明 moves to 802, seat 1: ahead of 王小華 (802·3), his rejected request with him.
    QVERIFY(run(QStringLiteral("UPDATE enrollments SET class_id = ?, seat = 1 WHERE student_id = ? AND school_year = ?"),
                {f.class802, f.students.value(QStringLiteral("ming")), kYear}));
    QCOMPARE(order(), (QList<qint64>{r4, r3, r5, r6, r1, r9, r2}));

    // 801 becomes 803: its students now come after 802's.
    QVERIFY(run(QStringLiteral("UPDATE classes SET number = 3 WHERE id = ?"), {f.class801}));
    QCOMPARE(order(), (QList<qint64>{r4, r1, r9, r2, r3, r5, r6}));

    // 張志豪, not placed this year, gets a place in a later year (9th grade, class 1, seat 4):
    // his latest enrollment decides, so he moves from first to last; removing it moves him back.
    QVERIFY(run(QStringLiteral("INSERT INTO enrollments (student_id, school_id, school_year, class_id, seat, student_number,"
                               " status, start_date) VALUES (?, ?, ?, ?, 4, 'S-HAO-NEXT', 'enrolled', '2027-08-01')"),
                {f.students.value(QStringLiteral("hao")), f.schoolA, kYear + 1, f.class901old}));
    QCOMPARE(order(), (QList<qint64>{r1, r9, r2, r3, r5, r6, r4}));
    QVERIFY(run(QStringLiteral("DELETE FROM enrollments WHERE student_number = 'S-HAO-NEXT'"), {}));
    QCOMPARE(order(), (QList<qint64>{r4, r1, r9, r2, r3, r5, r6}));

    // On PostgreSQL the decision guard let the rejected request's key move with the
    // enrollment, and still keeps the request itself final.
    if (t->db().dialect() == Dialect::Postgres) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("already rejected")));
        QVERIFY(!run(QStringLiteral("UPDATE binding_requests SET status = 'pending' WHERE id = ?"), {r9}));
    }
}

void TestBindingQueue::lazyModel()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    for (int i = 0; i < 23; ++i)
        f.addRequest({.student = QStringLiteral("ming"), .email = QStringLiteral("m%1@example.tw").arg(i),
                      .nationalId = NationalId::generate(3000 + quint64(i))});
    const BindingRequestRepository office(t->db(), f.officeActorA(), kYear);
    BindingQueueModel model(f.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(5);
    model.setRepository(&office);
    // A page or two (the tester fetches too), never the whole table.
    QVERIFY(model.rowCount() >= 5 && model.rowCount() <= 10);
    QCOMPARE(model.rowCount() % 5, 0);
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 23);
    QCOMPARE(model.columnCount(), int(BindingQueueModel::ColumnCount));
    const QModelIndex first = model.index(0, BindingQueueModel::StudentColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("王小明"));
    QCOMPARE(model.index(0, BindingQueueModel::ClassColumn).data().toString(), QStringLiteral("801 · 12"));
    QVERIFY(model.index(0, BindingQueueModel::SignatureColumn).data().toString().contains(QStringLiteral("\u2714")));
    QCOMPARE(first.data(BindingQueueModel::VerdictRole).toString(), QStringLiteral("TOTAL_PASSED"));
    QCOMPARE(first.data(BindingQueueModel::StatusRole).toString(), QStringLiteral("pending"));
    QVERIFY(first.data(BindingQueueModel::IdRole).toLongLong() > model.index(1, 0).data(BindingQueueModel::IdRole).toLongLong());
    QVERIFY(first.data(BindingQueueModel::SummaryRole).canConvert<BindingRequestSummary>());

    // A filter change starts again from the top.
    BindingQueueFilter none;
    none.search = QStringLiteral("nobody");
    model.setFilter(none);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestBindingQueue::modelDropsDecidedRow()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 a = f.addRequest({.student = QStringLiteral("ming")});
    const qint64 b = f.addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("b@example.tw"),
                                   .nationalId = NationalId::generate(41)});
    BindingReviewService service(t->db(), f.teacher801Actor(), f.clock);
    BindingQueueModel model(f.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRepository(&service.repository());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(service.approve(a, 1).ok());
    model.refreshRequest(a);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(b), 0);
    // Under "all statuses" it stays, with its new status.
    model.setFilter(anyStatus());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(model.rowOf(a), 0).data(BindingQueueModel::StatusRole).toString(), QStringLiteral("approved"));
}

void TestBindingQueue::shortDates()
{
    const QDate today(2026, 11, 28);
    const QTimeZone taipei(8 * 3600);
    QCOMPARE(BindingQueueModel::shortDate(QDateTime(today, QTime(9, 5), taipei), today), QStringLiteral("09:05"));
    QCOMPARE(BindingQueueModel::shortDate(QDateTime(today.addDays(-1), QTime(23, 0), taipei), today),
             QStringLiteral("Yesterday"));
    QCOMPARE(BindingQueueModel::shortDate(QDateTime(QDate(2026, 11, 25), QTime(8, 0), taipei), today),
             QStringLiteral("11/25"));
    QCOMPARE(BindingQueueModel::shortDate(QDateTime(QDate(2025, 12, 31), QTime(8, 0), taipei), today),
             QStringLiteral("2025/12/31"));
    // 2026-11-27 17:00 UTC is already the 28th in Taipei.
    QCOMPARE(BindingQueueModel::shortDate(QDateTime(QDate(2026, 11, 27), QTime(17, 0), QTimeZone::utc()), today),
             QStringLiteral("01:00"));
}

QTEST_GUILESS_MAIN(TestBindingQueue)
#include "tst_binding_queue.moc"
