// What a binding approval creates, on SQLite and PostgreSQL: in one transaction the request
// approved, the parent, their account (login = e-mail, default password hashed, must change)
// and the binding, with the event and the audit entry; a second child reusing the parent's
// row and account; and the account's preconditions — an initial password on the request, an
// e-mail or login no one else holds (whatever its case), the e-mail on record of a known parent.
#include "app/auth/passwordhasher.h"
#include "app/bindingreview/bindingreviewservice.h"
#include "models/auditlog.h"
#include "models/nationalid.h"
#include "support/bindingfixture.h"
#include "support/bindingrows.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QTest>

using namespace cooc;
using test::BindingFixture;
using test::count;
using test::decideAtOnce;
using test::requestRow;
using test::RequestRow;

class TestBindingApproval : public QObject
{
    Q_OBJECT

private slots:
    void approveCreatesParentAccountAndBinding_data() { test::addDialectRows(); }
    void approveCreatesParentAccountAndBinding();
    void secondChildReusesParentAndAccount_data() { test::addDialectRows(); }
    void secondChildReusesParentAndAccount();
    void accountPreconditions_data() { test::addDialectRows(); }
    void accountPreconditions();
    void loginOfKnownParentAndOtherAccounts_data() { test::addDialectRows(); }
    void loginOfKnownParentAndOtherAccounts();
    void siblingsApprovedAtOnceShareTheParent_data() { test::addDialectRows(); }
    void siblingsApprovedAtOnceShareTheParent();
    void endedBindingIsReactivatedOnce_data() { test::addDialectRows(); }
    void endedBindingIsReactivatedOnce();
};

