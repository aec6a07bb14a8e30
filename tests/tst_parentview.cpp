// The parent view on real databases (SQLite and PostgreSQL): a parent with three children at
// two schools — one visible, one transferred out with a suspended binding, one new at another
// school, unplaced, with a pending request after a rejected one — and the records around them.
// Checks what the parent sees today and on earlier days, why the rest is hidden, who may open
// it, the read-only connection, the audit entry, and the parent search.
#include "app/parentview/parentviewservice.h"
#include "models/auditlog.h"
#include "models/parentviewsearchmodel.h"
#include "support/testdatabase.h"
#include "tst_parentview_fixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace cooc;

using namespace cooc::test::parentview;

namespace {

const ChildView *childOf(const ParentView &view, qint64 studentId)
{
    for (const ChildView &c : view.children) {
        if (c.student.id == studentId)
            return &c;
    }
    return nullptr;
}

QStringList reasonCodes(const QList<visibility::Explanation> &list)
{
    QStringList out;
    for (const visibility::Explanation &e : list)
        out << visibility::reasonCode(e.reason);
    return out;
}

// The hidden item for a record (kind + id), or nullptr.
const HiddenItem *hiddenItem(const ChildView &c, HiddenItem::Kind kind, qint64 id)
{
    for (const HiddenItem &h : c.hidden) {
        if (h.kind == kind && h.id == id)
            return &h;
    }
    return nullptr;
}

template <typename Row> QList<qint64> idsOf(const QList<Row> &rows)
{
    QList<qint64> out;
    for (const Row &r : rows)
        out << r.id;
    return out;
}

qint64 countRows(Database &db, const char *sql)
{
    auto n = db.scalar(QString::fromLatin1(sql));
    return n ? n.value().toLongLong() : -1;
}

} // namespace

class TestParentView : public QObject
{
    Q_OBJECT

private slots:
    void whatTheParentSeesToday_data() { test::addDialectRows(); }
    void whatTheParentSeesToday();
    void hiddenChildrenAreExplained_data() { test::addDialectRows(); }
    void hiddenChildrenAreExplained();
    void asOfAnEarlierDay_data() { test::addDialectRows(); }
    void asOfAnEarlierDay();
    void rejectedAndApplicantOnly_data() { test::addDialectRows(); }
    void rejectedAndApplicantOnly();
    void staffSeeOnlyTheirChildren_data() { test::addDialectRows(); }
    void staffSeeOnlyTheirChildren();
    void formerSchoolDoesNotFollowTheChild_data() { test::addDialectRows(); }
    void formerSchoolDoesNotFollowTheChild();
    void requestsAreMatchedByNationalId_data() { test::addDialectRows(); }
    void requestsAreMatchedByNationalId();
    void searchListsOnlyParentsInScope_data() { test::addDialectRows(); }
    void searchListsOnlyParentsInScope();
    void openingIsAudited_data() { test::addDialectRows(); }
    void openingIsAudited();
    void badRequestsChangeNothing_data() { test::addDialectRows(); }
    void badRequestsChangeNothing();
    void viewConnectionCannotWrite_data() { test::addDialectRows(); }
    void viewConnectionCannotWrite();
    void searchFindsParents_data() { test::addDialectRows(); }
    void searchFindsParents();
    void searchPagesByKeyset_data() { test::addDialectRows(); }
    void searchPagesByKeyset();
    void gateSwipeHistoryPages_data() { test::addDialectRows(); }
    void gateSwipeHistoryPages();
};

