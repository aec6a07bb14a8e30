// The household-registration check's database side (戶籍查驗), on SQLite and PostgreSQL
// alike: the demo registry (DemoHouseholdService) and storing a result on a binding request
// (HouseholdResultStore, recordHouseholdResult) with its audit entry and refusals. The HTTPS
// client: tst_household.cpp; the contract's pure functions: tst_householdcontract.cpp.
#include "app/household/demohouseholdservice.h"
#include "app/household/householdrecording.h"
#include "models/auditlog.h"
#include "models/bindingrequestrepository.h"
#include "models/householdresultstore.h"
#include "models/nationalid.h"
#include "support/householdsample.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>

#include <atomic>
#include <thread>

using namespace cooc;
using namespace cooc::test::household;
using Outcome = HouseholdResult::Outcome;
using Failure = HouseholdResult::Failure;

class TestHouseholdStore : public QObject
{
    Q_OBJECT

private slots:
    void demoService_data();
    void demoService();
    void demoServiceWithoutRegistryIsUnavailable_data() { test::addDialectRows(); }
    void demoServiceWithoutRegistryIsUnavailable();
    void storeResult_data() { test::addDialectRows(); }
    void storeResult();
    void storeRefusesBadInputAndOthersRequests_data() { test::addDialectRows(); }
    void storeRefusesBadInputAndOthersRequests();
    void laterAnswerCommittingMeanwhileWins_data() { test::addDialectRows(); }
    void laterAnswerCommittingMeanwhileWins();
    void changedIdsClearTheAnswer_data() { test::addDialectRows(); }
    void changedIdsClearTheAnswer();
    void idCorrectionCommittingMeanwhile_data() { test::addDialectRows(); }
    void idCorrectionCommittingMeanwhile();

private:
    FixedClock m_clock { kNow };
};

void TestHouseholdStore::demoService_data()
{
    test::addDialectRows();
}

void TestHouseholdStore::demoService()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    struct Person
    {
        QString id;
        QString household; // empty: no registry row
        QString city;
    };
    const QList<Person> people = {
        { NationalId::generate(1), QStringLiteral("H-100"), QStringLiteral("Taipei") }, // parent A
        { NationalId::generate(2), QStringLiteral("H-100"), QStringLiteral("臺北市") }, // child of A
        { NationalId::generate(3), QStringLiteral("H-200"), QStringLiteral("Taipei") }, // another household
        { NationalId::generate(4), QStringLiteral("H-100"), QStringLiteral("新北市") }, // New Taipei
        { NationalId::generate(5), QString(), QString() }, // not in the registry
    };
    for (const Person &p : people) {
        if (p.household.isEmpty())
            continue;
        QVERIFY(db.exec(QStringLiteral("INSERT INTO household_registry (national_id_hash, household_code, city) "
                                       "VALUES (?, ?, ?)"),
            { NationalId::hash(p.id), p.household, p.city }));
    }
    DemoHouseholdService demo(db, m_clock);
    QCOMPARE(demo.sourceName(), QStringLiteral("demo"));
    const auto check = [&](int parent, int child) {
        HouseholdQuery q;
        q.parentIdHash = NationalId::hash(people.at(parent).id);
        q.childIdHash = NationalId::hash(people.at(child).id);
        return checkAndWait(demo, q);
    };
    struct Row
    {
        int parent;
        int child;
        Outcome outcome;
    };
    const QList<Row> rows = {
        { 0, 1, Outcome::Match },
        { 1, 0, Outcome::Match },
        { 0, 2, Outcome::NoMatch },
        { 3, 1, Outcome::NotRegisteredInTaipei },
        { 0, 4, Outcome::NotRegisteredInTaipei },
        { 4, 0, Outcome::NotRegisteredInTaipei },
    };
    for (const Row &row : rows) {
        const HouseholdResult r = check(row.parent, row.child);
        QCOMPARE(r.outcome, row.outcome);
        QCOMPARE(r.checkedAt, kNow);
        QVERIFY(r.serviceReference.startsWith(QStringLiteral("demo:")));
    }
    HouseholdQuery bad;
    bad.parentIdHash = people.at(0).id; // raw ID: refused
    bad.childIdHash = NationalId::hash(people.at(1).id);
    QPointer<HouseholdCheck> job = demo.start(bad);
    QVERIFY(!job->isFinished());
    QSignalSpy finished(job.data(), &HouseholdCheck::finished);
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.first().first().value<HouseholdResult>().failure, Failure::InvalidQuery);
}

