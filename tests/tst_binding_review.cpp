// Binding review decisions on SQLite and PostgreSQL: every decision rule with the message the
// reviewer reads, rejection and information requests, failures that leave nothing behind, two
// staff deciding the same request at once. The fast track: tst_binding_fasttrack.cpp; what an
// approval creates (parent, account, binding): tst_binding_approval.cpp.
#include "app/bindingreview/bindingreviewservice.h"
#include "models/nationalid.h"
#include "models/auditlog.h"
#include "support/bindingfixture.h"
#include "support/bindingrows.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace cooc;
using test::BindingFixture;

using test::count;
using test::decideAtOnce;
using test::requestRow;
using test::RequestRow;

namespace {

// The signature report the request holds (what the reviewer was shown).
QJsonObject storedReport(const Database &db, qint64 id)
{
    auto json = db.scalar(QStringLiteral("SELECT verification_report FROM binding_requests WHERE id = ?"), {id});
    return json ? QJsonDocument::fromJson(json.value().toString().toUtf8()).object() : QJsonObject();
}

} // namespace

class TestBindingReview : public QObject
{
    Q_OBJECT

private slots:
    void enrollmentRules_data() { test::addDialectRows(); }
    void enrollmentRules();
    void actorMustCoverStudent_data() { test::addDialectRows(); }
    void actorMustCoverStudent();
    void signatureRules_data() { test::addDialectRows(); }
    void signatureRules();
    void indeterminateIsNotRejectedForSignature_data() { test::addDialectRows(); }
    void indeterminateIsNotRejectedForSignature();
    void delegateNeedsDelegationLetter_data() { test::addDialectRows(); }
    void delegateNeedsDelegationLetter();
    void grandparentNeedsDelegationLetter_data() { test::addDialectRows(); }
    void grandparentNeedsDelegationLetter();
    void teacherToldWhenStudentTransferredOut_data() { test::addDialectRows(); }
    void teacherToldWhenStudentTransferredOut();
    void rejectRequiresReason_data() { test::addDialectRows(); }
    void rejectRequiresReason();
    void requestInformation_data() { test::addDialectRows(); }
    void requestInformation();
    void staleVersionIsRefused_data() { test::addDialectRows(); }
    void staleVersionIsRefused();
    void recordVerificationBumpsVersion_data() { test::addDialectRows(); }
    void recordVerificationBumpsVersion();
    void failureMidwayLeavesNothing_data() { test::addDialectRows(); }
    void failureMidwayLeavesNothing();
    void concurrentDecisionsHaveOneWinner_data() { test::addDialectRows(); }
    void concurrentDecisionsHaveOneWinner();
};

void TestBindingReview::enrollmentRules()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    BindingReviewService office(t->db(), f.officeActorA(), f.clock);
    const struct
    {
        const char *student;
        const char *words;
    } cases[] = {
        {"yi", "transferred out of this school on 2026/10/01"},
        {"hao", "not yet been placed in a class"},
        {"grad", "graduated"},
        {"stale", "not enrolled in the current school year"},
    };
    for (const auto &c : cases) {
        const qint64 id = f.addRequest({.student = QString::fromLatin1(c.student)});
        QVERIFY2(id, qPrintable(f.error));
        auto result = office.approve(id, 1);
        QVERIFY2(!result.ok(), c.student);
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QVERIFY2(result.error().message.contains(QLatin1String(c.words)), qPrintable(result.error().message));
        VERIFY_UNCHANGED(t->db(), id, "pending", 1);
    }
    // Rejecting such a request is fine (the school still answers the parent).
    const qint64 yi = f.addRequest({.student = QStringLiteral("yi")});
    auto rejected = office.reject(yi, 1, binding::RejectReason::WrongStudent, QStringLiteral("學生已轉出本校"));
    QVERIFY2(rejected.ok(), qPrintable(rejected.ok() ? QString() : rejected.error().message));
}