void TestParentView::whatTheParentSeesToday()
{
    COOC_TEST_DATABASE(t);
    const Fixture f = buildFixture(t->db());
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY2(service, qPrintable(service ? QString() : service.error().message));

    auto view = service.value()->open(f.homeroom801(), f.parentWang, service.value()->asOfForDay(clock.schoolToday()));
    QVERIFY2(view, qPrintable(view ? QString() : view.error().message + QLatin1Char(' ') + view.error().detail));
    QCOMPARE(view->parent.name, QStringLiteral("王大同"));
    QVERIFY(view->asOfIsNow);
    QCOMPARE(view->asOfDay, QDate(2026, 11, 28));
    QCOMPARE(view->children.size(), 3);
    QCOMPARE(view->visibleChildren(), 1);

    const ChildView *ming = childOf(*view, f.ming);
    QVERIFY(ming);
    QVERIFY(ming->visible);
    QVERIFY(ming->inScope);
    QCOMPARE(ming->label(), QStringLiteral("王小明 · 臺北市立酷課示範國民中學 · 801"));
    QCOMPARE(ming->relationship, QStringLiteral("father"));

    // Rule 3: yesterday's absence, grade and merit are there; today's wait for tomorrow.
    QCOMPARE(idsOf(ming->absences), QList<qint64> { f.absenceYesterday });
    QCOMPARE(idsOf(ming->grades), QList<qint64> { f.gradeOld });
    QCOMPARE(idsOf(ming->merits), QList<qint64> { f.meritOld });
    for (auto [kind, id] :
        { std::pair { HiddenItem::Kind::Absence, f.absenceToday }, std::pair { HiddenItem::Kind::Grade, f.gradeToday },
            std::pair { HiddenItem::Kind::Merit, f.demeritToday } }) {
        const HiddenItem *h = hiddenItem(*ming, kind, id);
        QVERIFY(h);
        QCOMPARE(reasonCodes(h->why), QStringList { QStringLiteral("recorded_today") });
        QVERIFY2(h->why.first().text.contains(QLatin1String("visible to parents tomorrow, 2026/11/29")),
            qPrintable(h->why.first().text));
        QCOMPARE(h->why.first().visibleFrom, QDate(2026, 11, 29));
    }
    QVERIFY(hiddenItem(*ming, HiddenItem::Kind::Absence, f.absenceToday)->what.contains(QLatin1String("2026/11/28")));

    // Gate swipes up to now, newest first; the afternoon swipe has not happened yet.
    QCOMPARE(ming->gateSwipes.size(), 3);
    QCOMPARE(ming->gateSwipes.first().at, taipei(11, 28, 7, 25));
    QCOMPARE(ming->gateSwipes.first().direction, QStringLiteral("in"));
    QVERIFY(!ming->moreGateSwipes);

    // Rule 4: the notice addressed to this parent, with his reply; the rest hidden with reasons.
    QCOMPARE(idsOf(ming->notices), QList<qint64> { f.noticeReplied });
    QCOMPARE(ming->notices.first().replyChoice, QStringLiteral("同意"));
    QCOMPARE(ming->notices.first().readAt, taipei(11, 26, 20));
    QCOMPARE(ming->notices.first().otherRecipients, QStringList { QStringLiteral("陳美華") });
    const HiddenItem *toChen = hiddenItem(*ming, HiddenItem::Kind::Notice, f.noticeToChen);
    QVERIFY(toChen);
    QCOMPARE(reasonCodes(toChen->why), QStringList { QStringLiteral("notice_not_addressed") });
    QVERIFY(toChen->why.first().text.contains(QStringLiteral("addressed to 陳美華 for this child")));
    QVERIFY(toChen->why.first().fix.contains(QLatin1String("Add this parent as a recipient")));
    const HiddenItem *draft = hiddenItem(*ming, HiddenItem::Kind::Notice, f.noticeDraft);
    QVERIFY(draft);
    QCOMPARE(reasonCodes(draft->why), QStringList { QStringLiteral("notice_draft") });
    const HiddenItem *schoolDraft = hiddenItem(*ming, HiddenItem::Kind::Notice, f.noticeSchoolDraft);
    QVERIFY(schoolDraft);
    QCOMPARE(reasonCodes(schoolDraft->why),
        (QStringList { QStringLiteral("notice_draft"), QStringLiteral("notice_not_addressed") }));
    const HiddenItem *otherClass = hiddenItem(*ming, HiddenItem::Kind::Notice, f.noticeOtherClass);
    QVERIFY(otherClass);
    QCOMPARE(reasonCodes(otherClass->why), QStringList { QStringLiteral("notice_not_addressed") });

    // Leave requests and their state; the contact book with acknowledgements; activities and payments.
    QCOMPARE(idsOf(ming->leaveRequests), (QList<qint64> { f.leavePending, f.leaveApproved }));
    QCOMPARE(ming->leaveRequests.last().status, QStringLiteral("approved"));
    QCOMPARE(ming->leaveRequests.first().status, QStringLiteral("pending"));
    QCOMPARE(ming->leaveRequests.first().typeCode, QStringLiteral("sick"));
    QCOMPARE(ming->contactBook.size(), 2);
    QVERIFY(!ming->contactBook.first().acknowledgedAt.isValid());
    QCOMPARE(ming->contactBook.last().acknowledgedAt, taipei(11, 27, 20));
    QCOMPARE(ming->activities.size(), 1);
    QCOMPARE(ming->activities.first().title, QStringLiteral("機器人社"));
    QCOMPARE(ming->activities.first().paymentStatus, QStringLiteral("paid"));
    QCOMPARE(ming->activities.first().amountCents, qint64(120000));
}

