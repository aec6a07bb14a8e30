// The visibility rules (app/visibility.h) as tables: what a parent sees in the app, and the
// explanation and fix staff read for everything that is hidden. Pure functions: no database.
#include "app/visibility.h"
#include "models/clock.h"

#include <QSet>
#include <QTest>

using namespace cooc;
using namespace cooc::visibility;

Q_DECLARE_METATYPE(cooc::visibility::BindingFacts)
Q_DECLARE_METATYPE(cooc::visibility::RequestFacts)
Q_DECLARE_METATYPE(cooc::visibility::EnrollmentFacts)
Q_DECLARE_METATYPE(cooc::visibility::NoticeFacts)

namespace {

// Taipei wall-clock time as UTC.
QDateTime taipei(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Clock::schoolTimeZone()).toUTC();
}

// "Now" for every table: Saturday 2026/11/28 10:00 in Taipei.
const QDateTime kNow = taipei(2026, 11, 28, 10, 0);
const QDate kToday(2026, 11, 28);

BindingFacts binding(const char *status, const QDateTime &approved, const QDateTime &ended = {})
{
    return { QString::fromLatin1(status), approved, ended };
}

RequestFacts request(qint64 id, const char *status, const QDateTime &submitted, const QDateTime &decided = {},
    const QString &reason = {})
{
    return { id, QString::fromLatin1(status), submitted, decided, reason, QStringLiteral("臺北市立酷課示範國民中學") };
}

EnrollmentFacts enrollment(qint64 id, qint64 school, const QString &schoolName, qint64 classId, const char *status,
    QDate start, QDate end = {})
{
    EnrollmentFacts e;
    e.id = id;
    e.schoolId = school;
    e.schoolName = schoolName;
    e.schoolYear = 115;
    e.classId = classId;
    e.className = classId ? QStringLiteral("801") : QString();
    e.status = QString::fromLatin1(status);
    e.startDate = start;
    e.endDate = end;
    return e;
}

QStringList R(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

QStringList codes(const Verdict &v)
{
    QStringList out;
    for (const Explanation &e : v.hidden)
        out << reasonCode(e.reason);
    return out;
}

QString allText(const Verdict &v)
{
    QStringList out;
    for (const Explanation &e : v.hidden)
        out << e.text;
    return out.join(QLatin1Char('|'));
}

QString allFixes(const Verdict &v)
{
    QStringList out;
    for (const Explanation &e : v.hidden)
        out << e.fix;
    return out.join(QLatin1Char('|'));
}

// Every hidden verdict explains itself and says what would fix it.
void verifyExplained(const Verdict &v)
{
    for (const Explanation &e : v.hidden) {
        QVERIFY2(!e.text.trimmed().isEmpty(), qPrintable(reasonCode(e.reason)));
        QVERIFY2(!e.fix.trimmed().isEmpty(), qPrintable(reasonCode(e.reason)));
    }
}

const QString kOld = QStringLiteral("臺北市立舊城國中");
const QString kNew = QStringLiteral("臺北市立新生國中");

} // namespace

class TestParentViewVisibility : public QObject
{
    Q_OBJECT

private slots:
    void bindingRule_data();
    void bindingRule();
    void enrollmentRule_data();
    void enrollmentRule();
    void lagRule_data();
    void lagRule();
    void noticeRule_data();
    void noticeRule();
    void childCombinesBindingAndEnrollment();
    void noParentAccountPointsAtTheRequest();
    void reasonCodesAreDistinctAndClassified();
    void schoolDayIsTaipeiTime();
};