void TestBindingReview::actorMustCoverStudent()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 ming = f.addRequest({.student = QStringLiteral("ming")});
    const qint64 other = f.addRequest({.student = QStringLiteral("other")});

    BindingReviewService teacher802(t->db(), f.teacher802Actor(), f.clock);
    auto refused = teacher802.approve(ming, 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QVERIFY2(refused.error().message.contains(QLatin1String("not currently in your class")),
             qPrintable(refused.error().message));
    auto refusedReject = teacher802.reject(ming, 1, binding::RejectReason::Other, QStringLiteral("x"));
    QVERIFY(!refusedReject.ok());
    QCOMPARE(refusedReject.error().code, Error::Code::PermissionDenied);

    BindingReviewService officeA(t->db(), f.officeActorA(), f.clock);
    auto otherSchool = officeA.approve(other, 1);
    QVERIFY(!otherSchool.ok());
    QCOMPARE(otherSchool.error().code, Error::Code::PermissionDenied);
    QVERIFY2(otherSchool.error().message.contains(QLatin1String("another school")),
             qPrintable(otherSchool.error().message));

    auto missing = officeA.approve(999999, 1);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    VERIFY_UNCHANGED(t->db(), ming, "pending", 1);
}

void TestBindingReview::signatureRules()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    BindingReviewService office(t->db(), f.officeActorA(), f.clock);
    const struct
    {
        const char *verdict;
        const char *sub;
        const char *words;
    } cases[] = {
        // The stored sub-indication in words, not its code.
        {"TOTAL_FAILED", "REVOKED", "invalid, so it cannot support an approval. The signer's certificate was revoked"},
        {"INDETERMINATE", "TRY_LATER", "could not be confirmed. Revocation could not be checked now"},
        {"NOT_VERIFIED", "", "not been verified"},
        {"NO_SIGNATURE", "", "no e-signature"},
    };
    int n = 0;
    for (const auto &c : cases) {
        // A different applicant each time, so every approval creates its own parent.
        const qint64 id = f.addRequest({.student = QStringLiteral("mei"),
                                        .email = QStringLiteral("p%1@example.tw").arg(n),
                                        .nationalId = NationalId::generate(500 + quint64(n)),
                                        .verdict = QString::fromLatin1(c.verdict),
                                        .subindication = QString::fromLatin1(c.sub)});
        ++n;
        QVERIFY2(id, qPrintable(f.error));
        auto plain = office.approve(id, 1);
        QVERIFY(!plain.ok());
        QCOMPARE(plain.error().code, Error::Code::InvalidInput);
        QVERIFY2(plain.error().message.contains(QLatin1String(c.words)), qPrintable(plain.error().message));
        QVERIFY(plain.error().message.contains(QLatin1String("Paper consent form checked")));
        auto noReason = office.approve(id, 1, {.paperConsentChecked = true, .reason = QStringLiteral("  ")});
        QVERIFY(!noReason.ok());
        auto noTick = office.approve(id, 1, {.paperConsentChecked = false, .reason = QStringLiteral("紙本同意書已核對")});
        QVERIFY(!noTick.ok());
        QCOMPARE(requestRow(t->db(), id).status, QStringLiteral("pending"));

        auto paper = office.approve(id, 1, {.paperConsentChecked = true, .reason = QStringLiteral("紙本同意書已核對")});
        QVERIFY2(paper.ok(), qPrintable(paper.ok() ? QString() : paper.error().message));
        const RequestRow row = requestRow(t->db(), id);
        QCOMPARE(row.status, QStringLiteral("approved"));
        QVERIFY(row.paper);
        QCOMPARE(row.reason, QStringLiteral("paper_consent"));
        QCOMPARE(row.note, QStringLiteral("紙本同意書已核對"));
        auto entries = AuditLog(t->db()).forEntity(QStringLiteral("binding_request"), id);
        QVERIFY(entries.ok() && entries->size() == 1);
        QVERIFY(entries->first().detail.value(QStringLiteral("paper_consent_checked")).toBool());
        QCOMPARE(entries->first().detail.value(QStringLiteral("override_reason")).toString(),
                 QStringLiteral("紙本同意書已核對"));
        QCOMPARE(entries->first().detail.value(QStringLiteral("verdict")).toString(), QString::fromLatin1(c.verdict));
    }
}

