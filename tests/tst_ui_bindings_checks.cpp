// The evidence on the binding-requests page, offscreen, as a reviewer uses it: S opens the
// signature details of the request on screen (Esc closes them); Verify again and Check
// household again record a new result and show it on that request — and when the reviewer
// has moved on before the answer came, the row still updates but the message goes to the
// notice line naming its request, never onto the request now on screen; "approve all
// fast-track" skips a request whose household result changed after the list was made; a
// student transferred out while their request is on screen: the refusal says so and the
// request leaves the teacher's list, and A on a student not yet placed says why without sending
// the reviewer to the paper-consent box; a grandparent's delegation letter shown as present/missing;
// the applicant's name compared with the school's record character by character.
#include "app/esign/certificateauthority.h"
#include "app/esign/consentdocument.h"
#include "app/household/householdsettings.h"
#include "models/householdresultstore.h"
#include "models/nationalid.h"
#include "support/householdtestserver.h"
#include "tst_ui_bindings_harness.h"
#include "ui/bindings/fasttrackdialog.h"
#include "ui/signaturedetailsdialog.h"
#include "ui/uifont.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>

#include <atomic>
#include <thread>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

using namespace cooc;
using namespace cooc::test;

namespace {

const QString kParentId = QStringLiteral("A123456789"); // the fixture's default applicant

ui::SignatureDetailsDialog *signatureDialog(QWidget *page)
{
    return page->findChild<ui::SignatureDetailsDialog *>();
}

// Esc closed a dialog: the page's window is the active one again (the window system does it;
// offscreen, the test does), with the focus in the list.
void backToThePage(BindingPageHarness &h)
{
    QApplication::setActiveWindow(h.page.get());
    h.view()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(h.view()));
}

// The school's e-signature trust: the shipped DEMO root as its anchor.
bool addTrustAnchor(BindingPageHarness &h)
{
    auto root = esign::demo::rootCa();
    if (!root)
        return false;
    const esign::Certificate &cert = root.value().certificate();
    return h.database->db()
        .insert(QStringLiteral("INSERT INTO esign_trust (school_id, kind, label, sha256, pem, is_demo, added_at)"
                               " VALUES (?, 'anchor', 'Test root', ?, ?, ?, ?)"),
                {h.fixture->schoolA, cert.sha256Hex(), QString::fromLatin1(cert.toPem()), false,
                 h.database->db().timestamp(h.fixture->clock.now())})
        .ok();
}

// School A answers household checks from its own registry (the demo service): the parent and
// 王小明 in one household in Taipei, 李美玲 in another.
bool useDemoHouseholdRegistry(BindingPageHarness &h)
{
    Database &db = h.database->db();
    bool ok = db.exec(QStringLiteral("UPDATE schools SET is_demo = ? WHERE id = ?"), {true, h.fixture->schoolA}).ok();
    const QList<std::pair<QString, QString>> people = {
        {kParentId, QStringLiteral("H-1")}, {NationalId::generate(1), QStringLiteral("H-1")}, // ming
        {NationalId::generate(3), QStringLiteral("H-9")},                                     // mei
    };
    for (const auto &[id, household] : people)
        ok = ok
            && db.exec(QStringLiteral("INSERT INTO household_registry (national_id_hash, household_code, city)"
                                      " VALUES (?, ?, ?)"),
                       {NationalId::hash(id), household, QStringLiteral("臺北市")})
                   .ok();
    return ok;
}