void TestParentViewVisibility::bindingRule_data()
{
    QTest::addColumn<bool>("hasBinding");
    QTest::addColumn<BindingFacts>("facts");
    QTest::addColumn<QList<RequestFacts>>("requests");
    QTest::addColumn<QDateTime>("asOf");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("requestId");
    QTest::addColumn<QString>("textContains");
    QTest::addColumn<QString>("fixContains");

    const QDateTime sept = taipei(2026, 9, 1);
    const QList<RequestFacts> none;
    QTest::newRow("active binding") << true << binding("active", sept) << none << kNow << QStringList() << qint64(0)
                                    << ""
                                    << "";
    QTest::newRow("never applied") << false << BindingFacts() << none << kNow << R({ "no_binding" }) << qint64(0)
                                   << "not bound"
                                   << "applies for a parent–child binding";
    QTest::newRow("pending request") << false << BindingFacts()
                                     << QList<RequestFacts> { request(12, "pending", taipei(2026, 11, 27)) } << kNow
                                     << R({ "binding_pending" }) << qint64(12)
                                     << "#12 is waiting for review (sent 2026/11/27)"
                                     << "approve binding request #12";
    QTest::newRow("information requested")
        << false << BindingFacts() << QList<RequestFacts> { request(13, "info_requested", taipei(2026, 11, 20)) }
        << kNow << R({ "binding_info_requested" }) << qint64(13) << "asked for more information"
        << "then approve binding request #13";
    QTest::newRow("rejected") << false << BindingFacts()
                              << QList<RequestFacts> { request(14, "rejected", taipei(2026, 11, 1), taipei(2026, 11, 3),
                                     QStringLiteral("name does not match")) }
                              << kNow << R({ "binding_rejected" }) << qint64(14)
                              << "rejected on 2026/11/03: name does not match"
                              << "applies again";
    QTest::newRow("withdrawn") << false << BindingFacts()
                               << QList<RequestFacts> { request(
                                      15, "withdrawn", taipei(2026, 11, 1), taipei(2026, 11, 2)) }
                               << kNow << R({ "binding_withdrawn" }) << qint64(15) << "withdrew binding request #15"
                               << "applies again";
    QTest::newRow("suspended by transfer") << true << binding("suspended", sept, taipei(2026, 11, 20)) << none << kNow
                                           << R({ "binding_suspended" }) << qint64(0) << "suspended on 2026/11/20"
                                           << "Reactivate the binding";
    QTest::newRow("suspended later: active as of an earlier day")
        << true << binding("suspended", sept, taipei(2026, 11, 20)) << none << endOfSchoolDay(QDate(2026, 11, 10))
        << QStringList() << qint64(0) << ""
        << "";
    QTest::newRow("revoked") << true << binding("revoked", sept, taipei(2026, 10, 5)) << none << kNow
                             << R({ "binding_revoked" }) << qint64(0) << "ended on 2026/10/05"
                             << "applies for a new binding";
    QTest::newRow("approved after the as-of day, request then pending")
        << true << binding("active", taipei(2026, 11, 25))
        << QList<RequestFacts> { request(16, "approved", taipei(2026, 11, 18), taipei(2026, 11, 25)) }
        << endOfSchoolDay(QDate(2026, 11, 20)) << R({ "binding_pending" }) << qint64(16) << "#16 is waiting for review"
        << "approved on 2026/11/25";
    QTest::newRow("approved after the as-of day, no request on file")
        << true << binding("active", taipei(2026, 11, 25)) << none << endOfSchoolDay(QDate(2026, 11, 20))
        << R({ "binding_approved_later" }) << qint64(0) << "approved on 2026/11/25"
        << "from 2026/11/25";
    QTest::newRow("rejected, then applied again")
        << false << BindingFacts()
        << QList<RequestFacts> { request(18, "pending", taipei(2026, 11, 26)),
               request(17, "rejected", taipei(2026, 11, 1), taipei(2026, 11, 2)) }
        << kNow << R({ "binding_pending" }) << qint64(18) << "#18"
        << "#18";
    QTest::newRow("request sent after the as-of day")
        << false << BindingFacts() << QList<RequestFacts> { request(19, "pending", taipei(2026, 11, 27)) }
        << endOfSchoolDay(QDate(2026, 11, 20)) << R({ "no_binding" }) << qint64(0) << "has not applied"
        << "";
    QTest::newRow("revoked, new request pending")
        << true << binding("revoked", sept, taipei(2026, 10, 5))
        << QList<RequestFacts> { request(20, "pending", taipei(2026, 11, 27)) } << kNow << R({ "binding_pending" })
        << qint64(20) << "#20"
        << "#20";
}