void TestHouseholdStore::demoServiceWithoutRegistryIsUnavailable()
{
    COOC_TEST_DATABASE(t, false); // an empty database: no household_registry table
    DemoHouseholdService demo(t->db(), m_clock);
    const HouseholdResult r = checkAndWait(demo, sampleQuery());
    QCOMPARE(r.outcome, Outcome::Unavailable);
    QCOMPARE(r.failure, Failure::Storage);
    QVERIFY(!r.reason.isEmpty());
}

namespace {

struct Fixture
{
    qint64 schoolId = 0;
    qint64 classId = 0;
    qint64 otherClassId = 0;
    qint64 teacherId = 0;
    qint64 requestId = 0;
    qint64 decidedRequestId = 0;
};

Result<qint64> insert(Database &db, const QString &sql, const QVariantList &values)
{
    return db.insert(sql, values);
}

bool seed(Database &db, Fixture &f, const Clock &clock)
{
    const auto id = [&](const char *sql, const QVariantList &values) -> qint64 {
        auto r = insert(db, QString::fromUtf8(sql), values);
        if (!r)
            qWarning("%s: %s", sql, qPrintable(r.error().detail));
        return r ? r.value() : 0;
    };
    f.schoolId
        = id("INSERT INTO schools (code, name) VALUES (?, ?)", { QStringLiteral("tpjh"), QStringLiteral("臺北國中") });
    f.teacherId = id("INSERT INTO staff (school_id, name, national_id_hash, national_id_masked) VALUES (?, ?, ?, ?)",
        { f.schoolId, QStringLiteral("林老師"), NationalId::hash(NationalId::generate(900)),
            NationalId::mask(NationalId::generate(900)) });
    f.classId = id("INSERT INTO classes (school_id, school_year, grade, number, name, homeroom_teacher_id) "
                   "VALUES (?, 115, 8, 1, '801', ?)",
        { f.schoolId, f.teacherId });
    f.otherClassId
        = id("INSERT INTO classes (school_id, school_year, grade, number, name) VALUES (?, 115, 8, 2, '802')",
            { f.schoolId });
    const qint64 student = id("INSERT INTO students (name, national_id_hash, national_id_masked) VALUES (?, ?, ?)",
        { QStringLiteral("王小明"), NationalId::hash(kChildId), NationalId::mask(kChildId) });
    id("INSERT INTO enrollments (student_id, school_id, school_year, class_id, seat, student_number, status, "
       "start_date) "
       "VALUES (?, ?, 115, ?, 7, 'S115007', 'enrolled', ?)",
        { student, f.schoolId, f.classId, QDate(2026, 8, 30) });
    const char *request = "INSERT INTO binding_requests (school_id, student_id, applicant_name, applicant_email, "
                          "applicant_national_id_hash, applicant_national_id_masked, applicant_id_last4, relationship, "
                          "consent_document, submitted_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'father', ?, ?, ?)";
    const QVariantList common = { f.schoolId, student, QStringLiteral("王大明"), QStringLiteral("wang@example.tw"),
        NationalId::hash(kParentId), NationalId::mask(kParentId), NationalId::lastChars(kParentId, 4),
        QByteArray("consent"), db.timestamp(clock.now().addDays(-1)) };
    f.requestId = id(request, common + QVariantList { QStringLiteral("pending") });
    f.decidedRequestId = id(request, common + QVariantList { QStringLiteral("approved") });
    return f.schoolId && f.teacherId && f.classId && f.otherClassId && student && f.requestId && f.decidedRequestId;
}

Actor teacherOf(const Fixture &f, qint64 classId)
{
    Actor a;
    a.staffId = f.teacherId;
    a.login = QStringLiteral("tpjh-lin");
    a.schoolId = f.schoolId;
    a.roles = { Actor::Role::HomeroomTeacher };
    a.homeroomClassIds = { classId };
    return a;
}

// What a check started now would be asked about (HouseholdResultStore::subjects); for a request
// the actor may not see, only its id.
HouseholdSubjects askedAbout(const Database &db, const Actor &actor, qint64 requestId)
{
    auto s = HouseholdResultStore(db).subjects(actor, requestId);
    if (s)
        return s.value();
    HouseholdSubjects unknown;
    unknown.requestId = requestId;
    return unknown;
}

// Another connection (another PC, the school's feed), in its own thread, writes `sql` and holds
// its transaction open 1.5 s before committing. `stage`: 1 while it holds the write, 2 once
// committed, -1 if anything failed.
std::thread holdingWrite(const DatabaseUrl &url, const QString &sql, const QVariantList &values, std::atomic<int> &stage)
{
    return std::thread([url, sql, values, &stage] {
        auto other = Database::open(url);
        auto tx = other ? Transaction::begin(*other.value()) : Result<std::unique_ptr<Transaction>>(other.error());
        QVariantList bound = values;
        for (QVariant &v : bound) { // times as this database stores them
            if (v.metaType() == QMetaType::fromType<QDateTime>() && other)
                v = other.value()->timestamp(v.toDateTime());
        }
        if (!tx || !other.value()->change(sql, bound)) {
            stage = -1;
            return;
        }
        stage = 1;
        QThread::msleep(1500);
        stage = tx.value()->commit() ? 2 : -1;
    });
}

qint64 count(Database &db, const QString &sql, const QVariantList &values)
{
    auto v = db.scalar(sql, values);
    return v ? v.value().toLongLong() : -1;
}

} // namespace