void TestBindingReview::indeterminateIsNotRejectedForSignature()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    BindingReviewService office(t->db(), f.officeActorA(), f.clock);
    const qint64 id = f.addRequest({.student = QStringLiteral("mei"), .verdict = QStringLiteral("INDETERMINATE"),
                                    .subindication = QStringLiteral("NO_CERTIFICATE_CHAIN_FOUND")});
    auto bySignature = office.reject(id, 1, binding::RejectReason::SignatureInvalid, QStringLiteral("簽章無效"));
    QVERIFY(!bySignature.ok());
    QCOMPARE(bySignature.error().code, Error::Code::InvalidInput);
    QVERIFY2(bySignature.error().message.contains(QLatin1String("not an invalid one")),
             qPrintable(bySignature.error().message));
    VERIFY_UNCHANGED(t->db(), id, "pending", 1);

    // A TOTAL_PASSED signature is not "invalid" either; a TOTAL_FAILED one may be rejected for it.
    const qint64 passed = f.addRequest({.student = QStringLiteral("mei")});
    QVERIFY(!office.reject(passed, 1, binding::RejectReason::SignatureInvalid, QStringLiteral("x")).ok());
    const qint64 failed = f.addRequest({.student = QStringLiteral("mei"), .verdict = QStringLiteral("TOTAL_FAILED"),
                                        .subindication = QStringLiteral("HASH_FAILURE")});
    auto ok = office.reject(failed, 1, binding::RejectReason::SignatureInvalid, QStringLiteral("簽章與文件不符"));
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));

    // Another reason for the indeterminate one is fine.
    auto other = office.reject(id, 1, binding::RejectReason::WrongStudent, QStringLiteral("申請人非本生家長"));
    QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
}

void TestBindingReview::delegateNeedsDelegationLetter()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    BindingReviewService teacher(t->db(), f.teacher801Actor(), f.clock);
    const qint64 without = f.addRequest({.student = QStringLiteral("rare"), .applicantName = QStringLiteral("林阿嬤"),
                                         .email = QStringLiteral("grandma@example.tw"),
                                         .nationalId = QStringLiteral("F231104090"),
                                         .relationship = QStringLiteral("delegate")});
    auto refused = teacher.approve(without, 1);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("delegation letter")), qPrintable(refused.error().message));
    VERIFY_UNCHANGED(t->db(), without, "pending", 1);

    const qint64 with = f.addRequest({.student = QStringLiteral("rare"), .applicantName = QStringLiteral("林阿嬤"),
                                      .email = QStringLiteral("grandma@example.tw"),
                                      .nationalId = QStringLiteral("F231104090"),
                                      .relationship = QStringLiteral("delegate"), .delegationDocument = true});
    auto ok = teacher.approve(with, 1);
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
    auto rel = t->db().scalar(QStringLiteral("SELECT relationship FROM parent_bindings WHERE id = ?"), {ok->bindingId});
    QVERIFY(rel.ok());
    QCOMPARE(rel->toString(), QStringLiteral("delegate"));
}