void TestParentViewVisibility::bindingRule()
{
    QFETCH(bool, hasBinding);
    QFETCH(BindingFacts, facts);
    QFETCH(QList<RequestFacts>, requests);
    QFETCH(QDateTime, asOf);
    QFETCH(QStringList, expected);
    QFETCH(qint64, requestId);
    QFETCH(QString, textContains);
    QFETCH(QString, fixContains);

    const Verdict v = bindingAsOf(hasBinding ? std::optional<BindingFacts>(facts) : std::nullopt, requests, asOf);
    QCOMPARE(codes(v), expected);
    QCOMPARE(v.visible(), expected.isEmpty());
    verifyExplained(v);
    if (!v.visible())
        QCOMPARE(v.hidden.first().requestId, requestId);
    QVERIFY2(allText(v).contains(textContains, Qt::CaseInsensitive), qPrintable(allText(v)));
    QVERIFY2(allFixes(v).contains(fixContains, Qt::CaseInsensitive), qPrintable(allFixes(v)));
}

void TestParentViewVisibility::enrollmentRule_data()
{
    QTest::addColumn<QList<EnrollmentFacts>>("enrollments");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("schoolId");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("currentId");
    QTest::addColumn<QString>("textContains");
    QTest::addColumn<QString>("fixContains");

    const QDate aug(2026, 8, 1);
    const QDate moved(2026, 11, 20);
    using L = QList<EnrollmentFacts>;
    QTest::newRow("enrolled and placed") << L { enrollment(1, 1, kOld, 10, "enrolled", aug) } << kToday << qint64(0)
                                         << QStringList() << qint64(1) << ""
                                         << "";
    QTest::newRow("transfer: not yet placed at the new school")
        << L { enrollment(1, 1, kOld, 10, "transferred_out", aug, moved),
               enrollment(2, 2, kNew, 0, "enrolled", moved.addDays(1)) }
        << kToday << qint64(0) << R({ "not_placed_in_class" }) << qint64(0)
        << QString(QStringLiteral("not yet placed in a class at the new school, ") + kNew)
        << QString(kNew + QStringLiteral(" places the student in a class"));
    QTest::newRow("new student not yet placed")
        << L { enrollment(2, 2, kNew, 0, "enrolled", QDate(2026, 11, 25)) } << kToday << qint64(0)
        << R({ "not_placed_in_class" }) << qint64(0) << "since 2026/11/25, but not yet placed"
        << "places";
    QTest::newRow("transferred out, no new school")
        << L { enrollment(1, 1, kOld, 10, "transferred_out", aug, moved) } << kToday << qint64(0)
        << R({ "transferred_out" }) << qint64(0)
        << QString(QStringLiteral("Transferred out of the old school, ") + kOld + QStringLiteral(", on 2026/11/20"))
        << "new school enrolls the student";
    QTest::newRow("transferred and placed at the new school")
        << L { enrollment(1, 1, kOld, 10, "transferred_out", aug, moved),
               enrollment(2, 2, kNew, 20, "enrolled", moved.addDays(1)) }
        << kToday << qint64(0) << QStringList() << qint64(2) << ""
        << "";
    QTest::newRow("old school has not released them")
        << L { enrollment(1, 1, kOld, 10, "enrolled", aug), enrollment(2, 2, kNew, 0, "enrolled", moved) } << kToday
        << qint64(0) << R({ "not_released_by_old_school" }) << qint64(0)
        << QString(kOld + QStringLiteral(" has not yet released them"))
        << QString(kOld + QStringLiteral(" records the transfer out"));
    QTest::newRow("graduated") << L { enrollment(1, 1, kOld, 10, "graduated", QDate(2023, 8, 1), QDate(2026, 6, 30)) }
                               << kToday << qint64(0) << R({ "graduated" }) << qint64(0)
                               << QString(QStringLiteral("Graduated from ") + kOld + QStringLiteral(" on 2026/06/30"))
                               << "next Taipei school";
    QTest::newRow("enrolled from a later day")
        << L { enrollment(1, 1, kOld, 10, "enrolled", QDate(2026, 12, 1)) } << kToday << qint64(0)
        << R({ "not_yet_enrolled" }) << qint64(0) << "only from 2026/12/01"
        << "from 2026/12/01";
    QTest::newRow("no enrollment at all")
        << L {} << kToday << qint64(0) << R({ "not_enrolled" }) << qint64(0) << "No school has enrolled"
        << "enrolls the student";
    QTest::newRow("as of a day before the transfer")
        << L { enrollment(1, 1, kOld, 10, "transferred_out", aug, moved),
               enrollment(2, 2, kNew, 0, "enrolled", moved.addDays(1)) }
        << QDate(2026, 11, 10) << qint64(0) << QStringList() << qint64(1) << ""
        << "";
    QTest::newRow("enrollment ended without a transfer")
        << L { enrollment(1, 1, kOld, 10, "enrolled", aug, QDate(2026, 10, 31)) } << kToday << qint64(0)
        << R({ "not_enrolled" }) << qint64(0) << "ended on 2026/10/31"
        << "correct the enrollment";
    QTest::newRow("asked at a school the student left")
        << L { enrollment(1, 1, kOld, 10, "transferred_out", aug, moved),
               enrollment(2, 2, kNew, 20, "enrolled", moved.addDays(1)) }
        << kToday << qint64(1) << R({ "enrolled_elsewhere" }) << qint64(0)
        << QString(QStringLiteral("enrolled at ") + kNew) << QString(QStringLiteral("Only ") + kNew);
    QTest::newRow("asked at the old school, no new one")
        << L { enrollment(1, 1, kOld, 10, "transferred_out", aug, moved) } << kToday << qint64(1)
        << R({ "transferred_out" }) << qint64(0) << "Transferred out"
        << "";
    QTest::newRow("asked at the school that holds them")
        << L { enrollment(1, 1, kOld, 10, "enrolled", aug) } << kToday << qint64(1) << QStringList() << qint64(1) << ""
        << "";
}