void TestHouseholdStore::storeResult()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    Fixture f;
    QVERIFY(seed(db, f, m_clock));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO household_registry (national_id_hash, household_code, city) "
                                   "VALUES (?, 'H-7', 'Taipei'), (?, 'H-7', 'Taipei')"),
        { NationalId::hash(kParentId), NationalId::hash(kChildId) }));
    const Actor teacher = teacherOf(f, f.classId);
    const HouseholdSubjects asked = askedAbout(db, teacher, f.requestId);

    // The whole path: subjects → query → demo service → store.
    auto subjects = HouseholdResultStore(db).subjects(teacher, f.requestId);
    QVERIFY2(subjects, qPrintable(subjects ? QString() : subjects.error().message));
    QCOMPARE(subjects.value().householdResult, QStringLiteral("NOT_CHECKED"));
    const HouseholdQuery query = householdQueryFor(subjects.value());
    QCOMPARE(query.parentIdHash, NationalId::hash(kParentId));
    QCOMPARE(query.childIdHash, NationalId::hash(kChildId));
    QCOMPARE(query.reference, QStringLiteral("binding_request:%1").arg(f.requestId));
    DemoHouseholdService demo(db, m_clock);
    const HouseholdResult match = checkAndWait(demo, query);
    QCOMPARE(match.outcome, Outcome::Match);
    auto stored = recordHouseholdResult(db, teacher, asked, match, demo.sourceName(), m_clock);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message + stored.error().detail));
    QVERIFY(stored.value());

    auto row = db.exec(QStringLiteral("SELECT household_result, household_checked_at, version FROM binding_requests "
                                      "WHERE id = ?"),
        { f.requestId });
    QVERIFY(row && row.value().next());
    QCOMPARE(row.value().value(0).toString(), QStringLiteral("MATCH"));
    QCOMPARE(Database::toDateTime(row.value().value(1)), kNow);
    QCOMPARE(row.value().value(2).toInt(), 1); // evidence, not a decision: no version bump
    QCOMPARE(count(db,
                 QStringLiteral("SELECT COUNT(*) FROM binding_request_events WHERE request_id = ? AND kind = "
                                "'household_checked'"),
                 { f.requestId }),
        1);
    auto audit = AuditLog(db).forEntity(QStringLiteral("binding_request"), f.requestId);
    QVERIFY(audit);
    QCOMPARE(audit.value().size(), 1);
    QCOMPARE(audit.value().first().action, QStringLiteral("binding.household_check"));
    QCOMPARE(audit.value().first().detail.value(QStringLiteral("result")).toString(), QStringLiteral("MATCH"));
    QCOMPARE(audit.value().first().detail.value(QStringLiteral("source")).toString(), QStringLiteral("demo"));
    const QString auditText = QString::fromUtf8(QJsonDocument(audit.value().first().detail).toJson());
    QVERIFY(!auditText.contains(NationalId::hash(kParentId)));

    // A later outage is recorded, but does not erase the answer.
    m_clock.advance(3600);
    const auto outage = HouseholdResult::unavailable(
        Failure::Timeout, QStringLiteral("slow"), QString(), m_clock.now(), QStringLiteral("r-2"));
    auto kept = recordHouseholdResult(db, teacher, asked, outage, QStringLiteral("city"), m_clock);
    QVERIFY(kept);
    QVERIFY(!kept.value());
    QCOMPARE(db.scalar(QStringLiteral("SELECT household_result FROM binding_requests WHERE id = ?"), { f.requestId })
                 .value()
                 .toString(),
        QStringLiteral("MATCH"));
    QCOMPARE(
        count(db, QStringLiteral("SELECT COUNT(*) FROM binding_request_events WHERE request_id = ?"), { f.requestId }),
        2);
    QCOMPARE(AuditLog(db).forEntity(QStringLiteral("binding_request"), f.requestId).value().size(), 2);

    // A new answer replaces the old one.
    const auto noMatch
        = HouseholdResult::answer(Outcome::NoMatch, m_clock.now(), QStringLiteral("HR-2"), QStringLiteral("r-3"));
    QVERIFY(recordHouseholdResult(db, teacher, asked, noMatch, QStringLiteral("city"), m_clock).value());
    QCOMPARE(db.scalar(QStringLiteral("SELECT household_result FROM binding_requests WHERE id = ?"), { f.requestId })
                 .value()
                 .toString(),
        QStringLiteral("NO_MATCH"));

    // A slow check that ends now but was answered before the stored one (another PC's check
    // finished first): recorded as evidence, the later answer stands — an older MATCH must not
    // make the request fast-track again.
    const auto olderMatch = HouseholdResult::answer(
        Outcome::Match, m_clock.now().addSecs(-60), QStringLiteral("HR-1b"), QStringLiteral("r-1b"));
    auto older = recordHouseholdResult(db, teacher, asked, olderMatch, QStringLiteral("city"), m_clock);
    QVERIFY2(older, qPrintable(older ? QString() : older.error().message));
    QVERIFY(!older.value());
    auto afterOlder = db.exec(
        QStringLiteral("SELECT household_result, household_checked_at FROM binding_requests WHERE id = ?"),
        { f.requestId });
    QVERIFY(afterOlder && afterOlder.value().next());
    QCOMPARE(afterOlder.value().value(0).toString(), QStringLiteral("NO_MATCH"));
    QCOMPARE(Database::toDateTime(afterOlder.value().value(1)), m_clock.now());
    QCOMPARE(
        count(db, QStringLiteral("SELECT COUNT(*) FROM binding_request_events WHERE request_id = ?"), { f.requestId }),
        4);
    // An answer at the same moment or later still replaces it.
    const auto sameTime
        = HouseholdResult::answer(Outcome::Match, m_clock.now(), QStringLiteral("HR-4"), QStringLiteral("r-4"));
    QVERIFY(recordHouseholdResult(db, teacher, asked, sameTime, QStringLiteral("city"), m_clock).value());
    QCOMPARE(db.scalar(QStringLiteral("SELECT household_result FROM binding_requests WHERE id = ?"), { f.requestId })
                 .value()
                 .toString(),
        QStringLiteral("MATCH"));
    auto chain = AuditLog(db).verifyChain();
    QVERIFY(chain && chain.value().firstBrokenId == 0);

    // The request's history: each check once (its event and audit entry as one line), by the
    // teacher's name — never the login, which carries most of a national ID.
    auto details = BindingRequestRepository(db, teacher, 115).details(f.requestId);
    QVERIFY2(details, qPrintable(details ? QString() : details.error().message));
    QCOMPARE(details.value().history.size(), 5);
    for (const BindingHistoryEntry &h : details.value().history) {
        QCOMPARE(h.kind, QStringLiteral("household_checked"));
        QVERIFY(h.auditId != 0);
        QCOMPARE(h.actorName, QStringLiteral("林老師"));
    }
    m_clock.set(kNow);
}