void TestBindingReview::grandparentNeedsDelegationLetter()
{
    // A caregiver who is neither a parent nor the legal guardian — a grandparent as much as a
    // "delegated caregiver" — binds only with the delegation letter signed by the parent
    // (DOMAIN.md), by hand and on the fast track alike. A legal guardian needs none.
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    BindingReviewService teacher(t->db(), f.teacher801Actor(), f.clock);
    BindingReviewService office(t->db(), f.officeActorA(), f.clock);
    const BindingFixture::Request grandma{.student = QStringLiteral("rare"), .applicantName = QStringLiteral("林阿嬤"),
                                          .email = QStringLiteral("grandma@example.tw"),
                                          .nationalId = QStringLiteral("F231104090"),
                                          .relationship = QStringLiteral("grandparent")};
    const qint64 without = f.addRequest(grandma);
    QVERIFY2(without, qPrintable(f.error));
    auto refused = teacher.approve(without, 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY2(refused.error().message.contains(QLatin1String("delegation letter"))
                 && refused.error().message.contains(QLatin1String("Grandparent")),
             qPrintable(refused.error().message));
    VERIFY_UNCHANGED(t->db(), without, "pending", 1);

    // Not a fast-track candidate, and refused there too, saying why.
    auto candidates = office.repository().fastTrackCandidates();
    QVERIFY(candidates.ok());
    QVERIFY(std::none_of(candidates->cbegin(), candidates->cend(),
                         [without](const BindingRequestSummary &s) { return s.id == without; }));
    QCOMPARE(office.repository().fastTrackCount().value(), 0);
    BindingReviewService::ApproveOptions fastTrack;
    fastTrack.fastTrack = true;
    auto skipped = office.approve(without, 1, fastTrack);
    QVERIFY(!skipped.ok());
    QVERIFY2(skipped.error().message.contains(QLatin1String("delegation letter")), qPrintable(skipped.error().message));
    VERIFY_UNCHANGED(t->db(), without, "pending", 1);

    // The database refuses it too, whoever writes it (here the owner, bypassing the client).
    const QString approveDirectly = QStringLiteral(
        "UPDATE binding_requests SET status = 'approved', version = version + 1, decided_at = ? WHERE id = ?");
    QVERIFY(!t->db().exec(approveDirectly, {t->db().timestamp(f.clock.now()), without}).ok());
    VERIFY_UNCHANGED(t->db(), without, "pending", 1);

    // With the letter: approved, as a grandparent.
    BindingFixture::Request withLetter = grandma;
    withLetter.delegationDocument = true;
    const qint64 with = f.addRequest(withLetter);
    auto ok = teacher.approve(with, 1);
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
    auto rel = t->db().scalar(QStringLiteral("SELECT relationship FROM parent_bindings WHERE id = ?"), {ok->bindingId});
    QVERIFY(rel.ok());
    QCOMPARE(rel->toString(), QStringLiteral("grandparent"));

    // A legal guardian needs no letter.
    const qint64 guardian = f.addRequest({.student = QStringLiteral("mei"), .applicantName = QStringLiteral("李監護"),
                                          .email = QStringLiteral("guardian@example.tw"),
                                          .nationalId = NationalId::generate(601),
                                          .relationship = QStringLiteral("guardian")});
    auto guardianOk = teacher.approve(guardian, 1);
    QVERIFY2(guardianOk.ok(), qPrintable(guardianOk.ok() ? QString() : guardianOk.error().message));

    // A row that arrives already approved (an import, a feed) needs the letter as much.
    BindingFixture::Request importedApproved = grandma;
    importedApproved.student = QStringLiteral("mei");
    importedApproved.status = QStringLiteral("approved");
    QCOMPARE(f.addRequest(importedApproved), qint64(0));
    QVERIFY2(f.error.contains(QLatin1String("delegation letter")), qPrintable(f.error));
    f.error.clear(); // the fixture stops at its first error
    importedApproved.delegationDocument = true;
    QVERIFY2(f.addRequest(importedApproved), qPrintable(f.error));

    // An empty letter is no letter: not on the fast-track list, shown as missing.
    const qint64 emptyLetter = f.addRequest(withLetter);
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE binding_requests SET delegation_document = '' WHERE id = ?"), {emptyLetter})
                .ok());
    auto listed = office.repository().fastTrackCandidates();
    QVERIFY(listed.ok());
    QVERIFY(std::none_of(listed->cbegin(), listed->cend(),
                         [emptyLetter](const BindingRequestSummary &s) { return s.id == emptyLetter; }));
    auto emptyShown = office.repository().details(emptyLetter);
    QVERIFY(emptyShown.ok());
    QVERIFY(!emptyShown->summary.hasDelegationDocument);

    // The database's refusal above was the letter's: the same statement on a request with one
    // goes through.
    const qint64 direct = f.addRequest(withLetter);
    auto directly = t->db().exec(approveDirectly, {t->db().timestamp(f.clock.now()), direct});
    QVERIFY2(directly.ok(), qPrintable(directly.ok() ? QString() : directly.error().message));
    QCOMPARE(t->db().scalar(QStringLiteral("SELECT status FROM binding_requests WHERE id = ?"), {direct})->toString(),
             QStringLiteral("approved"));
}