void TestBindingApproval::approveCreatesParentAccountAndBinding()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 id = f.addRequest({.student = QStringLiteral("ming")});
    QVERIFY2(id, qPrintable(f.error));

    BindingReviewService service(t->db(), f.teacher801Actor(), f.clock);
    auto outcome = service.approve(id, 1);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QVERIFY(outcome->parentCreated);
    QVERIFY(outcome->accountCreated);
    QCOMPARE(outcome->version, 2);

    const RequestRow row = requestRow(t->db(), id);
    QCOMPARE(row.status, QStringLiteral("approved"));
    QCOMPARE(row.version, 2);
    QCOMPARE(row.decidedBy, f.teacher801);

    // The parent: one row, ID only as hash and mask.
    auto parent = t->db().exec(QStringLiteral("SELECT id, name, email, national_id_masked, id_last4 FROM parents"));
    QVERIFY(parent && parent.value().next());
    QCOMPARE(parent.value().value(0).toLongLong(), outcome->parentId);
    QCOMPARE(parent.value().value(1).toString(), QStringLiteral("王大同"));
    QCOMPARE(parent.value().value(2).toString(), QStringLiteral("wang.datong@example.tw"));
    QCOMPARE(parent.value().value(3).toString(), QStringLiteral("A12****789"));
    QCOMPARE(parent.value().value(4).toString(), QStringLiteral("6789"));
    parent.value().finish();

    // The account: login = e-mail, default password = last 6 of the ID (hash only), must change.
    auto account = t->db().exec(QStringLiteral("SELECT login, kind, parent_id, password_hash, must_change_password"
                                               " FROM accounts WHERE id = ?"),
                                {outcome->accountId});
    QVERIFY(account && account.value().next());
    QCOMPARE(account.value().value(0).toString(), QStringLiteral("wang.datong@example.tw"));
    QCOMPARE(account.value().value(1).toString(), QStringLiteral("parent"));
    QCOMPARE(account.value().value(2).toLongLong(), outcome->parentId);
    const QString hash = account.value().value(3).toString();
    QVERIFY(!hash.contains(QLatin1String("456789")));
    QVERIFY(PasswordHasher::verify(QStringLiteral("456789"), hash));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("123456"), hash));
    QVERIFY(account.value().value(4).toBool());
    account.value().finish();

    auto binding = t->db().exec(QStringLiteral("SELECT parent_id, student_id, relationship, status, request_id,"
                                               " approved_by FROM parent_bindings"));
    QVERIFY(binding && binding.value().next());
    QCOMPARE(binding.value().value(0).toLongLong(), outcome->parentId);
    QCOMPARE(binding.value().value(1).toLongLong(), f.students.value(QStringLiteral("ming")));
    QCOMPARE(binding.value().value(2).toString(), QStringLiteral("father"));
    QCOMPARE(binding.value().value(3).toString(), QStringLiteral("active"));
    QCOMPARE(binding.value().value(4).toLongLong(), id);
    QCOMPARE(binding.value().value(5).toLongLong(), f.teacher801);
    binding.value().finish();

    QCOMPARE(count(t->db(), QStringLiteral("binding_request_events")), qint64(1));
    auto entries = AuditLog(t->db()).forEntity(QStringLiteral("binding_request"), id);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    const AuditEntry &e = entries->first();
    QCOMPARE(e.action, QStringLiteral("binding.approve"));
    QCOMPARE(e.actorStaffId, f.teacher801);
    QCOMPARE(e.detail.value(QStringLiteral("verdict")).toString(), QStringLiteral("TOTAL_PASSED"));
    QVERIFY(e.detail.value(QStringLiteral("signature_report")).isObject());
    QCOMPARE(e.detail.value(QStringLiteral("signature_report")).toObject().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("TOTAL_PASSED"));
    QCOMPARE(e.detail.value(QStringLiteral("binding_id")).toInteger(), outcome->bindingId);
    QCOMPARE(e.detail.value(QStringLiteral("parent_id")).toInteger(), outcome->parentId);
    QCOMPARE(e.detail.value(QStringLiteral("account_id")).toInteger(), outcome->accountId);
    QVERIFY(e.detail.value(QStringLiteral("account_created")).toBool());
    // The ids the writes made close the stored text, the same on both databases (PostgreSQL
    // writes them in one call, cooc_record_binding_decision; SQLite statement by statement).
    QVERIFY2(e.detailText.endsWith(QStringLiteral(",\"parent_id\":%1,\"binding_id\":%2,\"account_id\":%3}")
                                       .arg(outcome->parentId)
                                       .arg(outcome->bindingId)
                                       .arg(outcome->accountId)),
             qPrintable(e.detailText));
    auto event = t->db().scalar(QStringLiteral("SELECT detail FROM binding_request_events WHERE request_id = ?"), {id});
    QVERIFY(event.ok());
    QCOMPARE(QJsonDocument::fromJson(event.value().toString().toUtf8()).object(),
             (QJsonObject{{QStringLiteral("account_created"), true},
                          {QStringLiteral("household"), QStringLiteral("MATCH")},
                          {QStringLiteral("paper_consent_checked"), false},
                          {QStringLiteral("subindication"), QString()},
                          {QStringLiteral("verdict"), QStringLiteral("TOTAL_PASSED")},
                          {QStringLiteral("parent_id"), outcome->parentId},
                          {QStringLiteral("binding_id"), outcome->bindingId}}));
    // No whole national ID anywhere in the evidence.
    QVERIFY(!QJsonDocument(e.detail).toJson().contains("A123456789"));
    auto chain = AuditLog(t->db()).verifyChain();
    QVERIFY(chain.ok());
    QCOMPARE(chain->firstBrokenId, qint64(0));

    // The history shows the decision once, with its audit entry.
    auto details = service.repository().details(id);
    QVERIFY(details.ok());
    QCOMPARE(details->history.size(), 1);
    QCOMPARE(details->history.first().kind, QStringLiteral("approved"));
    QCOMPARE(details->history.first().actorName, QStringLiteral("林老師"));
    QCOMPARE(details->history.first().auditId, e.id);
    QCOMPARE(details->decidedByName, QStringLiteral("林老師"));
}