void TestParentView::hiddenChildrenAreExplained()
{
    COOC_TEST_DATABASE(t);
    const Fixture f = buildFixture(t->db());
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY(service);
    auto view = service.value()->open(Actor::system(), f.parentWang, kNow);
    QVERIFY2(view, qPrintable(view ? QString() : view.error().detail));

    // Transferred out of the old school, binding suspended by the transfer.
    const ChildView *hua = childOf(*view, f.hua);
    QVERIFY(hua);
    QVERIFY(!hua->visible);
    QCOMPARE(reasonCodes(hua->childReasons),
        (QStringList { QStringLiteral("binding_suspended"), QStringLiteral("transferred_out") }));
    QVERIFY(hua->childReasons.at(1).text.contains(
        QStringLiteral("Transferred out of the old school, 臺北市立酷課示範國民中學, on 2026/11/20")));
    QVERIFY(hua->absences.isEmpty() && hua->notices.isEmpty() && hua->gateSwipes.isEmpty());
    QCOMPARE(hua->label(), QStringLiteral("王小華 · 臺北市立酷課示範國民中學 · transferred out"));
    // The notice for 王小華 addressed to the other parent is not even loaded: the child is hidden.
    QVERIFY(!hiddenItem(*hua, HiddenItem::Kind::Notice, f.noticeOtherClass));
    const HiddenItem *huaItem = hiddenItem(*hua, HiddenItem::Kind::Child, f.hua);
    QVERIFY(huaItem);
    QCOMPARE(huaItem->why.size(), 2);

    // New at school B, not placed in a class; the newest request is pending (after a rejection).
    const ChildView *an = childOf(*view, f.an);
    QVERIFY(an);
    QVERIFY(!an->visible);
    QCOMPARE(reasonCodes(an->childReasons),
        (QStringList { QStringLiteral("binding_pending"), QStringLiteral("not_placed_in_class") }));
    QCOMPARE(an->childReasons.first().requestId, f.requestPending);
    QVERIFY(an->childReasons.first().fix.contains(QStringLiteral("#%1").arg(f.requestPending)));
    QVERIFY(an->childReasons.at(1).fix.contains(QStringLiteral("臺北市立新生國民中學 places the student in a class")));
    QCOMPARE(an->label(), QStringLiteral("王小安 · 臺北市立新生國民中學 · no class yet"));
    QCOMPARE(an->relationship, QStringLiteral("father"));
}

void TestParentView::asOfAnEarlierDay()
{
    COOC_TEST_DATABASE(t);
    const Fixture f = buildFixture(t->db());
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY(service);

    // As of yesterday: the absence recorded yesterday waited for "the next day"; today's
    // records did not exist yet; the reply (sent yesterday evening) is there.
    auto yesterday
        = service.value()->open(Actor::system(), f.parentWang, service.value()->asOfForDay(QDate(2026, 11, 27)));
    QVERIFY(yesterday);
    QVERIFY(!yesterday->asOfIsNow);
    QCOMPARE(yesterday->asOf, QDateTime(QDate(2026, 11, 27), QTime(15, 59, 59, 999), Qt::UTC));
    const ChildView *ming = childOf(*yesterday, f.ming);
    QVERIFY(ming && ming->visible);
    QVERIFY(ming->absences.isEmpty());
    const HiddenItem *h = hiddenItem(*ming, HiddenItem::Kind::Absence, f.absenceYesterday);
    QVERIFY(h);
    QCOMPARE(reasonCodes(h->why), QStringList { QStringLiteral("recorded_today") });
    QVERIFY2(h->why.first().text.contains(
                 QLatin1String("the \"as of\" day; visible to parents from the next day, 2026/11/28")),
        qPrintable(h->why.first().text));
    QVERIFY(!hiddenItem(*ming, HiddenItem::Kind::Absence, f.absenceToday)); // summarised, not listed
    const HiddenItem *later = hiddenItem(*ming, HiddenItem::Kind::Absence, 0);
    QVERIFY(later);
    QCOMPARE(reasonCodes(later->why), QStringList { QStringLiteral("not_yet_recorded") });
    QCOMPARE(ming->gateSwipes.size(), 2);
    QCOMPARE(ming->contactBook.size(), 1);
    QCOMPARE(ming->notices.size(), 1);
    QCOMPARE(ming->notices.first().replyChoice, QStringLiteral("同意"));

    // As of 11/25: the leave request was still pending, the notice not yet published, the
    // contact book not acknowledged, the activity not yet paid.
    auto early = service.value()->open(Actor::system(), f.parentWang, service.value()->asOfForDay(QDate(2026, 11, 25)));
    QVERIFY(early);
    ming = childOf(*early, f.ming);
    QVERIFY(ming);
    QCOMPARE(idsOf(ming->leaveRequests), QList<qint64> { f.leaveApproved });
    QCOMPARE(ming->leaveRequests.first().status, QStringLiteral("pending"));
    QVERIFY(ming->notices.isEmpty());
    const HiddenItem *notYet = hiddenItem(*ming, HiddenItem::Kind::Notice, f.noticeReplied);
    QVERIFY(notYet);
    QCOMPARE(reasonCodes(notYet->why), QStringList { QStringLiteral("notice_not_yet_published") });
    QCOMPARE(ming->activities.first().paymentStatus, QStringLiteral("paid")); // paid on 11/20
    QVERIFY(ming->contactBook.isEmpty());

    // As of 11/15: 王小華 was still at school and the binding not yet suspended.
    auto beforeTransfer
        = service.value()->open(Actor::system(), f.parentWang, service.value()->asOfForDay(QDate(2026, 11, 15)));
    QVERIFY(beforeTransfer);
    const ChildView *hua = childOf(*beforeTransfer, f.hua);
    QVERIFY(hua);
    QVERIFY2(hua->visible, qPrintable(reasonCodes(hua->childReasons).join(QLatin1Char(','))));
    QCOMPARE(hua->label(), QStringLiteral("王小華 · 臺北市立酷課示範國民中學 · transferred out"));
    // 王小安: the rejected request was the only one then, and school B had not enrolled them yet.
    const ChildView *an = childOf(*beforeTransfer, f.an);
    QVERIFY(an);
    QCOMPARE(reasonCodes(an->childReasons),
        (QStringList { QStringLiteral("binding_rejected"), QStringLiteral("not_yet_enrolled") }));
    QVERIFY(an->childReasons.first().text.contains(QStringLiteral("姓名與戶籍資料不符")));
    QCOMPARE(beforeTransfer->visibleChildren(), 2);
}