void TestParentViewVisibility::enrollmentRule()
{
    QFETCH(QList<EnrollmentFacts>, enrollments);
    QFETCH(QDate, day);
    QFETCH(qint64, schoolId);
    QFETCH(QStringList, expected);
    QFETCH(qint64, currentId);
    QFETCH(QString, textContains);
    QFETCH(QString, fixContains);

    const EnrollmentVerdict v = enrollmentOn(enrollments, day, schoolId);
    QCOMPARE(codes(v.verdict), expected);
    verifyExplained(v.verdict);
    QCOMPARE(v.current.has_value(), currentId != 0);
    if (v.current)
        QCOMPARE(v.current->id, currentId);
    QVERIFY2(allText(v.verdict).contains(textContains), qPrintable(allText(v.verdict)));
    QVERIFY2(allFixes(v.verdict).contains(fixContains), qPrintable(allFixes(v.verdict)));
}

void TestParentViewVisibility::lagRule_data()
{
    QTest::addColumn<QDateTime>("recordedAt");
    QTest::addColumn<QDateTime>("asOf");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QDate>("visibleFrom");
    QTest::addColumn<QString>("textContains");

    QTest::newRow("recorded yesterday") << taipei(2026, 11, 27, 16) << kNow << QStringList() << QDate() << "";
    QTest::newRow("recorded today") << taipei(2026, 11, 28, 8, 5) << kNow << R({ "recorded_today" })
                                    << QDate(2026, 11, 29)
                                    << "Recorded today at 08:05; visible to parents tomorrow, 2026/11/29";
    // 23:30 UTC on the 27th is 07:30 on the 28th in Taipei: today, not yesterday.
    QTest::newRow("today in Taipei, yesterday in UTC")
        << QDateTime(QDate(2026, 11, 27), QTime(23, 30), Qt::UTC) << kNow << R({ "recorded_today" })
        << QDate(2026, 11, 29) << "Recorded today at 07:30";
    QTest::newRow("last minute of yesterday in Taipei")
        << QDateTime(QDate(2026, 11, 27), QTime(15, 59), Qt::UTC) << kNow << QStringList() << QDate() << "";
    QTest::newRow("recorded after the as-of moment") << taipei(2026, 11, 28, 11) << kNow << R({ "not_yet_recorded" })
                                                     << QDate(2026, 11, 29) << "after the \"as of\" moment";
    QTest::newRow("as of a past day: recorded that day")
        << taipei(2026, 11, 20, 9) << endOfSchoolDay(QDate(2026, 11, 20)) << R({ "recorded_today" })
        << QDate(2026, 11, 21) << "the \"as of\" day; visible to parents from the next day, 2026/11/21";
    QTest::newRow("as of a past day: recorded the day before")
        << taipei(2026, 11, 19, 17) << endOfSchoolDay(QDate(2026, 11, 20)) << QStringList() << QDate() << "";
    QTest::newRow("as of a past day: recorded later")
        << taipei(2026, 11, 25, 9) << endOfSchoolDay(QDate(2026, 11, 20)) << R({ "not_yet_recorded" })
        << QDate(2026, 11, 26) << "Recorded on 2026/11/25 09:00";
}