void TestBindingApproval::secondChildReusesParentAndAccount()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 first = f.addRequest({.student = QStringLiteral("ming")});
    // The same father applies for the sister, with his e-mail in another case.
    const qint64 second = f.addRequest({.student = QStringLiteral("hua"), .email = QStringLiteral("Wang.Datong@Example.tw")});
    QVERIFY2(first && second, qPrintable(f.error));

    BindingReviewService teacher(t->db(), f.teacher801Actor(), f.clock);
    auto a = teacher.approve(first, 1);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));

    BindingReviewService office(t->db(), f.officeActorA(), f.clock);
    auto details = office.repository().details(second);
    QVERIFY(details.ok());
    QCOMPARE(details->knownParentId, a->parentId);
    QCOMPARE(details->boundChildren.size(), 1);
    QCOMPARE(details->boundChildren.first().name, QStringLiteral("王小明"));
    QCOMPARE(details->boundChildren.first().className, QStringLiteral("801"));

    auto b = office.approve(second, 1);
    QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
    QVERIFY(!b->parentCreated);
    QVERIFY(!b->accountCreated);
    QCOMPARE(b->parentId, a->parentId);
    QCOMPARE(b->accountId, a->accountId);
    QCOMPARE(count(t->db(), QStringLiteral("parents")), qint64(1));
    QCOMPARE(count(t->db(), QStringLiteral("accounts")), qint64(1));
    QCOMPARE(count(t->db(), QStringLiteral("parent_bindings")), qint64(2));

    // A third request for an already bound child is a duplicate.
    const qint64 third = f.addRequest({.student = QStringLiteral("ming")});
    auto dup = teacher.approve(third, 1);
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, Error::Code::InvalidInput);
    QVERIFY2(dup.error().message.contains(QLatin1String("already bound")), qPrintable(dup.error().message));
    QCOMPARE(requestRow(t->db(), third).status, QStringLiteral("pending"));
}

void TestBindingApproval::accountPreconditions()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    BindingReviewService teacher(t->db(), f.teacher801Actor(), f.clock);

    // No initial password hash on the request: no account can be opened.
    const qint64 noPassword = f.addRequest({.student = QStringLiteral("ming"), .initialPassword = false});
    auto refused = teacher.approve(noPassword, 1);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("initial password")), qPrintable(refused.error().message));
    VERIFY_UNCHANGED(t->db(), noPassword, "pending", 1);

    // The e-mail is another person's login already.
    auto other = t->db().insert(QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked,"
                                               " id_last4) VALUES (?, ?, ?, ?, ?)"),
                                {QStringLiteral("李大明"), QStringLiteral("shared@example.tw"),
                                 NationalId::hash(QStringLiteral("B120000005")), QStringLiteral("B12****005"),
                                 QStringLiteral("0005")});
    QVERIFY(other.ok());
    const qint64 taken = f.addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("Shared@example.tw")});
    auto clash = teacher.approve(taken, 1);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::InvalidInput);
    QVERIFY2(clash.error().message.contains(QLatin1String("already the login of another parent")),
             qPrintable(clash.error().message));
    QCOMPARE(requestRow(t->db(), taken).status, QStringLiteral("pending"));
    QCOMPARE(count(t->db(), QStringLiteral("parents")), qint64(1));
    QCOMPARE(count(t->db(), QStringLiteral("accounts")), qint64(0));
}