void TestBindingReview::teacherToldWhenStudentTransferredOut()
{
    // 林老師 has 王小明's request on screen; meanwhile the school records his transfer. Her
    // approval (or rejection) is refused, and the message says why — he transferred out, and
    // when — rather than only "not in your class". Another class's teacher learns nothing.
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 id = f.addRequest({.student = QStringLiteral("ming")});
    BindingReviewService teacher(t->db(), f.teacher801Actor(), f.clock);
    auto shown = teacher.repository().details(id);
    QVERIFY2(shown.ok(), qPrintable(shown.ok() ? QString() : shown.error().message));
    QVERIFY(teacher.approvalAllowed(shown.value(), {}).ok());

    QVERIFY(t->db()
                .change(QStringLiteral("UPDATE enrollments SET status = 'transferred_out', end_date = ? WHERE student_id = ?"),
                        {QStringLiteral("2026-11-27"), f.students.value(QStringLiteral("ming"))})
                .ok());
    auto refused = teacher.approve(id, 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QVERIFY2(refused.error().message.contains(QStringLiteral("王小明 transferred out of this school on 2026/11/27")),
             qPrintable(refused.error().message));
    VERIFY_UNCHANGED(t->db(), id, "pending", 1);
    auto rejected = teacher.reject(id, 1, binding::RejectReason::WrongStudent, QStringLiteral("x"));
    QVERIFY(!rejected.ok());
    QVERIFY2(rejected.error().message.contains(QLatin1String("transferred out")), qPrintable(rejected.error().message));

    // 李美玲's enrollment in 801 ends for a change of class: while she waits to be placed, and
    // once she is in 802, her request has left 林老師's list and the refusal says which.
    const qint64 meiRequest = f.addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("mei@example.tw"),
                                            .nationalId = NationalId::generate(602)});
    const qint64 mei = f.students.value(QStringLiteral("mei"));
    QVERIFY(teacher.repository().details(meiRequest).ok());
    QVERIFY(t->db()
                .change(QStringLiteral("UPDATE enrollments SET status = 'transferred_out', end_date = ? WHERE student_id = ?"),
                        {QStringLiteral("2026-11-26"), mei})
                .ok());
    auto again = t->db().insert(QStringLiteral("INSERT INTO enrollments (student_id, school_id, school_year, class_id, seat,"
                                               " student_number, status, start_date) VALUES (?, ?, ?, NULL, NULL, ?,"
                                               " 'enrolled', ?)"),
                                {mei, f.schoolA, teacher.repository().schoolYear(), QStringLiteral("mei-again"),
                                 t->db().dialect() == Dialect::Sqlite ? QVariant(QStringLiteral("2026-11-26"))
                                                                      : QVariant(QDate(2026, 11, 26))});
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    auto waiting = teacher.approve(meiRequest, 1);
    QVERIFY(!waiting.ok());
    QVERIFY2(waiting.error().message.contains(QStringLiteral("李美玲 has left your class and has not yet been placed")),
             qPrintable(waiting.error().message));
    QVERIFY(t->db()
                .change(QStringLiteral("UPDATE enrollments SET class_id = ?, seat = 9 WHERE id = ?"), {f.class802, again.value()})
                .ok());
    auto moved = teacher.approve(meiRequest, 1);
    QVERIFY(!moved.ok());
    QVERIFY2(moved.error().message.contains(QStringLiteral("李美玲 has moved to another class")),
             qPrintable(moved.error().message));
    VERIFY_UNCHANGED(t->db(), meiRequest, "pending", 1);

    // 陳老師 (802) never had him: the plain refusal, no word of where he stands.
    BindingReviewService teacher802(t->db(), f.teacher802Actor(), f.clock);
    auto other = teacher802.approve(id, 1);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, Error::Code::PermissionDenied);
    QVERIFY2(other.error().message.contains(QLatin1String("not currently in your class"))
                 && !other.error().message.contains(QLatin1String("transferred"))
                 && !other.error().message.contains(QStringLiteral("王小明")),
             qPrintable(other.error().message));
    VERIFY_UNCHANGED(t->db(), id, "pending", 1);
}