void TestParentView::rejectedAndApplicantOnly()
{
    COOC_TEST_DATABASE(t);
    const Fixture f = buildFixture(t->db());
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY(service);

    auto lee = service.value()->open(f.homeroom801(), f.parentLee, kNow);
    QVERIFY(lee);
    QCOMPARE(lee->children.size(), 1);
    QCOMPARE(reasonCodes(lee->children.first().childReasons), QStringList { QStringLiteral("binding_rejected") });
    QVERIFY(lee->children.first().childReasons.first().text.contains(QStringLiteral("非法定代理人")));
    QVERIFY(lee->children.first().absences.isEmpty());

    // The applicant of a pending request has no account: opened from the request.
    auto applicant = service.value()->openFromBindingRequest(f.homeroom801(), f.requestApplicant, kNow);
    QVERIFY2(applicant, qPrintable(applicant ? QString() : applicant.error().message));
    QCOMPARE(applicant->parent.id, qint64(0));
    QCOMPARE(applicant->parent.name, QStringLiteral("林美玲"));
    QCOMPARE(reasonCodes(applicant->parentReasons), QStringList { QStringLiteral("no_parent_account") });
    QCOMPARE(applicant->children.size(), 1);
    QCOMPARE(reasonCodes(applicant->children.first().childReasons), QStringList { QStringLiteral("binding_pending") });
    QCOMPARE(applicant->children.first().childReasons.first().requestId, f.requestApplicant);

    // The pending request of 王大同 (sent without his parent id, e-mail in another case)
    // opens his own view.
    auto wang = service.value()->openFromBindingRequest(Actor::system(), f.requestPending, kNow);
    QVERIFY(wang);
    QCOMPARE(wang->parent.id, f.parentWang);
    QCOMPARE(wang->requestId, f.requestPending);
    QCOMPARE(wang->children.size(), 3);
}

void TestParentView::staffSeeOnlyTheirChildren()
{
    COOC_TEST_DATABASE(t);
    const Fixture f = buildFixture(t->db());
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY(service);

    // Homeroom teacher of 801: 王小明's records; the other children are listed, closed.
    auto teacher = service.value()->open(f.homeroom801(), f.parentWang, kNow);
    QVERIFY(teacher);
    QVERIFY(childOf(*teacher, f.ming)->inScope);
    QVERIFY(!childOf(*teacher, f.hua)->inScope);
    QVERIFY(!childOf(*teacher, f.an)->inScope);

    // Office staff of school A: both school-A children, not the one at school B.
    auto office = service.value()->open(f.officeStaffA(), f.parentWang, kNow);
    QVERIFY(office);
    QVERIFY(childOf(*office, f.ming)->inScope);
    QVERIFY(childOf(*office, f.hua)->inScope);
    QVERIFY(!childOf(*office, f.an)->inScope);

    // The homeroom teacher of B901 has none of them: refused, and nothing is audited.
    const qint64 before = countRows(t->db(), "SELECT count(*) FROM audit_log");
    auto refused = service.value()->open(f.homeroomB901(), f.parentWang, kNow);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(countRows(t->db(), "SELECT count(*) FROM audit_log"), before);
    // Nor the parent of a student they do not teach, from that student's request.
    auto refusedRequest = service.value()->openFromBindingRequest(f.homeroomB901(), f.requestLee, kNow);
    QVERIFY(!refusedRequest);
    QCOMPARE(refusedRequest.error().code, Error::Code::PermissionDenied);
}