void TestHouseholdStore::storeRefusesBadInputAndOthersRequests()
{
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    Fixture f;
    QVERIFY(seed(db, f, m_clock));
    const auto events = [&] { return count(db, QStringLiteral("SELECT COUNT(*) FROM binding_request_events"), {}); };
    const auto audits = [&] { return count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"), {}); };
    const auto result = [&](qint64 id) {
        return db.scalar(QStringLiteral("SELECT household_result FROM binding_requests WHERE id = ?"), { id })
            .value()
            .toString();
    };
    const HouseholdResultStore store(db);
    const Actor teacher = teacherOf(f, f.classId);
    const HouseholdSubjects asked = askedAbout(db, teacher, f.requestId);
    const QJsonObject evidence { { QStringLiteral("request_id"), QStringLiteral("r-1") } };

    auto notACode = store.record(teacher, asked, QStringLiteral("NOT_CHECKED"), kNow, evidence, kNow);
    QVERIFY(!notACode);
    QCOMPARE(notACode.error().code, Error::Code::InvalidInput);
    auto noTime = store.record(teacher, asked, QStringLiteral("MATCH"), QDateTime(), evidence, kNow);
    QVERIFY(!noTime);
    QCOMPARE(noTime.error().code, Error::Code::InvalidInput);

    auto otherTeacher
        = store.record(teacherOf(f, f.otherClassId), asked, QStringLiteral("MATCH"), kNow, evidence, kNow);
    QVERIFY(!otherTeacher);
    QCOMPARE(otherTeacher.error().code, Error::Code::PermissionDenied);
    QVERIFY(!store.subjects(teacherOf(f, f.otherClassId), f.requestId));

    Actor otherSchool = teacher;
    otherSchool.roles = { Actor::Role::OfficeStaff };
    otherSchool.schoolId = f.schoolId + 100;
    auto wrongSchool = store.record(otherSchool, asked, QStringLiteral("MATCH"), kNow, evidence, kNow);
    QVERIFY(!wrongSchool);
    QCOMPARE(wrongSchool.error().code, Error::Code::PermissionDenied);

    auto decided = store.record(
        teacher, askedAbout(db, teacher, f.decidedRequestId), QStringLiteral("MATCH"), kNow, evidence, kNow);
    QVERIFY(!decided);
    QCOMPARE(decided.error().code, Error::Code::Conflict);

    auto missing = store.record(
        teacher, askedAbout(db, teacher, f.requestId + 1000), QStringLiteral("MATCH"), kNow, evidence, kNow);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);

    HouseholdResult cancelled
        = HouseholdResult::unavailable(Failure::Cancelled, QStringLiteral("x"), QString(), kNow, QStringLiteral("r"));
    auto notStored = recordHouseholdResult(db, teacher, asked, cancelled, QStringLiteral("city"), m_clock);
    QVERIFY(!notStored);
    QCOMPARE(notStored.error().code, Error::Code::InvalidInput);

    // Nothing above changed anything.
    QCOMPARE(events(), 0);
    QCOMPARE(audits(), 0);
    QCOMPARE(result(f.requestId), QStringLiteral("NOT_CHECKED"));
    QCOMPARE(result(f.decidedRequestId), QStringLiteral("NOT_CHECKED"));

    // Office staff of the school may record; an UNAVAILABLE on an unchecked request is stored.
    Actor office = teacher;
    office.roles = { Actor::Role::OfficeStaff };
    office.homeroomClassIds.clear();
    auto ok = store.record(
        office, askedAbout(db, office, f.requestId), QStringLiteral("UNAVAILABLE"), kNow, evidence, kNow);
    QVERIFY(ok);
    QVERIFY(ok.value());
    QCOMPARE(result(f.requestId), QStringLiteral("UNAVAILABLE"));
    QCOMPARE(events(), 1);
    QCOMPARE(audits(), 1);
}