void TestBindingReview::rejectRequiresReason()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 id = f.addRequest({.student = QStringLiteral("ming"), .household = QStringLiteral("NO_MATCH")});
    BindingReviewService teacher(t->db(), f.teacher801Actor(), f.clock);
    for (const QString &empty : {QString(), QStringLiteral("   \n")}) {
        auto refused = teacher.reject(id, 1, binding::RejectReason::RelationshipNotConfirmed, empty);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY(refused.error().message.contains(QLatin1String("Nothing was saved")));
        VERIFY_UNCHANGED(t->db(), id, "pending", 1);
    }
    auto rejected = teacher.reject(id, 1, binding::RejectReason::RelationshipNotConfirmed,
                                   QStringLiteral("  戶籍資料不符，請附戶口名簿影本  "));
    QVERIFY2(rejected.ok(), qPrintable(rejected.ok() ? QString() : rejected.error().message));
    const RequestRow row = requestRow(t->db(), id);
    QCOMPARE(row.status, QStringLiteral("rejected"));
    QCOMPARE(row.reason, QStringLiteral("relationship_not_confirmed"));
    QCOMPARE(row.note, QStringLiteral("戶籍資料不符，請附戶口名簿影本"));
    QCOMPARE(count(t->db(), QStringLiteral("parent_bindings")), qint64(0));
    QCOMPARE(count(t->db(), QStringLiteral("accounts")), qint64(0));
    auto entries = AuditLog(t->db()).forEntity(QStringLiteral("binding_request"), id);
    QVERIFY(entries.ok() && entries->size() == 1);
    QCOMPARE(entries->first().action, QStringLiteral("binding.reject"));
    QCOMPARE(entries->first().detail.value(QStringLiteral("reason")).toString(),
             QStringLiteral("relationship_not_confirmed"));
    // The report the rejection relied on is kept with it, as with an approval.
    const QJsonObject report = storedReport(t->db(), id);
    QVERIFY(report.contains(QStringLiteral("verdict")));
    QCOMPARE(entries->first().detail.value(QStringLiteral("signature_report")).toObject(), report);
    // Decided is decided.
    auto again = teacher.approve(id, 2);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);
    QVERIFY2(again.error().message.contains(QStringLiteral("The request for 王小明 was already rejected by 林老師")),
             qPrintable(again.error().message));
}