void TestParentView::formerSchoolDoesNotFollowTheChild()
{
    // 王小明 moves from A/801 to B/901, his father's binding still active: the records the view
    // shows are his new school's, which his former teacher and school may not see.
    COOC_TEST_DATABASE(t);
    const Fixture f = buildFixture(t->db());
    QVERIFY(t->db().change(QStringLiteral("UPDATE enrollments SET status = 'transferred_out', end_date = ?"
                                          " WHERE student_id = ?"),
                           {QDate(2026, 11, 20), f.ming}).ok());
    QVERIFY(t->db().insert(QStringLiteral("INSERT INTO enrollments (student_id, school_id, school_year, class_id, seat,"
                                          " student_number, status, start_date) VALUES (?, ?, 115, ?, 5, '1159005',"
                                          " 'enrolled', ?)"),
                           {f.ming, f.schoolB, f.classB901, QDate(2026, 11, 21)}).ok());
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY(service);
    // His former homeroom teacher: none of the father's children is hers any more.
    auto former = service.value()->open(f.homeroom801(), f.parentWang, kNow);
    QVERIFY(!former);
    QCOMPARE(former.error().code, Error::Code::PermissionDenied);
    // His former school's office: the view opens (another child is theirs), his records do not.
    auto office = service.value()->open(f.officeStaffA(), f.parentWang, kNow);
    QVERIFY(office);
    QVERIFY(!childOf(*office, f.ming)->inScope);
    QVERIFY(childOf(*office, f.ming)->grades.isEmpty());
    // His new homeroom teacher sees them.
    auto current = service.value()->open(f.homeroomB901(), f.parentWang, kNow);
    QVERIFY(current);
    QVERIFY(childOf(*current, f.ming)->inScope);
}

namespace {
// A parent of another family, bound to `student` (王小安, at school B) only; 0 on failure.
qint64 motherOf(const Database &db, qint64 student, const QString &name, const QString &email)
{
    auto parent = db.insert(QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked,"
                                           " id_last4) VALUES (?, ?, 'zhaohash', 'D12****789', '6789')"),
                            {name, email});
    if (!parent)
        return 0;
    auto bound = db.insert(QStringLiteral("INSERT INTO parent_bindings (parent_id, student_id, relationship, status,"
                                          " approved_at) VALUES (?, ?, 'mother', 'active', ?)"),
                           {parent.value(), student, db.timestamp(kNow.addDays(-5))});
    return bound ? parent.value() : 0;
}
} // namespace

void TestParentView::requestsAreMatchedByNationalId()
{
    // Anybody may apply with someone else's e-mail address: 趙家長 (one child, at school B) is
    // not the applicant of a stranger's request for 王小明 at school A that uses her address.
    COOC_TEST_DATABASE(t);
    const Fixture f = buildFixture(t->db());
    const qint64 zhao = motherOf(t->db(), f.an, QStringLiteral("趙家長"), QStringLiteral("zhao@example.tw"));
    QVERIFY(zhao);
    auto stranger = t->db().insert(
        QStringLiteral("INSERT INTO binding_requests (school_id, student_id, applicant_name, applicant_email,"
                       " applicant_national_id_hash, applicant_national_id_masked, applicant_id_last4, relationship,"
                       " consent_document, status, submitted_at) VALUES (?, ?, '趙家長', 'zhao@example.tw',"
                       " 'strangerhash', 'E12****000', '0000', 'mother', ?, 'pending', ?)"),
        {f.schoolA, f.ming, QByteArray("consent"), t->db().timestamp(kNow.addDays(-1))});
    QVERIFY(stranger.ok());
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY(service);
    // 王小明's teacher cannot open 趙家長's view through the stranger's request...
    auto refused = service.value()->open(f.homeroom801(), zhao, kNow);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    // ...and the request opens its own applicant, who has no parent record.
    auto applicant = service.value()->openFromBindingRequest(f.homeroom801(), stranger.value(), kNow);
    QVERIFY2(applicant, qPrintable(applicant ? QString() : applicant.error().message));
    QCOMPARE(applicant->parent.id, qint64(0));
    QCOMPARE(applicant->children.size(), 1);
    // 趙家長's own view lists only her child.
    auto own = service.value()->open(Actor::system(), zhao, kNow);
    QVERIFY2(own, qPrintable(own ? QString() : own.error().message));
    QCOMPARE(own->children.size(), 1);
    QCOMPARE(own->children.first().student.id, f.an);
}