// A real e-signature on request `id`: the fixture's default applicant (王大同, ID digits 6789)
// signs `form` with a certificate of the DEMO intermediate (embedded); the school trusts the
// DEMO root and has a CRL current at the fixture's time.
bool signRequest(BindingPageHarness &h, qint64 id, const esign::ConsentDocument &form)
{
    auto ca = esign::demo::intermediateCa();
    if (!ca || !addTrustAnchor(h))
        return false;
    const QDateTime now = h.fixture->clock.now();
    const auto crl = ca->issueCrl({}, now.addSecs(-3600), now.addDays(7));
    const esign::PrivateKey key = esign::PrivateKey::generateEc("P-256");
    esign::HolderProfile holder;
    holder.commonName = QStringLiteral("王大同");
    holder.idLast4 = QStringLiteral("6789");
    holder.notBefore = now.addDays(-30);
    holder.notAfter = now.addYears(1);
    const auto cert = ca->issueHolder(holder, key);
    esign::CmsSignOptions options;
    options.extraCertificates = {ca->certificate()};
    options.signingTime = now.addSecs(-60);
    const QByteArray document = form.toCanonicalBytes();
    const auto signature = cert ? esign::signCms(document, *cert, key, options) : Result<QByteArray>(Error{});
    Database &db = h.database->db();
    return crl && signature
        && db.insert(QStringLiteral("INSERT INTO esign_trust (school_id, kind, label, sha256, pem, is_demo, added_at)"
                                    " VALUES (?, 'crl', 'Test CRL', ?, ?, ?, ?)"),
                     {h.fixture->schoolA,
                      QString::fromLatin1(QCryptographicHash::hash(crl->toDer(), QCryptographicHash::Sha256).toHex()),
                      QString::fromLatin1(crl->toPem()), false,
                      db.timestamp(now)})
               .ok()
        && db.exec(QStringLiteral("UPDATE binding_requests SET consent_document = ?, signature = ?,"
                                  " signature_format = 'cms' WHERE id = ?"),
                   {document, *signature, id})
               .ok();
}

} // namespace

class TestUiBindingsChecks : public QObject
{
    Q_OBJECT

private slots:
    void signatureDetailsKey();
    void verifyAgain();
    void checkHouseholdAgain();
    void householdAnswerRecordedOffTheGuiThread();
    void signedFormOfAnotherRequestFails();
    void cancelSlowHouseholdCheck();
    void fastTrackSkipsWhatNoLongerQualifies();
    void studentTransferredOutWhileOnScreen();
    void notPlacedIsNotAPaperMatter();
    void caregiverLetterIsShown();
    void namesComparedCharacterByCharacter();
    void compatibilityIdeographIsPointedOut_data();
    void compatibilityIdeographIsPointedOut();
};

void TestUiBindingsChecks::signatureDetailsKey()
{
    OPEN_HARNESS(h);
    const qint64 unsure = h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("m@example.tw"),
                                                 .nationalId = NationalId::generate(94),
                                                 .verdict = QStringLiteral("INDETERMINATE"),
                                                 .subindication = QStringLiteral("TRY_LATER"), .minutesAgo = 120});
    const qint64 valid = h.fixture->addRequest({.student = QStringLiteral("ming")});
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->currentRequestId(), valid);
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_S);
    QTRY_VERIFY(signatureDialog(h.page.get()) && signatureDialog(h.page.get())->isVisible());
    ui::SignatureDetailsDialog *dialog = signatureDialog(h.page.get());
    QCOMPARE(dialog->report().verdict, esign::Verdict::TotalPassed);
    QVERIFY(!child<QLabel>(dialog, "verdictLabel")->text().isEmpty());
    QCOMPARE(h.status(valid), QStringLiteral("pending")); // looking decides nothing
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!signatureDialog(h.page.get()));
    backToThePage(h);

    // The next request's own report.
    QTest::keyClick(h.view(), Qt::Key_J);
    QCOMPARE(h.page->currentRequestId(), unsure);
    QTest::keyClick(h.view(), Qt::Key_S);
    QTRY_VERIFY(signatureDialog(h.page.get()) && signatureDialog(h.page.get())->isVisible());
    dialog = signatureDialog(h.page.get());
    QCOMPARE(dialog->report().verdict, esign::Verdict::Indeterminate);
    QCOMPARE(dialog->report().subIndication, esign::SubIndication::TryLater);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!signatureDialog(h.page.get()));
    backToThePage(h);
    // The button beside the signature does the same.
    QVERIFY(press(h.page.get(), "signatureDetailsButton"));
    QTRY_VERIFY(signatureDialog(h.page.get()) && signatureDialog(h.page.get())->isVisible());
    QTest::keyClick(signatureDialog(h.page.get()), Qt::Key_Escape);
    QTRY_VERIFY(!signatureDialog(h.page.get()));
}