void TestParentViewVisibility::lagRule()
{
    QFETCH(QDateTime, recordedAt);
    QFETCH(QDateTime, asOf);
    QFETCH(QStringList, expected);
    QFETCH(QDate, visibleFrom);
    QFETCH(QString, textContains);

    const Verdict v = recordAsOf(recordedAt, asOf, kToday);
    QCOMPARE(codes(v), expected);
    verifyExplained(v);
    if (!v.visible())
        QCOMPARE(v.hidden.first().visibleFrom, visibleFrom);
    QVERIFY2(allText(v).contains(textContains), qPrintable(allText(v)));
    if (v.has(Reason::RecordedToday))
        QVERIFY(allFixes(v).contains(QLatin1String("one-day lag")));
}

void TestParentViewVisibility::noticeRule_data()
{
    QTest::addColumn<NoticeFacts>("facts");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("textContains");
    QTest::addColumn<QString>("fixContains");

    const QString trip = QStringLiteral("Field trip");
    const QDateTime published = taipei(2026, 11, 26);
    QTest::newRow("published and addressed")
        << NoticeFacts { 1, trip, QStringLiteral("published"), published, true, {} } << QStringList() << ""
        << "";
    QTest::newRow("draft") << NoticeFacts { 2, trip, QStringLiteral("draft"), {}, true, {} } << R({ "notice_draft" })
                           << "\"Field trip\" is still a draft"
                           << "Publish the notice";
    QTest::newRow("draft addressed to nobody")
        << NoticeFacts { 3, trip, QStringLiteral("draft"), {}, false, {} }
        << R({ "notice_draft", "notice_not_addressed" }) << "not addressed to this parent"
        << "Add this parent as a recipient";
    QTest::newRow("addressed to the other parent")
        << NoticeFacts { 4, trip, QStringLiteral("published"), published, false, QStringLiteral("陳美華") }
        << R({ "notice_not_addressed" }) << "addressed to 陳美華 for this child, not to this parent"
        << "Add this parent";
    QTest::newRow("published after the as-of moment")
        << NoticeFacts { 5, trip, QStringLiteral("published"), taipei(2026, 11, 28, 15), true, {} }
        << R({ "notice_not_yet_published" }) << "published on 2026/11/28 15:00"
        << "from 2026/11/28";
    QTest::newRow("archived") << NoticeFacts { 6, trip, QStringLiteral("archived"), published, true, {} }
                              << R({ "notice_archived" }) << "archived"
                              << "Publish it again";
}