void TestHouseholdStore::laterAnswerCommittingMeanwhileWins()
{
    // A later answer (NO_MATCH at kNow + 2 min) commits while this older one (MATCH at kNow +
    // 1 min) waits for the row: PostgreSQL then finds no row to update. The later answer
    // stands, and this one is still recorded as evidence — not refused as a conflict.
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    Fixture f;
    QVERIFY(seed(db, f, m_clock));
    const Actor teacher = teacherOf(f, f.classId);
    const HouseholdSubjects asked = askedAbout(db, teacher, f.requestId);
    const auto first = HouseholdResult::answer(Outcome::NoMatch, kNow, QStringLiteral("HR-0"), QStringLiteral("r-0"));
    QVERIFY(recordHouseholdResult(db, teacher, asked, first, QStringLiteral("city"), m_clock).value());

    const DatabaseUrl url = db.url();
    const QDateTime later = kNow.addSecs(120);
    std::atomic<int> stage{0};
    std::thread otherPc = holdingWrite(url,
                                       QStringLiteral("UPDATE binding_requests SET household_result = 'NO_MATCH', "
                                                      "household_checked_at = ? WHERE id = ?"),
                                       {later, f.requestId},
                                       stage);
    const auto join = qScopeGuard([&] { otherPc.join(); });
    QTRY_VERIFY(stage != 0);
    QCOMPARE(stage.load(), 1);
    const auto older
        = HouseholdResult::answer(Outcome::Match, kNow.addSecs(60), QStringLiteral("HR-1"), QStringLiteral("r-1"));
    auto recorded = recordHouseholdResult(db, teacher, asked, older, QStringLiteral("city"), m_clock);
    QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));
    QVERIFY(!recorded.value()); // kept the later answer
    QCOMPARE(stage.load(), 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT household_result FROM binding_requests WHERE id = ?"), {f.requestId})
                 .value()
                 .toString(),
        QStringLiteral("NO_MATCH"));
    QCOMPARE(count(db,
                 QStringLiteral("SELECT COUNT(*) FROM binding_request_events WHERE request_id = ? AND kind = "
                                "'household_checked'"),
                 {f.requestId}),
        2);
}