void TestUiBindingsChecks::verifyAgain()
{
    OPEN_HARNESS(h);
    QVERIFY(addTrustAnchor(h));
    // Both carry a damaged signature that was never verified.
    const qint64 mei = h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("m@example.tw"),
                                              .nationalId = NationalId::generate(95),
                                              .verdict = QStringLiteral("NOT_VERIFIED"), .minutesAgo = 120});
    const qint64 ming = h.fixture->addRequest({.student = QStringLiteral("ming"), .verdict = QStringLiteral("NOT_VERIFIED")});
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->currentRequestId(), ming);
    auto *button = child<QPushButton>(h.page.get(), "reverifyButton");
    auto *signature = child<QLabel>(h.page.get(), "signatureLabel");
    QVERIFY(signature->text().contains(binding::label(binding::Verdict::NotVerified)));

    // On the request on screen: the result is recorded and shown there.
    QVERIFY(press(h.page.get(), "reverifyButton"));
    QCOMPARE(button->text(), QStringLiteral("Verifying…"));
    QVERIFY(!button->isEnabled());
    // Meanwhile no decision: it would race the verification's own new version of the request.
    auto *approveButton = child<QPushButton>(h.page.get(), "approveButton");
    QAction *approve = h.page->findChild<QAction *>(QStringLiteral("approveAction"));
    QVERIFY(!approveButton->isEnabled());
    QVERIFY(!approve->isEnabled());
    QVERIFY(!h.page->findChild<QAction *>(QStringLiteral("rejectAction"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(h.message().contains(QLatin1String("verified again")), 20000);
    QVERIFY(approveButton->isEnabled());
    QVERIFY(approve->isEnabled());
    QVERIFY2(signature->text().contains(binding::label(binding::Verdict::TotalFailed)), qPrintable(signature->text()));
    QCOMPARE(h.row(ming)->verdict, binding::Verdict::TotalFailed);
    QCOMPARE(h.version(ming), 2);
    QVERIFY(button->isEnabled());
    QVERIFY(h.page->notice().isEmpty());

    // Started on 李美玲's request; the reviewer moves back to 王小明's before the answer.
    QTest::keyClick(h.view(), Qt::Key_J);
    QCOMPARE(h.page->currentRequestId(), mei);
    h.page->findChild<QAction *>(QStringLiteral("reverifyAction"))->trigger();
    QTest::keyClick(h.view(), Qt::Key_K);
    QCOMPARE(h.page->currentRequestId(), ming);
    QCOMPARE(button->text(), QStringLiteral("Verify again")); // 王小明's is not being verified
    QTRY_VERIFY_WITH_TIMEOUT(h.row(mei)->verdict == binding::Verdict::TotalFailed, 20000); // the row follows
    QCOMPARE(h.version(mei), 2);
    // The message names 李美玲's request and does not sit on 王小明's.
    QVERIFY2(h.page->notice().contains(QStringLiteral("李美玲")), qPrintable(h.page->notice()));
    QVERIFY2(h.page->notice().contains(QLatin1String("verified again")), qPrintable(h.page->notice()));
    QVERIFY2(!h.message().contains(QLatin1String("verified again")), qPrintable(h.message()));
    QVERIFY(h.student().contains(QStringLiteral("王小明")));
    QCOMPARE(h.page->currentRequestId(), ming);
}

void TestUiBindingsChecks::checkHouseholdAgain()
{
    OPEN_HARNESS(h);
    QVERIFY(useDemoHouseholdRegistry(h));
    const qint64 mei = h.fixture->addRequest({.student = QStringLiteral("mei"), .household = QStringLiteral("NOT_CHECKED"),
                                              .minutesAgo = 120});
    const qint64 ming = h.fixture->addRequest({.student = QStringLiteral("ming"), .household = QStringLiteral("NOT_CHECKED")});
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->currentRequestId(), ming);
    auto *household = child<QLabel>(h.page.get(), "householdLabel");
    auto *button = child<QPushButton>(h.page.get(), "householdRecheckButton");

    QVERIFY(press(h.page.get(), "householdRecheckButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!h.message().isEmpty(), 20000);
    QCOMPARE(h.row(ming)->household, binding::Household::Match);
    QVERIFY2(household->text().contains(binding::label(binding::Household::Match)), qPrintable(household->text()));
    QVERIFY(button->isEnabled());
    QVERIFY(h.page->notice().isEmpty());

    // Started on 李美玲's request; back on 王小明's before the answer.
    QTest::keyClick(h.view(), Qt::Key_J);
    QCOMPARE(h.page->currentRequestId(), mei);
    QVERIFY(press(h.page.get(), "householdRecheckButton"));
    QTest::keyClick(h.view(), Qt::Key_K);
    QCOMPARE(h.page->currentRequestId(), ming);
    QTRY_VERIFY_WITH_TIMEOUT(h.row(mei)->household == binding::Household::NoMatch, 20000);
    QVERIFY2(h.page->notice().contains(QStringLiteral("李美玲")), qPrintable(h.page->notice()));
    QVERIFY2(h.page->notice().contains(QLatin1String("household check")), qPrintable(h.page->notice()));
    QVERIFY2(h.message().isEmpty(), qPrintable(h.message())); // nothing about 李美玲 on 王小明's request
    QVERIFY2(household->text().contains(binding::label(binding::Household::Match)), qPrintable(household->text()));
    // Back on 李美玲's request, the new answer is there.
    QTest::keyClick(h.view(), Qt::Key_J);
    QVERIFY2(household->text().contains(binding::label(binding::Household::NoMatch)), qPrintable(household->text()));

    // The registry out of reach: the reviewer reads the outage and that the earlier answer still
    // counts (it stays on the request; an outage says nothing about the household).
    QVERIFY(h.database->db().exec(QStringLiteral("ALTER TABLE household_registry RENAME TO household_registry_away")));
    QVERIFY(press(h.page.get(), "householdRecheckButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!h.message().isEmpty(), 20000);
    QVERIFY2(h.message().contains(QLatin1String("keeps its earlier household result")), qPrintable(h.message()));
    QCOMPARE(h.row(mei)->household, binding::Household::NoMatch);
    QVERIFY2(household->text().contains(binding::label(binding::Household::NoMatch)), qPrintable(household->text()));
}

// A colleague's write holds the database for 2 s just as the answer comes: the answer is
// recorded on a pool thread, so the window keeps answering meanwhile (it froze for as long).
void TestUiBindingsChecks::householdAnswerRecordedOffTheGuiThread()
{
    OPEN_HARNESS(h);
    QVERIFY(useDemoHouseholdRegistry(h));
    const qint64 ming = h.fixture->addRequest({.student = QStringLiteral("ming"), .household = QStringLiteral("NOT_CHECKED")});
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->currentRequestId(), ming);
    const DatabaseUrl url = h.database->db().url();
    std::atomic<int> stage{0}; // 1: the colleague holds the database; 2: released
    std::thread colleague([url, &stage] {
        auto other = Database::open(url);
        auto tx = other ? Transaction::begin(*other.value()) : Result<std::unique_ptr<Transaction>>(other.error());
        if (!tx) {
            stage = -1;
            return;
        }
        stage = 1;
        QThread::msleep(2000);
        stage = tx.value()->commit() ? 2 : -1;
    });
    const auto join = qScopeGuard([&] { colleague.join(); });
    QTRY_VERIFY(stage != 0);
    QCOMPARE(stage.load(), 1);
    // The longest pause of the event loop while the answer is recorded.
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longestPause = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestPause = std::max(longestPause, sinceTick.restart());
    });
    ticker.start(20);
    QVERIFY(press(h.page.get(), "householdRecheckButton"));
    QTRY_VERIFY_WITH_TIMEOUT(h.row(ming)->household == binding::Household::Match, 20000);
    ticker.stop();
    longestPause = std::max(longestPause, sinceTick.elapsed()); // up to the end, ticks or not
    QCOMPARE(stage.load(), 2); // the answer waited for the colleague
    QVERIFY2(longestPause < 1000, qPrintable(QStringLiteral("the window stood still for %1 ms").arg(longestPause)));
}

// "Verify again" holds the signed consent form to the request it sits on: a genuine signature
// by the applicant over a form made for another child is rejected (CONTENT_MISMATCH); the
// same signature over this request's own form passes.
void TestUiBindingsChecks::signedFormOfAnotherRequestFails()
{
    OPEN_HARNESS(h);
    const qint64 ming = h.fixture->addRequest({.student = QStringLiteral("ming"), .verdict = QStringLiteral("NOT_VERIFIED")});
    const QString schoolCode = QStringLiteral("tpa");
    const auto formFor = [&](const QString &student) {
        return esign::ConsentDocument::create(QStringLiteral("REQ-7"), schoolCode, h.fixture->studentNumbers.value(student),
                                              QStringLiteral("wang.datong@example.tw"), QStringLiteral("father"),
                                              QStringLiteral("6789"));
    };
    QVERIFY(signRequest(h, ming, formFor(QStringLiteral("mei"))));
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->currentRequestId(), ming);
    QVERIFY(press(h.page.get(), "reverifyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(h.message().contains(QLatin1String("verified again")), 20000);
    QCOMPARE(h.row(ming)->verdict, binding::Verdict::TotalFailed);
    const auto sub = h.database->db().scalar(
        QStringLiteral("SELECT verification_subindication FROM binding_requests WHERE id = ?"), {ming});
    QVERIFY(sub);
    QCOMPARE(sub->toString(), QStringLiteral("CONTENT_MISMATCH"));

    // The applicant re-signs this request's own form: it passes.
    QVERIFY(h.database->db().exec(QStringLiteral("DELETE FROM esign_trust")).ok());
    QVERIFY(signRequest(h, ming, formFor(QStringLiteral("ming"))));
    h.page->refresh();
    QTRY_COMPARE(h.page->currentRequestId(), ming);
    QVERIFY(press(h.page.get(), "reverifyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(h.row(ming)->verdict == binding::Verdict::TotalPassed, 20000);
}

// The city's service answers only after 30 s (and a check may retry for minutes): the
// reviewer sees which attempt it is on, and "Cancel check" stops it at once, recording nothing.
void TestUiBindingsChecks::cancelSlowHouseholdCheck()
{
    OPEN_HARNESS(h);
    QString error;
    const auto pki = test::HouseholdTestPki::create(&error);
    QVERIFY2(pki, qPrintable(error));
    test::HouseholdTestServer server(pki->server);
    QVERIFY(server.listen());
    server.setSteps({test::HouseholdTestServer::Step::answer("MATCH", 30000)});
    HouseholdSettings settings;
    settings.baseUrl = server.baseUrl().toString();
    settings.caPem = pki->ca.toPem();
    settings.transferTimeoutMs = 60000;
    settings.attemptDeadlineMs = 60000;
    settings.maxAttempts = 2;
    Database &db = h.database->db();
    QVERIFY(HouseholdSettingsStore(db, Actor::system(), h.fixture->clock).save(h.fixture->schoolA, settings).ok());
    const CredentialStore::Key key = householdApiKeyKey(db.url(), settings.baseUrl);
    std::optional<Status> written;
    h.credentials.write(key, QStringLiteral("k-ui-test"), this, [&](const Status &st) { written = st; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 10000);
    QVERIFY(written->ok());
    const qint64 ming = h.fixture->addRequest({.student = QStringLiteral("ming"), .household = QStringLiteral("NOT_CHECKED")});
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->currentRequestId(), ming);
    auto *button = child<QPushButton>(h.page.get(), "householdRecheckButton");
    auto *progress = child<QLabel>(h.page.get(), "householdProgressLabel");
    QVERIFY(!progress->isVisible());
    // The reviewer reads on in the consent form meanwhile: the check's progress leaves it be.
    QScrollBar *consentBar = child<QPlainTextEdit>(h.page.get(), "consentTextEdit")->verticalScrollBar();
    QVERIFY(consentBar->maximum() > 0);
    consentBar->setValue(consentBar->maximum());

    // The keychain answers asynchronously: until the service is set up, a press says so.
    QElapsedTimer waited;
    waited.start();
    while (button->text() != QLatin1String("Cancel check") && waited.elapsed() < 10000) {
        QVERIFY(press(h.page.get(), "householdRecheckButton"));
        QTest::qWait(200);
    }
    QCOMPARE(button->text(), QStringLiteral("Cancel check"));
    QVERIFY(button->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 1, 10000);
    QVERIFY(progress->isVisible());
    QVERIFY2(progress->text().contains(QLatin1String("attempt 1 of 2")), qPrintable(progress->text()));
    QVERIFY2(h.message().isEmpty(), qPrintable(h.message())); // no stale "still being set up"
    QVERIFY(consentBar->value() > 0); // still at the end (the pane's new line may move the end a little)
    QCOMPARE(consentBar->value(), consentBar->maximum());

    QElapsedTimer cancelled;
    cancelled.start();
    QVERIFY(press(h.page.get(), "householdRecheckButton"));
    QTRY_COMPARE_WITH_TIMEOUT(button->text(), QStringLiteral("Check again"), 5000);
    QVERIFY2(cancelled.elapsed() < 5000, qPrintable(QString::number(cancelled.elapsed())));
    QVERIFY(!progress->isVisible());
    QVERIFY2(h.message().contains(QLatin1String("cancelled")), qPrintable(h.message()));
    QCOMPARE(h.row(ming)->household, binding::Household::NotChecked);
    const auto audited = db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                                   {QStringLiteral("binding.household_check")});
    QVERIFY(audited);
    QCOMPARE(audited->toInt(), 0);
    QCOMPARE(server.received().size(), 1); // no retry after the cancel
    std::optional<Status> removed;
    h.credentials.remove(key, this, [&](const Status &st) { removed = st; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
}

void TestUiBindingsChecks::fastTrackSkipsWhatNoLongerQualifies()
{
    OPEN_HARNESS(h);
    const qint64 ming = h.fixture->addRequest({.student = QStringLiteral("ming"), .minutesAgo = 120});
    const qint64 mei = h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("m@example.tw"),
                                              .nationalId = NationalId::generate(96)});
    h.open(h.fixture->officeActorA());
    QTest::mouseClick(child<QPushButton>(h.page.get(), "fastTrackButton"), Qt::LeftButton);
    QTRY_VERIFY(child<ui::FastTrackDialog>(h.page.get(), "fastTrackDialog"));
    auto *dialog = child<ui::FastTrackDialog>(h.page.get(), "fastTrackDialog");
    auto *list = child<QListWidget>(dialog, "requestsListWidget");
    QCOMPARE(list->count(), 2);

    // While the confirmation is open, a colleague's household check of 李美玲's request answers
    // NO_MATCH (a result does not change the request's version).
    const QDateTime now = h.fixture->clock.now();
    const HouseholdResultStore store(h.database->db());
    const Actor office = h.fixture->officeActorA();
    auto recorded = store.record(office, store.subjects(office, mei).value(), QStringLiteral("NO_MATCH"), now, {}, now);
    QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message));
    QCOMPARE(h.version(mei), 1);

    QVERIFY(press(dialog, "approveAllButton"));
    QTRY_VERIFY(child<QPushButton>(dialog, "closeButton")->isVisible());
    QCOMPARE(dialog->approvedCount(), 1);
    QCOMPARE(dialog->skippedCount(), 1);
    QCOMPARE(dialog->failedCount(), 0);
    QCOMPARE(h.status(ming), QStringLiteral("approved"));
    QCOMPARE(h.status(mei), QStringLiteral("pending"));
    const QString intro = child<QLabel>(dialog, "introLabel")->text();
    QVERIFY2(intro.contains(QLatin1String("1 request(s) approved")) || intro.contains(QLatin1String("1 request approved")),
             qPrintable(intro));
    QVERIFY2(intro.contains(QLatin1String("skipped")), qPrintable(intro));
    QString meiLine;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(QStringLiteral("李美玲")))
            meiLine = list->item(i)->text();
    }
    QVERIFY2(meiLine.contains(QLatin1String("skipped")) && meiLine.contains(QLatin1String("household check")),
             qPrintable(meiLine));
    QVERIFY(press(dialog, "closeButton"));
    QTRY_COMPARE(h.page->model()->rowCount(), 1);
    QCOMPARE(h.page->currentRequestId(), mei);
}