void TestParentViewVisibility::noticeRule()
{
    QFETCH(NoticeFacts, facts);
    QFETCH(QStringList, expected);
    QFETCH(QString, textContains);
    QFETCH(QString, fixContains);

    const Verdict v = noticeAsOf(facts, kNow);
    QCOMPARE(codes(v), expected);
    verifyExplained(v);
    QVERIFY2(allText(v).contains(textContains), qPrintable(allText(v)));
    QVERIFY2(allFixes(v).contains(fixContains), qPrintable(allFixes(v)));
}

void TestParentViewVisibility::childCombinesBindingAndEnrollment()
{
    // A pending request for a transfer student not yet placed: both reasons, binding first.
    const ChildVerdict both = childAsOf(std::nullopt, { request(30, "pending", taipei(2026, 11, 27)) },
        { enrollment(2, 2, kNew, 0, "enrolled", QDate(2026, 11, 21)) }, kNow);
    QCOMPARE(codes(both.verdict), R({ "binding_pending", "not_placed_in_class" }));
    QVERIFY(!both.current);
    for (const Explanation &e : both.verdict.hidden)
        QVERIFY(hidesChild(e.reason));

    // Bound and placed: visible, with the enrollment that holds the student.
    const ChildVerdict ok = childAsOf(
        binding("active", taipei(2026, 9, 1)), {}, { enrollment(7, 1, kOld, 10, "enrolled", QDate(2026, 8, 1)) }, kNow);
    QVERIFY(ok.verdict.visible());
    QVERIFY(ok.current);
    QCOMPARE(ok.current->id, qint64(7));

    // Bound, but the enrollment does not hold them: no current enrollment is handed back.
    const ChildVerdict moved = childAsOf(binding("active", taipei(2026, 9, 1)), {},
        { enrollment(7, 1, kOld, 10, "transferred_out", QDate(2026, 8, 1), QDate(2026, 11, 20)) }, kNow);
    QCOMPARE(codes(moved.verdict), R({ "transferred_out" }));
    QVERIFY(!moved.current);
}

void TestParentViewVisibility::noParentAccountPointsAtTheRequest()
{
    const Explanation e = noParentAccount(41);
    QCOMPARE(reasonCode(e.reason), QStringLiteral("no_parent_account"));
    QCOMPARE(e.requestId, qint64(41));
    QVERIFY(e.fix.contains(QLatin1String("#41")));
    QVERIFY(!e.text.isEmpty());
}

void TestParentViewVisibility::reasonCodesAreDistinctAndClassified()
{
    QSet<QString> seen;
    for (int r = int(Reason::NoParentAccount); r <= int(Reason::NoticeNotAddressed); ++r) {
        const QString code = reasonCode(Reason(r));
        QVERIFY2(!seen.contains(code), qPrintable(code));
        QVERIFY(code != QLatin1String("unknown"));
        seen.insert(code);
    }
    QVERIFY(hidesChild(Reason::BindingPending));
    QVERIFY(hidesChild(Reason::NotPlacedInClass));
    QVERIFY(!hidesChild(Reason::RecordedToday));
    QVERIFY(!hidesChild(Reason::NoticeNotAddressed));
}

void TestParentViewVisibility::schoolDayIsTaipeiTime()
{
    QCOMPARE(schoolDay(QDateTime(QDate(2026, 11, 27), QTime(16, 0), Qt::UTC)), QDate(2026, 11, 28));
    QCOMPARE(schoolDay(QDateTime(QDate(2026, 11, 27), QTime(15, 59, 59), Qt::UTC)), QDate(2026, 11, 27));
    QCOMPARE(endOfSchoolDay(QDate(2026, 11, 20)), QDateTime(QDate(2026, 11, 20), QTime(15, 59, 59, 999), Qt::UTC));
    QCOMPARE(formatDate(QDate(2026, 1, 5)), QStringLiteral("2026/01/05"));
    QCOMPARE(
        formatDateTime(QDateTime(QDate(2026, 11, 27), QTime(23, 30), Qt::UTC)), QStringLiteral("2026/11/28 07:30"));
}

QTEST_GUILESS_MAIN(TestParentViewVisibility)
#include "tst_parentviewvisibility.moc"