void TestBindingReview::requestInformation()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 id = f.addRequest({.student = QStringLiteral("ming")});
    BindingReviewService teacher(t->db(), f.teacher801Actor(), f.clock);
    QVERIFY(!teacher.requestInformation(id, 1, QStringLiteral(" ")).ok());
    VERIFY_UNCHANGED(t->db(), id, "pending", 1);
    auto asked = teacher.requestInformation(id, 1, QStringLiteral("請上傳戶口名簿"));
    QVERIFY2(asked.ok(), qPrintable(asked.ok() ? QString() : asked.error().message));
    QCOMPARE(asked->status, binding::Status::InfoRequested);
    QCOMPARE(requestRow(t->db(), id).status, QStringLiteral("info_requested"));
    auto twice = teacher.requestInformation(id, 2, QStringLiteral("again"));
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().message.contains(QLatin1String("already been asked")), qPrintable(twice.error().message));
    // The answer came by phone: the request can still be approved.
    auto approved = teacher.approve(id, 2);
    QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().message));
    auto entries = AuditLog(t->db()).forEntity(QStringLiteral("binding_request"), id);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).action, QStringLiteral("binding.request_info"));
    QCOMPARE(entries->at(0).detail.value(QStringLiteral("signature_report")).toObject(), storedReport(t->db(), id));
    QCOMPARE(entries->at(1).action, QStringLiteral("binding.approve"));
    // A manual approval says so in its audit entry (the fast track says true).
    QCOMPARE(entries->at(1).detail.value(QStringLiteral("fast_track")), QJsonValue(false));
}

void TestBindingReview::staleVersionIsRefused()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 id = f.addRequest({.student = QStringLiteral("ming")});
    BindingReviewService teacher(t->db(), f.teacher801Actor(), f.clock);
    auto stale = teacher.approve(id, 7);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QVERIFY2(stale.error().message.contains(QStringLiteral("The request for 王小明 was changed by someone else")),
             qPrintable(stale.error().message));
    VERIFY_UNCHANGED(t->db(), id, "pending", 1);
}

void TestBindingReview::recordVerificationBumpsVersion()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 id = f.addRequest({.student = QStringLiteral("ming"), .verdict = QStringLiteral("INDETERMINATE"),
                                    .subindication = QStringLiteral("TRY_LATER")});
    BindingReviewService teacher(t->db(), f.teacher801Actor(), f.clock);
    QJsonObject report{{QStringLiteral("verdict"), QStringLiteral("TOTAL_PASSED")},
                       {QStringLiteral("signer"), QStringLiteral("王大同")}};
    auto verified = teacher.recordVerification(id, 1, binding::Verdict::TotalPassed, QString(), report);
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    QCOMPARE(verified->version, 2);
    auto details = teacher.repository().details(id);
    QVERIFY(details.ok());
    QCOMPARE(details->summary.verdict, binding::Verdict::TotalPassed);
    QVERIFY(details->verifiedAt.isValid());
    QCOMPARE(QJsonDocument::fromJson(details->verificationReportJson.toUtf8()).object(), report);
    QCOMPARE(details->history.size(), 1);
    QCOMPARE(details->history.first().kind, QStringLiteral("verified"));

    // A reviewer who still looks at version 1 is told the request changed.
    auto stale = teacher.approve(id, 1);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    auto fresh = teacher.approve(id, 2);
    QVERIFY2(fresh.ok(), qPrintable(fresh.ok() ? QString() : fresh.error().message));
    auto audit = AuditLog(t->db()).forEntity(QStringLiteral("binding_request"), id);
    QVERIFY(audit.ok() && audit->size() == 2);
    QCOMPARE(audit->at(0).action, QStringLiteral("binding.verify"));
    QCOMPARE(audit->at(0).detail.value(QStringLiteral("previous_verdict")).toString(), QStringLiteral("INDETERMINATE"));
}