void TestUiBindingsChecks::studentTransferredOutWhileOnScreen()
{
    // 林老師 has 王小明's request on screen when the school records his transfer. A is refused
    // with the reason, and the page shows the queue as it now is: his request has left her
    // list, she is on the next one, and the notice line names the request the refusal is about.
    OPEN_HARNESS(h);
    const qint64 mei = h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("m@example.tw"),
                                              .nationalId = NationalId::generate(95), .minutesAgo = 120});
    const qint64 ming = h.fixture->addRequest({.student = QStringLiteral("ming")});
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->currentRequestId(), ming);
    QVERIFY(h.database->db()
                .change(QStringLiteral("UPDATE enrollments SET status = 'transferred_out', end_date = ? WHERE student_id = ?"),
                        {QStringLiteral("2026-11-27"), h.fixture->students.value(QStringLiteral("ming"))})
                .ok());
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_A);
    QCOMPARE(h.status(ming), QStringLiteral("pending"));
    QCOMPARE(h.page->model()->rowOf(ming), -1);
    QCOMPARE(h.page->currentRequestId(), mei);
    QVERIFY(h.student().contains(QStringLiteral("李美玲")));
    const QString notice = h.page->notice();
    QVERIFY2(notice.contains(QStringLiteral("王小明 transferred out of this school on 2026/11/27")), qPrintable(notice));
    QVERIFY(h.message().isEmpty()); // not on 李美玲's request
    QCOMPARE(h.page->pendingCount(), 1);
}