void TestBindingApproval::loginOfKnownParentAndOtherAccounts()
{
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    BindingReviewService teacher(t->db(), f.teacher801Actor(), f.clock);
    const auto addAccount = [&](const QString &login) {
        return t->db().insert(QStringLiteral("INSERT INTO accounts (login, kind, password_hash, created_at)"
                                             " VALUES (?, 'staff', 'x', ?)"),
                              {login, t->db().timestamp(f.clock.now())});
    };

    // A new parent whose e-mail is already some account's login (not a parent's): refused.
    QVERIFY(addAccount(QStringLiteral("busy@example.tw")).ok());
    const qint64 busy = f.addRequest({.student = QStringLiteral("ming"), .email = QStringLiteral(" BUSY@example.tw ")});
    auto refused = teacher.approve(busy, 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QVERIFY2(refused.error().message.contains(QLatin1String("login busy@example.tw is already used by another account")),
             qPrintable(refused.error().message));
    QCOMPARE(requestRow(t->db(), busy).status, QStringLiteral("pending"));
    QCOMPARE(count(t->db(), QStringLiteral("parents")), qint64(0));
    QCOMPARE(count(t->db(), QStringLiteral("accounts")), qint64(1));

    // The database itself keeps logins unique whatever their case (0017).
    QVERIFY(!addAccount(QStringLiteral("Busy@Example.TW")).ok());
    QCOMPARE(count(t->db(), QStringLiteral("accounts")), qint64(1));

    // A parent on record (same national ID) without an account: the login is the e-mail on
    // record, not the request's. Taken: refused, naming that login.
    auto known = t->db().insert(QStringLiteral("INSERT INTO parents (name, email, national_id_hash, national_id_masked,"
                                               " id_last4) VALUES (?, ?, ?, ?, ?)"),
                                {QStringLiteral("王大同"), QStringLiteral("Old.Address@example.tw"),
                                 NationalId::hash(QStringLiteral("A123456789")), QStringLiteral("A12****789"),
                                 QStringLiteral("6789")});
    QVERIFY(known.ok());
    auto blocker = addAccount(QStringLiteral("old.address@example.tw"));
    QVERIFY(blocker.ok());
    const qint64 again = f.addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("new@example.tw")});
    refused = teacher.approve(again, 1);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("login old.address@example.tw is already used")),
             qPrintable(refused.error().message));
    QCOMPARE(requestRow(t->db(), again).status, QStringLiteral("pending"));
    QCOMPARE(count(t->db(), QStringLiteral("accounts")), qint64(2));
    QCOMPARE(count(t->db(), QStringLiteral("parent_bindings")), qint64(0));

    // Free again: the known parent keeps their row and gets an account under the e-mail on record.
    QVERIFY(t->db().change(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {blocker.value()}).ok());
    auto approved = teacher.approve(again, 1);
    QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().message));
    QCOMPARE(approved->parentId, known.value());
    QVERIFY(!approved->parentCreated);
    QVERIFY(approved->accountCreated);
    auto login = t->db().scalar(QStringLiteral("SELECT login FROM accounts WHERE id = ?"), {approved->accountId});
    QVERIFY(login.ok());
    QCOMPARE(login->toString(), QStringLiteral("old.address@example.tw"));
    QCOMPARE(count(t->db(), QStringLiteral("parents")), qint64(1));
}

QTEST_GUILESS_MAIN(TestBindingApproval)
void TestBindingApproval::siblingsApprovedAtOnceShareTheParent()
{
    // A new parent applies for two children (every other round under a second e-mail address
    // for the second child); their two homeroom teachers approve at the same moment. Both
    // approvals succeed and the parent has one row and one account: on PostgreSQL both may
    // read "no such parent", and the second then meets the first's rows under their unique
    // keys (national ID, e-mail, login) and reads again; on SQLite the write lock serialises
    // them.
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const DatabaseUrl url = t->url();
    for (int round = 0; round < 12; ++round) {
        const QString email = QStringLiteral("sibling%1@example.tw").arg(round);
        const QString nationalId = NationalId::generate(9000 + quint64(round));
        const qint64 ming = f.addRequest({.student = QStringLiteral("ming"), .email = email, .nationalId = nationalId});
        const QString otherEmail = round % 2 ? email : QStringLiteral("sibling%1.again@example.tw").arg(round);
        const qint64 hua = f.addRequest({.student = QStringLiteral("hua"), .email = otherEmail, .nationalId = nationalId});
        QVERIFY2(ming && hua, qPrintable(f.error));
        const auto results = decideAtOnce(url, [&](const Database &db, int who) {
            return BindingReviewService(db, who == 0 ? f.teacher801Actor() : f.teacher802Actor(), f.clock)
                .approve(who == 0 ? ming : hua, 1);
        });
        for (const auto &r : results)
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message + QLatin1Char(' ') + r.error().detail));
        QCOMPARE(results[0].value().parentId, results[1].value().parentId);
        QCOMPARE(results[0].value().accountId, results[1].value().accountId);
        QCOMPARE(int(results[0].value().parentCreated) + int(results[1].value().parentCreated), 1);
        QCOMPARE(count(t->db(), QStringLiteral("parents WHERE email IN ('%1', '%2')").arg(email, otherEmail)), qint64(1));
        QCOMPARE(count(t->db(), QStringLiteral("accounts WHERE parent_id = %1").arg(results[0].value().parentId)),
                 qint64(1));
        QCOMPARE(count(t->db(), QStringLiteral("parent_bindings WHERE parent_id = %1").arg(results[0].value().parentId)),
                 qint64(2));
    }
}