void TestParentView::searchListsOnlyParentsInScope()
{
    // On SQLite the database lists every parent of the file: the search keeps those the actor
    // may open. 801's teacher finds 王大同 (王小明's father) but not 趙家長, whose only child is
    // at school B, by e-mail, name or request number; school B's office staff would.
    COOC_TEST_DATABASE(t);
    if (t->db().dialect() != Dialect::Sqlite)
        return; // PostgreSQL: row-level security (tst_central_security teacherSeesOnlyOwnClass)
    const Fixture f = buildFixture(t->db());
    const qint64 zhao = motherOf(t->db(), f.an, QStringLiteral("王趙氏"), QStringLiteral("wang.zhao@example.tw"));
    QVERIFY(zhao);
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY(service);
    auto &s = *service.value();
    const auto ids = [](const Result<ParentSearchPage> &page) {
        QList<qint64> out;
        for (const ParentCandidate &c : page->items)
            out << c.parent.id;
        return out;
    };
    auto byEmail = s.search(f.homeroom801(), QStringLiteral("wang."));
    QVERIFY(byEmail);
    QCOMPARE(ids(byEmail), QList<qint64>{f.parentWang});
    auto byName = s.search(f.homeroom801(), QStringLiteral("王"));
    QVERIFY(byName);
    QVERIFY(!ids(byName).contains(zhao));
    auto everyone = s.search(Actor::system(), QStringLiteral("wang."));
    QVERIFY(everyone);
    QCOMPARE(everyone->items.size(), 2);
    // By a school-B student's number: his parents whom she may open (王大同, through 王小明), not 王趙氏.
    auto byStudent = s.search(f.homeroom801(), QStringLiteral("1159001"));
    QVERIFY(byStudent);
    QVERIFY(ids(byStudent).contains(f.parentWang));
    QVERIFY(!ids(byStudent).contains(zhao));
    QVERIFY(ids(s.search(Actor::system(), QStringLiteral("1159001"))).contains(zhao));
}

void TestParentView::openingIsAudited()
{
    COOC_TEST_DATABASE(t);
    const Fixture f = buildFixture(t->db());
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY(service);

    auto view = service.value()->open(f.homeroom801(), f.parentWang, service.value()->asOfForDay(QDate(2026, 11, 27)),
        ParentViewService::Via::Student);
    QVERIFY(view);
    QVERIFY(view->auditEntryId > 0);

    auto entries = AuditLog(t->db()).forEntity(QStringLiteral("parent"), f.parentWang);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const AuditEntry &e = entries->first();
    QCOMPARE(e.id, view->auditEntryId);
    QCOMPARE(e.action, QStringLiteral("parent_view.open"));
    QCOMPARE(e.actorLogin, f.homeroom801().login);
    QCOMPARE(e.actorStaffId, f.teacher801);
    QCOMPARE(e.schoolId, f.schoolA);
    QCOMPARE(e.at, kNow);
    QCOMPARE(e.detail.value(QLatin1String("via")).toString(), QStringLiteral("student"));
    QCOMPARE(e.detail.value(QLatin1String("as_of")).toString(), QStringLiteral("2026-11-27T15:59:59.999Z"));
    QCOMPARE(e.detail.value(QLatin1String("children")).toInt(), 3);
    QCOMPARE(e.detail.value(QLatin1String("students_shown")).toArray(), QJsonArray { f.ming });

    // The applicant without an account is audited against the request.
    auto applicant = service.value()->openFromBindingRequest(f.homeroom801(), f.requestApplicant, kNow);
    QVERIFY(applicant);
    auto byRequest = AuditLog(t->db()).forEntity(QStringLiteral("binding_request"), f.requestApplicant);
    QVERIFY(byRequest);
    QCOMPARE(byRequest->size(), 1);
    QCOMPARE(byRequest->first().detail.value(QLatin1String("via")).toString(), QStringLiteral("binding_request"));
    QCOMPARE(byRequest->first().detail.value(QLatin1String("students_shown")).toArray(), QJsonArray {});

    auto chain = AuditLog(t->db()).verifyChain();
    QVERIFY(chain);
    QCOMPARE(chain->firstBrokenId, qint64(0));
    QCOMPARE(chain->checked, qint64(2));
}