void TestUiBindingsChecks::caregiverLetterIsShown()
{
    // A grandparent binds with the parent's delegation letter, like a delegated caregiver: the
    // pane says whether it is there, and without it A is refused with the reason.
    OPEN_HARNESS(h);
    const qint64 with = h.fixture->addRequest({.student = QStringLiteral("rare"), .applicantName = QStringLiteral("林阿嬤"),
                                               .email = QStringLiteral("grandma@example.tw"),
                                               .nationalId = QStringLiteral("F231104090"),
                                               .relationship = QStringLiteral("grandparent"),
                                               .delegationDocument = true, .minutesAgo = 120});
    const qint64 without = h.fixture->addRequest({.student = QStringLiteral("rare"), .applicantName = QStringLiteral("林阿嬤"),
                                                  .email = QStringLiteral("grandma@example.tw"),
                                                  .nationalId = QStringLiteral("F231104090"),
                                                  .relationship = QStringLiteral("grandparent")});
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->currentRequestId(), without);
    auto *applicant = child<QLabel>(h.page.get(), "applicantLabel");
    QVERIFY2(applicant->text().contains(QLatin1String("delegation letter is missing")), qPrintable(applicant->text()));
    QVERIFY2(child<QLabel>(h.page.get(), "approvalHintLabel")->text().contains(QLatin1String("delegation letter")),
             qPrintable(child<QLabel>(h.page.get(), "approvalHintLabel")->text()));
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_A);
    QCOMPARE(h.status(without), QStringLiteral("pending"));
    QVERIFY2(h.message().contains(QLatin1String("delegation letter")), qPrintable(h.message()));

    QTest::keyClick(h.view(), Qt::Key_J);
    QCOMPARE(h.page->currentRequestId(), with);
    QVERIFY2(applicant->text().contains(QLatin1String("delegation letter signed by the parent attached")),
             qPrintable(applicant->text()));
    QVERIFY(child<QLabel>(h.page.get(), "approvalHintLabel")->text().isEmpty());
}