void TestBindingApproval::endedBindingIsReactivatedOnce()
{
    // The school ended a parent's binding (custody changed, say) and the parent applies again —
    // twice, by mistake — and two reviewers approve the two requests at the same moment: the
    // binding is reactivated once, for one request; the other request stays pending with a
    // message, nothing of it written.
    COOC_TEST_DATABASE(t);
    BindingFixture f(t->db());
    QVERIFY2(f.build(), qPrintable(f.error));
    const qint64 first = f.addRequest({.student = QStringLiteral("ming")});
    auto approved = BindingReviewService(t->db(), f.teacher801Actor(), f.clock).approve(first, 1);
    QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().message));
    const qint64 binding = approved->bindingId;
    QCOMPARE(t->db()
                 .change(QStringLiteral("UPDATE parent_bindings SET status = 'revoked', ended_at = ? WHERE id = ?"),
                         {t->db().timestamp(f.clock.now()), binding})
                 .value(),
             1);
    const qint64 requests[2] = {f.addRequest({.student = QStringLiteral("ming")}),
                                f.addRequest({.student = QStringLiteral("ming")})};
    QVERIFY2(requests[0] && requests[1], qPrintable(f.error));
    const DatabaseUrl url = t->url();
    const auto results = decideAtOnce(url, [&](const Database &db, int who) {
        return BindingReviewService(db, who == 0 ? f.teacher801Actor() : f.officeActorA(), f.clock)
            .approve(requests[who], 1);
    });
    QCOMPARE(int(results[0].ok()) + int(results[1].ok()), 1);
    const int winner = results[0].ok() ? 0 : 1;
    QCOMPARE(results[winner].value().bindingId, binding);
    QVERIFY(!results[winner].value().parentCreated && !results[winner].value().accountCreated);
    // The other was told (a conflict, or "already bound" when it read after the first's commit).
    const Error &lost = results[1 - winner].error();
    QVERIFY2(lost.code == Error::Code::Conflict || lost.code == Error::Code::InvalidInput, qPrintable(lost.message));
    QCOMPARE(requestRow(t->db(), requests[1 - winner]).status, QStringLiteral("pending"));
    QCOMPARE(requestRow(t->db(), requests[winner]).status, QStringLiteral("approved"));
    auto row = t->db().exec(QStringLiteral("SELECT status, request_id, ended_at FROM parent_bindings WHERE id = ?"), {binding});
    QVERIFY(row && row.value().next());
    QCOMPARE(row.value().value(0).toString(), QStringLiteral("active"));
    QCOMPARE(row.value().value(1).toLongLong(), requests[winner]);
    QVERIFY(row.value().value(2).isNull());
    row.value().finish();
    QCOMPARE(count(t->db(), QStringLiteral("parent_bindings")), qint64(1));
}

#include "tst_binding_approval.moc"