void TestParentView::badRequestsChangeNothing()
{
    COOC_TEST_DATABASE(t);
    const Fixture f = buildFixture(t->db());
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY(service);

    auto missing = service.value()->open(Actor::system(), 999999, kNow);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    auto future = service.value()->open(Actor::system(), f.parentWang, kNow.addDays(1));
    QVERIFY(!future);
    QCOMPARE(future.error().code, Error::Code::InvalidInput);
    QVERIFY(future.error().message.contains(QLatin1String("future")));
    auto invalid = service.value()->open(Actor::system(), f.parentWang, QDateTime());
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, Error::Code::InvalidInput);
    auto noRequest = service.value()->openFromBindingRequest(Actor::system(), 424242, kNow);
    QVERIFY(!noRequest);
    QCOMPARE(noRequest.error().code, Error::Code::NotFound);
    QCOMPARE(countRows(t->db(), "SELECT count(*) FROM audit_log"), qint64(0));

    // A search for something that is not there is an empty list, not an error.
    auto nothing = service.value()->search(Actor::system(), QStringLiteral("nobody@nowhere"));
    QVERIFY(nothing);
    QVERIFY(nothing->items.isEmpty());
    auto noSuchRequest = service.value()->search(Actor::system(), QStringLiteral("#424242"));
    QVERIFY(noSuchRequest);
    QVERIFY(noSuchRequest->items.isEmpty());
}

void TestParentView::viewConnectionCannotWrite()
{
    COOC_TEST_DATABASE(t);
    const Fixture f = buildFixture(t->db());
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY(service);
    const Database &reader = service.value()->reader();
    QCOMPARE(reader.access(), Database::Access::ReadOnly);

    // Every kind of write through the view's connection is refused by the engine.
    auto update = reader.exec(
        QStringLiteral("UPDATE parents SET name = ? WHERE id = ?"), { QStringLiteral("改名"), f.parentWang });
    QVERIFY(!update);
    QCOMPARE(update.error().code, Error::Code::PermissionDenied);
    auto insert = reader.exec(QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?)"),
        { QStringLiteral("parent_view_probe"), QStringLiteral("x") });
    QVERIFY(!insert);
    QCOMPARE(insert.error().code, Error::Code::PermissionDenied);
    auto remove = reader.exec(QStringLiteral("DELETE FROM attendance WHERE id = ?"), { f.absenceToday });
    QVERIFY(!remove);
    QCOMPARE(remove.error().code, Error::Code::PermissionDenied);
    // Even inside an explicit transaction.
    QVERIFY(reader.execDdl(QStringLiteral("BEGIN")));
    auto inTransaction
        = reader.exec(QStringLiteral("UPDATE students SET name = ? WHERE id = ?"), { QStringLiteral("x"), f.ming });
    QVERIFY(!inTransaction);
    QVERIFY(reader.execDdl(QStringLiteral("ROLLBACK")));

    QCOMPARE(countRows(t->db(), "SELECT count(*) FROM app_settings WHERE key = 'parent_view_probe'"), qint64(0));
    auto name = t->db().scalar(QStringLiteral("SELECT name FROM parents WHERE id = ?"), { f.parentWang });
    QVERIFY(name);
    QCOMPARE(name.value().toString(), QStringLiteral("王大同"));

    // And the view still reads through it after the refusals.
    auto view = service.value()->open(Actor::system(), f.parentWang, kNow);
    QVERIFY2(view, qPrintable(view ? QString() : view.error().detail));
    QCOMPARE(view->visibleChildren(), 1);
}

void TestParentView::searchFindsParents()
{
    COOC_TEST_DATABASE(t);
    const Fixture f = buildFixture(t->db());
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY(service);
    auto &s = *service.value();

    auto byEmail = s.search(Actor::system(), QStringLiteral("WANG.da"));
    QVERIFY(byEmail);
    QCOMPARE(byEmail->items.size(), 1);
    QCOMPARE(byEmail->items.first().parent.id, f.parentWang);
    QVERIFY(!byEmail->next);

    auto byName = s.search(Actor::system(), QStringLiteral("陳"));
    QVERIFY(byName);
    QCOMPARE(byName->items.size(), 1);
    QCOMPARE(byName->items.first().parent.email, QStringLiteral("chen@example.tw"));

    // From a binding request: the applicant without an account.
    auto byRequest = s.search(Actor::system(), QStringLiteral("#%1").arg(f.requestApplicant));
    QVERIFY(byRequest);
    QCOMPARE(byRequest->items.size(), 1);
    QCOMPARE(byRequest->items.first().parent.id, qint64(0));
    QCOMPARE(byRequest->items.first().requestId, f.requestApplicant);
    QVERIFY(byRequest->items.first().note.contains(QLatin1String("no parent account yet")));

    // From a student (number): every parent linked to 王小明.
    auto byStudent = s.search(Actor::system(), QStringLiteral("1150012"));
    QVERIFY(byStudent);
    QStringList names;
    for (const ParentCandidate &c : byStudent->items)
        names << c.parent.name;
    QCOMPARE(names,
        (QStringList {
            QStringLiteral("王大同"), QStringLiteral("陳美華"), QStringLiteral("李四"), QStringLiteral("林美玲") }));
    QVERIFY(byStudent->items.at(0).note.contains(QLatin1String("binding active")));
    QVERIFY(byStudent->items.at(1).note.contains(QStringLiteral("mother of 王小明 · 臺北市立酷課示範國民中學 · 801")));
    QVERIFY(byStudent->items.at(2).note.contains(QLatin1String("rejected")));
    QCOMPARE(byStudent->items.at(3).requestId, f.requestApplicant);

    auto parents = s.parentsOfStudent(f.hua);
    QVERIFY(parents);
    QCOMPARE(parents->size(), 1);
    QVERIFY(parents->first().note.contains(QLatin1String("binding suspended")));
}