void TestUiBindingsChecks::namesComparedCharacterByCharacter()
{
    OPEN_HARNESS(h);
    // The school's record says 林𠀋文 (U+2000B); the applicant typed 林丈文 (U+4E08).
    h.fixture->addRequest({.student = QStringLiteral("rare"), .applicantName = QStringLiteral("林丈文"),
                           .email = QStringLiteral("lin@example.tw"), .nationalId = QStringLiteral("F131104093"),
                           .relationship = QStringLiteral("guardian")});
    h.open(h.fixture->teacher801Actor());
    const QString table = child<QLabel>(h.page.get(), "nameComparisonLabel")->text();
    // Exactly the differing character is highlighted on each side, the rare one whole.
    QVERIFY2(table.contains(QStringLiteral("class=\"diff\"")), qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral(">丈</span>")), qPrintable(table));
    QVERIFY2(table.contains(QString::fromUtf8(">\xF0\xA0\x80\x8B</span>")), qPrintable(table));
    QVERIFY(!table.contains(QStringLiteral(">林</span>")));
    QVERIFY(table.contains(QLatin1String("same person")));
    QVERIFY(child<QLabel>(h.page.get(), "applicantLabel")->text().contains(QLatin1String("Legal guardian")));
    QVERIFY(!table.contains(QLatin1String("different character code")));
}