void TestHouseholdStore::changedIdsClearTheAnswer()
{
    // A household answer is about the two IDs it was asked about. The school's records change
    // (the student's ID corrected, the request moved to another student, the applicant's ID
    // corrected): an old MATCH would fast-track the parent onto a child the registry never
    // compared. The database clears it on open requests, saying why; decided ones keep theirs;
    // an answer still on its way is refused and changes nothing.
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    Fixture f;
    QVERIFY(seed(db, f, m_clock));
    const Actor teacher = teacherOf(f, f.classId);
    const auto match = [&](const QString &ref) {
        return HouseholdResult::answer(Outcome::Match, m_clock.now(), ref, QStringLiteral("r-") + ref);
    };
    const auto resultOf = [&](qint64 id) {
        auto r = db.exec(
            QStringLiteral("SELECT household_result, household_checked_at FROM binding_requests WHERE id = ?"), { id });
        return r && r.value().next() ? QStringLiteral("%1 %2").arg(r.value().value(0).toString(),
                   r.value().value(1).isNull() ? QStringLiteral("-") : QStringLiteral("at"))
                                     : QStringLiteral("?");
    };
    const auto cleared = [&](qint64 id) {
        QStringList reasons;
        auto rows = db.rows(QStringLiteral("SELECT detail, actor_staff_id FROM binding_request_events "
                                           "WHERE request_id = ? AND kind = 'household_cleared' ORDER BY id"),
            { id });
        for (const QSqlRecord &r : rows.value())
            reasons << QJsonDocument::fromJson(r.value(0).toString().toUtf8())
                           .object()
                           .value(QStringLiteral("reason"))
                           .toString()
                    + (r.value(1).isNull() ? QString() : QStringLiteral("(by staff?)"));
        return reasons.join(QLatin1Char(','));
    };
    const qint64 student
        = db.scalar(QStringLiteral("SELECT student_id FROM binding_requests WHERE id = ?"), { f.requestId })
              .value()
              .toLongLong();
    // A request decided on a MATCH (inserted so by the feed) keeps it whatever changes later.
    auto decidedOnMatch = db.insert(
        QStringLiteral("INSERT INTO binding_requests (school_id, student_id, applicant_name, applicant_email, "
                       "applicant_national_id_hash, applicant_national_id_masked, applicant_id_last4, relationship, "
                       "consent_document, submitted_at, status, household_result, household_checked_at) "
                       "VALUES (?, ?, '王大明', 'w2@example.tw', ?, ?, ?, 'father', ?, ?, 'rejected', 'MATCH', ?)"),
        { f.schoolId, student, NationalId::hash(kParentId), NationalId::mask(kParentId),
            NationalId::lastChars(kParentId, 4), QByteArray("consent"), db.timestamp(kNow.addDays(-2)),
            db.timestamp(kNow.addDays(-2)) });
    QVERIFY2(decidedOnMatch, qPrintable(decidedOnMatch ? QString() : decidedOnMatch.error().detail));

    // 1. The student's ID is corrected while a check is on its way.
    QVERIFY(recordHouseholdResult(
        db, teacher, askedAbout(db, teacher, f.requestId), match(QStringLiteral("1")), QStringLiteral("city"), m_clock)
                .value());
    QCOMPARE(resultOf(f.requestId), QStringLiteral("MATCH at"));
    const HouseholdSubjects inFlight = askedAbout(db, teacher, f.requestId);
    const QString otherChildHash = NationalId::hash(NationalId::generate(303));
    QCOMPARE(
        db.change(QStringLiteral("UPDATE students SET national_id_hash = national_id_hash WHERE id = ?"), { student })
            .value(),
        1); // the same value: nothing to clear
    QCOMPARE(cleared(f.requestId), QString());
    QCOMPARE(
        db.change(QStringLiteral("UPDATE students SET national_id_hash = ? WHERE id = ?"), { otherChildHash, student })
            .value(),
        1);
    QCOMPARE(resultOf(f.requestId), QStringLiteral("NOT_CHECKED -"));
    QCOMPARE(cleared(f.requestId), QStringLiteral("student_id_changed"));
    QCOMPARE(resultOf(decidedOnMatch.value()), QStringLiteral("MATCH at"));
    QCOMPARE(cleared(decidedOnMatch.value()), QString());

    const qint64 eventsBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM binding_request_events"), {});
    const qint64 auditBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"), {});
    auto late
        = recordHouseholdResult(db, teacher, inFlight, match(QStringLiteral("2")), QStringLiteral("city"), m_clock);
    QVERIFY(!late);
    QCOMPARE(late.error().code, Error::Code::Conflict);
    QVERIFY2(late.error().message.contains(QLatin1String("check again")), qPrintable(late.error().message));
    QCOMPARE(resultOf(f.requestId), QStringLiteral("NOT_CHECKED -"));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM binding_request_events"), {}), eventsBefore);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"), {}), auditBefore);
    // An outage on its way is refused too (it would be recorded against the wrong IDs).
    const auto outage = HouseholdResult::unavailable(
        Failure::Timeout, QStringLiteral("slow"), QString(), m_clock.now(), QStringLiteral("r-o"));
    QVERIFY(!recordHouseholdResult(db, teacher, inFlight, outage, QStringLiteral("city"), m_clock));

    // A check asked now is about the corrected ID, and stands.
    const HouseholdSubjects fresh = askedAbout(db, teacher, f.requestId);
    QCOMPARE(fresh.childIdHash, otherChildHash);
    QVERIFY(
        recordHouseholdResult(db, teacher, fresh, match(QStringLiteral("3")), QStringLiteral("city"), m_clock).value());
    QCOMPARE(resultOf(f.requestId), QStringLiteral("MATCH at"));

    // 2. The applicant's ID is corrected.
    QCOMPARE(db.change(QStringLiteral("UPDATE binding_requests SET applicant_national_id_hash = ? WHERE id = ?"),
                   { NationalId::hash(NationalId::generate(404)), f.requestId })
                 .value(),
        1);
    QCOMPARE(resultOf(f.requestId), QStringLiteral("NOT_CHECKED -"));
    QCOMPARE(cleared(f.requestId), QStringLiteral("student_id_changed,applicant_id_changed"));

    // 3. The request is moved to another student (an enrolment mix-up put right).
    QVERIFY(recordHouseholdResult(
        db, teacher, askedAbout(db, teacher, f.requestId), match(QStringLiteral("4")), QStringLiteral("city"), m_clock)
                .value());
    auto sibling = db.insert(QStringLiteral("INSERT INTO students (name, national_id_hash, national_id_masked) "
                                            "VALUES ('王小華', ?, ?)"),
        { NationalId::hash(NationalId::generate(505)), NationalId::mask(NationalId::generate(505)) });
    QVERIFY(sibling);
    QVERIFY(db.insert(QStringLiteral("INSERT INTO enrollments (student_id, school_id, school_year, class_id, seat, "
                                     "student_number, status, start_date) VALUES (?, ?, 115, ?, 8, 'S115008', "
                                     "'enrolled', ?)"),
        { sibling.value(), f.schoolId, f.classId, QDate(2026, 8, 30) }));
    QCOMPARE(db.change(QStringLiteral("UPDATE binding_requests SET student_id = ? WHERE id = ?"),
                   { sibling.value(), f.requestId })
                 .value(),
        1);
    QCOMPARE(resultOf(f.requestId), QStringLiteral("NOT_CHECKED -"));
    QCOMPARE(cleared(f.requestId), QStringLiteral("student_id_changed,applicant_id_changed,student_changed"));

    // The reviewer reads why in the request's history.
    auto details = BindingRequestRepository(db, teacher, 115).details(f.requestId);
    QVERIFY2(details, qPrintable(details ? QString() : details.error().message));
    QCOMPARE(std::count_if(details.value().history.cbegin(), details.value().history.cend(),
                 [](const BindingHistoryEntry &h) { return h.kind == QLatin1String("household_cleared"); }),
        3);
}