void TestBindingReview::failureMidwayLeavesNothing()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 id = f.addRequest({.student = QStringLiteral("ming")});
    // The binding insert fails after the request, parent and account were written.
    if (t->db().dialect() == Dialect::Sqlite) {
        QVERIFY(t->db().execDdl(QStringLiteral("CREATE TRIGGER fail_binding BEFORE INSERT ON parent_bindings"
                                               " BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END")).ok());
    } else {
        QVERIFY(t->db().execDdl(QStringLiteral("CREATE FUNCTION fail_binding() RETURNS trigger LANGUAGE plpgsql AS"
                                               " $$ BEGIN RAISE EXCEPTION 'disk full (test)'; END; $$")).ok());
        QVERIFY(t->db().execDdl(QStringLiteral("CREATE TRIGGER fail_binding BEFORE INSERT ON parent_bindings"
                                               " FOR EACH ROW EXECUTE FUNCTION fail_binding()")).ok());
    }
    BindingReviewService teacher(t->db(), f.teacher801Actor(), f.clock);
    auto failed = teacher.approve(id, 1);
    QVERIFY(!failed.ok());
    QVERIFY(!failed.error().message.isEmpty());
    VERIFY_UNCHANGED(t->db(), id, "pending", 1);

    // Once the cause is gone the same decision goes through.
    QVERIFY(t->db().execDdl(QStringLiteral("DROP TRIGGER fail_binding") +
                            (t->db().dialect() == Dialect::Postgres ? QStringLiteral(" ON parent_bindings") : QString()))
                .ok());
    auto ok = teacher.approve(id, 1);
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
}

void TestBindingReview::concurrentDecisionsHaveOneWinner()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const int rounds = 30;
    QList<qint64> ids;
    for (int i = 0; i < rounds; ++i) {
        ids << f.addRequest({.student = QStringLiteral("ming"), .email = QStringLiteral("race%1@example.tw").arg(i),
                             .nationalId = NationalId::generate(7000 + quint64(i))});
        QVERIFY2(ids.last(), qPrintable(f.error));
    }
    const Actor teacher = f.teacher801Actor();
    const Actor office = f.officeActorA();
    const DatabaseUrl url = t->url();
    for (int i = 0; i < rounds; ++i) {
        const qint64 id = ids.at(i);
        const bool bothApprove = i % 2 == 0;
        const auto results = decideAtOnce(url, [&](const Database &db, int who) {
            const BindingReviewService service(db, who == 0 ? teacher : office, f.clock);
            return who == 0 || bothApprove
                ? service.approve(id, 1)
                : service.reject(id, 1, binding::RejectReason::WrongStudent, QStringLiteral("race"));
        });
        const int winners = int(results[0].ok()) + int(results[1].ok());
        QCOMPARE(winners, 1);
        const int winner = results[0].ok() ? 0 : 1;
        const Error &lost = results[1 - winner].error();
        QVERIFY2(lost.code == Error::Code::Conflict, qPrintable(lost.message + QLatin1Char(' ') + lost.detail));
        const QString winnerName = winner == 0 ? QStringLiteral("林老師") : QStringLiteral("王組長");
        QVERIFY2(lost.message.contains(winnerName) && lost.message.contains(QLatin1String("2026/11/28 10:00"))
                     && lost.message.contains(QStringLiteral("王小明")),
                 qPrintable(lost.message));
        const RequestRow row = requestRow(t->db(), id);
        QCOMPARE(row.version, 2);
        QCOMPARE(row.decidedBy, winner == 0 ? f.teacher801 : f.officeA);
        auto audit = AuditLog(t->db()).forEntity(QStringLiteral("binding_request"), id);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        auto events = t->db().scalar(QStringLiteral("SELECT COUNT(*) FROM binding_request_events WHERE request_id = ?"),
                                     {id});
        QVERIFY(events.ok());
        QCOMPARE(events->toInt(), 1);
    }
    auto chain = AuditLog(t->db()).verifyChain();
    QVERIFY(chain.ok());
    QCOMPARE(chain->firstBrokenId, qint64(0));
    QCOMPARE(chain->checked, qint64(rounds));
}

QTEST_GUILESS_MAIN(TestBindingReview)
#include "tst_binding_review.moc"