void TestParentView::searchPagesByKeyset()
{
    COOC_TEST_DATABASE(t);
    Rows r(t->db());
    for (int i = 0; i < 7; ++i) {
        r.add("INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4) VALUES (?, ?, ?, 'x', "
              "'0000')",
            { QStringLiteral("張%1").arg(i % 3), QStringLiteral("zhang%1@example.tw").arg(i),
                QStringLiteral("h%1").arg(i) });
    }
    r.add("INSERT INTO parents (name, email, national_id_hash, national_id_masked, id_last4) VALUES ('張𠀋', "
          "'rare@example.tw', 'hr', 'x', '0000')",
        {});
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY(service);

    // Through the lazy model, three rows at a time: every parent once, in order.
    const auto fetcher = [&](const QString &text, const ParentSearchCursor &after, int limit) {
        return service.value()->search(Actor::system(), text, after, limit);
    };
    ParentSearchModel model(fetcher, 3);
    model.setQuery(QStringLiteral("zhang"));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.rowCount(), 6);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(model.data(model.index(i), ParentSearchModel::EmailRole).toString(),
            QStringLiteral("zhang%1@example.tw").arg(i));

    // By name, with the model tester watching every signal: equal names page by id; a name
    // beyond the BMP is found by its first character.
    ParentSearchModel tested(fetcher, 3);
    QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tested.setQuery(QStringLiteral("張"));
    while (tested.canFetchMore())
        tested.fetchMore();
    QCOMPARE(tested.rowCount(), 8);
    QStringList seen;
    for (int i = 0; i < tested.rowCount(); ++i)
        seen << tested.data(tested.index(i), ParentSearchModel::EmailRole).toString();
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 8);
    QCOMPARE(tested.data(tested.index(0), ParentSearchModel::NameRole).toString(), QStringLiteral("張0"));
    QVERIFY(seen.contains(QStringLiteral("rare@example.tw")));
    tested.setQuery(QStringLiteral("zh"));
    QVERIFY(!tested.lastError());

    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore());
}

void TestParentView::gateSwipeHistoryPages()
{
    COOC_TEST_DATABASE(t);
    const Fixture f = buildFixture(t->db());
    Rows r(t->db());
    // Two months of arrivals and departures.
    for (int d = 0; d < 50; ++d) {
        const QDate day = QDate(2026, 10, 1).addDays(d);
        for (int h : { 7, 16 })
            r.add("INSERT INTO gate_swipes (student_id, school_id, at, direction) VALUES (?, ?, ?, ?)",
                { f.ming, f.schoolA, r.ts(QDateTime(day, QTime(h, 30), Clock::schoolTimeZone())),
                    h == 7 ? QStringLiteral("in") : QStringLiteral("out") });
    }
    FixedClock clock(kNow);
    auto service = ParentViewService::create(t->db(), clock);
    QVERIFY(service);
    auto view = service.value()->open(Actor::system(), f.parentWang, kNow);
    QVERIFY(view);
    ChildView &ming = view.value().children[0];
    QCOMPARE(ming.student.id, f.ming);
    QCOMPARE(ming.gateSwipes.size(), ParentViewService::kGateSwipePage);
    QVERIFY(ming.moreGateSwipes);
    int total = int(ming.gateSwipes.size());
    bool more = true;
    while (more) {
        auto page = service.value()->olderGateSwipes(view.value(), f.ming, &more);
        QVERIFY(page);
        QVERIFY(!page->isEmpty());
        QVERIFY(page->first().at <= ming.gateSwipes.last().at);
        ming.gateSwipes << page.value();
        total += int(page->size());
    }
    QCOMPARE(total, 3 + 100);
    // A hidden child's swipes cannot be paged through the view.
    auto closed = service.value()->olderGateSwipes(view.value(), f.hua, &more);
    QVERIFY(!closed);
    QCOMPARE(closed.error().code, Error::Code::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestParentView)
#include "tst_parentview.moc"