void TestUiBindingsChecks::compatibilityIdeographIsPointedOut_data()
{
    QTest::addColumn<QString>("applicantName");
    QTest::addColumn<bool>("nameDiffers");
    // 林 typed as its compatibility form U+F9F4; the record says 林𠀋文.
    QTest::newRow("otherwise the same") << QString::fromUtf8("\xEF\xA7\xB4\xF0\xA0\x80\x8B\xE6\x96\x87") << false;
    QTest::newRow("another character differs too") << QString::fromUtf8("\xEF\xA7\xB4\xE4\xB8\x88\xE6\x96\x87") << true;
}

void TestUiBindingsChecks::compatibilityIdeographIsPointedOut()
{
    // Compared as its normal form (林 = 林: nothing highlighted for it), but the reviewer is
    // told a character is stored with another code.
    QFETCH(QString, applicantName);
    QFETCH(bool, nameDiffers);
    OPEN_HARNESS(h);
    h.fixture->addRequest({.student = QStringLiteral("rare"), .applicantName = applicantName,
                           .email = QStringLiteral("lin@example.tw"), .nationalId = QStringLiteral("F131104093"),
                           .relationship = QStringLiteral("guardian")});
    h.open(h.fixture->teacher801Actor());
    const QString table = child<QLabel>(h.page.get(), "nameComparisonLabel")->text();
    const qsizetype nameRow = table.indexOf(QLatin1String(">Name</td>"));
    const QString name = table.mid(nameRow, table.indexOf(QLatin1String("Relationship"), nameRow) - nameRow);
    QVERIFY(nameRow > 0);
    QCOMPARE(name.contains(QStringLiteral("class=\"diff\"")), nameDiffers);
    QVERIFY2(!name.contains(QStringLiteral(">林</span>")), qPrintable(name)); // 林 itself is not a difference
    QVERIFY2(table.contains(QLatin1String("different character code")), qPrintable(table));
}

// A student not yet placed in a class cannot be approved, whatever the paper form says: A
// explains it, and the focus stays in the list instead of jumping to the paper-consent box.
void TestUiBindingsChecks::notPlacedIsNotAPaperMatter()
{
    OPEN_HARNESS(h);
    const qint64 id = h.fixture->addRequest({.student = QStringLiteral("hao"), .verdict = QStringLiteral("INDETERMINATE"),
                                             .subindication = QStringLiteral("TRY_LATER")});
    h.open(h.fixture->officeActorA());
    QCOMPARE(h.page->currentRequestId(), id);
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_A);
    QCOMPARE(h.status(id), QStringLiteral("pending"));
    QVERIFY2(h.message().contains(QLatin1String("not yet been placed in a class")), qPrintable(h.message()));
    QCOMPARE(QApplication::focusWidget(), h.view());
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cooc-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_bindings_checks"));
    ui::useTraditionalChineseFont();
    TestUiBindingsChecks test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_bindings_checks.moc"