void TestHouseholdStore::idCorrectionCommittingMeanwhile()
{
    // The school's feed corrects the student's ID in a transaction still open while a MATCH
    // about the old ID is recorded: the answer waits for the correction and is then refused.
    // (PostgreSQL used to compare with what it saw before the correction committed, store the
    // MATCH, and keep it: the feed's trigger had found nothing to clear.)
    COOC_TEST_DATABASE(t);
    Database &db = t->db();
    Fixture f;
    QVERIFY(seed(db, f, m_clock));
    const Actor teacher = teacherOf(f, f.classId);
    const HouseholdSubjects asked = askedAbout(db, teacher, f.requestId);
    const qint64 student
        = db.scalar(QStringLiteral("SELECT student_id FROM binding_requests WHERE id = ?"), {f.requestId}).value().toLongLong();
    const DatabaseUrl url = db.url();
    std::atomic<int> stage{0};
    std::thread feed = holdingWrite(url, QStringLiteral("UPDATE students SET national_id_hash = ? WHERE id = ?"),
                                    {NationalId::hash(NationalId::generate(606)), student}, stage);
    const auto join = qScopeGuard([&] { feed.join(); });
    QTRY_VERIFY(stage != 0);
    QCOMPARE(stage.load(), 1);
    const auto match = HouseholdResult::answer(Outcome::Match, kNow, QStringLiteral("HR-9"), QStringLiteral("r-9"));
    auto recorded = recordHouseholdResult(db, teacher, asked, match, QStringLiteral("city"), m_clock);
    QCOMPARE(stage.load(), 2); // it waited for the feed
    QVERIFY2(!recorded, "an answer about the old ID was stored");
    QCOMPARE(recorded.error().code, Error::Code::Conflict);
    QCOMPARE(db.scalar(QStringLiteral("SELECT household_result FROM binding_requests WHERE id = ?"), {f.requestId})
                 .value()
                 .toString(),
             QStringLiteral("NOT_CHECKED"));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM binding_request_events WHERE request_id = ?"), {f.requestId}), 0);
}

QTEST_GUILESS_MAIN(TestHouseholdStore)
#include "tst_householdstore.moc"
