// The GUI in central mode, against the real PostgreSQL the test command starts: a staff
// member logs in as their own role; when the network drops, the status bar says so and the
// client reconnects by itself; when it is back, the status bar says that too.
#include "tst_central_proxy.h"
#include "tst_central_world.h"
#include "tst_ui_support.h"

#include "app/auth/passwordhasher.h"
#include "app/central/connectionmonitor.h"
#include "models/bindingqueuemodel.h"
#include "ui/connectionstate.h"
#include "ui/mainwindow.h"
#include "ui/bindings/decisionnotedialog.h"
#include "ui/pages/bindingrequestspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QLabel>
#include <QTest>

#include <array>
#include <memory>

using namespace cooc;
using namespace cooc::test;
using namespace cooc::test::central;

namespace {

// Walks the list with the reviewer's keys (next / previous) to request `id`.
bool selectRequest(ui::BindingRequestsPage *page, qint64 id)
{
    const int target = page->model()->rowOf(id);
    if (target < 0)
        return false;
    for (int i = 0; i < 50 && page->currentRequestId() != id; ++i) {
        if (page->model()->rowOf(page->currentRequestId()) < target)
            page->selectNext();
        else
            page->selectPrevious();
    }
    return page->currentRequestId() == id;
}

} // namespace

class TestUiCentral : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void statusBarFollowsTheConnection();
    void refusedLoginIsShownInPlainWords();
    void interruptedDecisionIsToldAfterReconnecting();
    void typedTextComesBackAfterAnInterruptedDecision();

private:
    DatabaseUrl loginUrl(quint16 port) const;
    // Logs `staffId` in through `port` and waits for the main window (null on failure).
    ui::MainWindow *logIn(UiHarness &h, qint64 staffId, quint16 port) const;
    // Two requests for school X's office staff, with the initial password the phone app
    // stores (approval opens the parent's account with it); {0, 0} on failure.
    std::array<qint64, 2> twoRequests(const QString &firstVerdict = QStringLiteral("TOTAL_PASSED"));
    // Office staff X logged in through `port`, on the binding review page (null on failure).
    ui::BindingRequestsPage *bindingsPageThrough(UiHarness &h, quint16 port) const;
    // A proxy to the server for `staffId`'s connection, which the test can cut.
    std::unique_ptr<CutProxy> proxyFor(qint64 staffId) const;
    QString statusOf(qint64 request) const;
    std::unique_ptr<Fixture> m_f;
    World m_w;
};

void TestUiCentral::initTestCase()
{
    m_f = Fixture::create();
    QVERIFY2(m_f->error().isEmpty(), qPrintable(m_f->error()));
    m_w = World::build(*m_f);
    QVERIFY2(m_w.error.isEmpty(), qPrintable(m_w.error));
}

void TestUiCentral::cleanupTestCase()
{
    m_f.reset();
}

DatabaseUrl TestUiCentral::loginUrl(quint16 port) const
{
    // What an administrator configures: the server, no user, no password.
    DatabaseUrl url = m_f->urlFor(m_w.roleOf.value(m_w.teacherA));
    url.user.clear();
    url.password.clear();
    url.port = port;
    url.options.insert(QStringLiteral("sslmode"), QStringLiteral("disable"));
    return url;
}

ui::MainWindow *TestUiCentral::logIn(UiHarness &h, qint64 staffId, quint16 port) const
{
    const QString role = m_w.roleOf.value(staffId);
    // The server accepts decisions stamped with the current time only (±15 minutes).
    h.clock.set(QDateTime::currentDateTimeUtc());
    h.controller->start(loginUrl(port));
    if (!QTest::qWaitFor([&] { return h.login() && h.login()->isVisible(); }, 10'000))
        return nullptr;
    typeInto(child<QLineEdit>(h.login(), "loginLineEdit"), role);
    typeInto(child<QLineEdit>(h.login(), "passwordLineEdit"), Fixture::password(role));
    QTest::mouseClick(child<QAbstractButton>(h.login(), "loginButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return h.window() && h.window()->isVisible(); }, 20'000))
        return nullptr;
    return h.window();
}

void TestUiCentral::statusBarFollowsTheConnection()
{
    const QString role = m_w.roleOf.value(m_w.teacherA);
    const auto proxy = proxyFor(m_w.teacherA);

    UiHarness h;
    h.clock.set(QDateTime::currentDateTimeUtc()); // the server takes entries dated now only (±15 min)
    h.controller->start(loginUrl(proxy->port()));
    QTRY_VERIFY(h.login() && h.login()->isVisible());
    typeInto(child<QLineEdit>(h.login(), "loginLineEdit"), role);
    typeInto(child<QLineEdit>(h.login(), "passwordLineEdit"), Fixture::password(role));
    QTest::mouseClick(child<QAbstractButton>(h.login(), "loginButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.window() && h.window()->isVisible(), 20'000);
    QWidget *window = h.window();
    QVERIFY(window);

    auto *status = child<QLabel>(window, "connectionStatusLabel");
    auto *database = child<QLabel>(window, "databaseStatusLabel");
    QVERIFY(status && database);
    QCOMPARE(status->text(), QStringLiteral("Connected"));
    QVERIFY2(database->text().endsWith(QStringLiteral("(central)")), qPrintable(database->text()));
    QVERIFY(!database->toolTip().contains(Fixture::password(role))); // never a password on screen
    ui::ConnectionState *state = h.controller->connectionState();
    QVERIFY(state && state->monitor()); // central mode has the heartbeat and the reconnect loop

    // The network goes away while the teacher is idle: the next heartbeat notices.
    proxy->goDark();
    state->monitor()->check(); // the heartbeat's tick, now rather than in 30 s
    QTRY_VERIFY_WITH_TIMEOUT(!state->isConnected(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("reconnecting"))
                                 || status->text().startsWith(QStringLiteral("Offline")),
                             10'000);
    QVERIFY2(status->toolTip().contains(QStringLiteral("what you typed is kept")), qPrintable(status->toolTip()));
    QCOMPARE(h.window(), window); // nothing closes, nothing asks to log in again
    QVERIFY(window->isVisible());

    // It comes back by itself, with backoff: no F5, no new login.
    proxy->reopen();
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Connected"), 60'000);
    QVERIFY(state->isConnected());
    auto count = h.controller->session()->db().scalar(QStringLiteral("SELECT count(*) FROM classes WHERE id = ?"),
                                                      {m_w.class801});
    QVERIFY(count.ok());
    QCOMPARE(count.value().toInt(), 1);
}

void TestUiCentral::refusedLoginIsShownInPlainWords()
{
    const QString role = m_w.roleOf.value(m_w.teacherB);
    UiHarness h;
    h.controller->start(loginUrl(quint16(m_f->urlFor(role).port)));
    QTRY_VERIFY(h.login() && h.login()->isVisible());
    typeInto(child<QLineEdit>(h.login(), "loginLineEdit"), role);
    typeInto(child<QLineEdit>(h.login(), "passwordLineEdit"), QStringLiteral("not-the-password"));
    QTest::mouseClick(child<QAbstractButton>(h.login(), "loginButton"), Qt::LeftButton);
    auto *error = child<QLabel>(h.login(), "errorLabel");
    QVERIFY(error);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), 20'000);
    // Plain words, not a driver message; the dialog stays for another try.
    QVERIFY2(!error->text().contains(QStringLiteral("FATAL")) && !error->text().contains(QStringLiteral("QPSQL")),
             qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(!h.window());
}

std::array<qint64, 2> TestUiCentral::twoRequests(const QString &firstVerdict)
{
    const qint64 first = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1, firstVerdict);
    const qint64 second = m_w.request(m_f->owner(), m_w.schoolX, m_w.s1);
    if (!m_w.error.isEmpty() || !first || !second
        || !m_f->owner()
                .exec(QStringLiteral("UPDATE binding_requests SET initial_password_hash = ? WHERE id IN (?, ?)"),
                      {PasswordHasher::hash(QStringLiteral("456789"), PasswordHasher::Cost::Bulk), first, second})
                .ok())
        return {0, 0};
    return {first, second};
}

std::unique_ptr<CutProxy> TestUiCentral::proxyFor(qint64 staffId) const
{
    const DatabaseUrl direct = m_f->urlFor(m_w.roleOf.value(staffId));
    return std::make_unique<CutProxy>(direct.host, quint16(direct.port));
}

ui::BindingRequestsPage *TestUiCentral::bindingsPageThrough(UiHarness &h, quint16 port) const
{
    ui::MainWindow *w = logIn(h, m_w.officeStaffX, port);
    if (!w)
        return nullptr;
    w->showPage(QStringLiteral("bindings"));
    auto *page = qobject_cast<ui::BindingRequestsPage *>(w->currentPage());
    if (page)
        page->refresh();
    return page;
}

QString TestUiCentral::statusOf(qint64 request) const
{
    return m_f->superuser().scalar(QStringLiteral("SELECT status FROM binding_requests WHERE id = ?"), {request}).value().toString();
}

void TestUiCentral::interruptedDecisionIsToldAfterReconnecting()
{
    // Two requests of school X that office staff may approve.
    const auto [first, second] = twoRequests();
    QVERIFY2(first && second, qPrintable(m_w.error));
    const auto proxy = proxyFor(m_w.officeStaffX);
    UiHarness h;
    ui::BindingRequestsPage *page = bindingsPageThrough(h, proxy->port());
    QVERIFY(page);
    auto *message = child<QLabel>(page, "messageLabel");
    QVERIFY(message);
    auto select = [&](qint64 id) { return selectRequest(page, id); };

    // 1. The server commits, but its answer never arrives: after reconnecting, "was saved".
    QTRY_VERIFY(select(first));
    proxy->armCutAfterCommit();
    page->approveCurrent();
    QVERIFY2(proxy->cutHappened(), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("connection was lost")), qPrintable(message->text()));
    QCOMPARE(statusOf(first), QStringLiteral("approved")); // committed on the server
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("was saved before the connection was lost")), 20'000);
    QVERIFY(message->text().contains(QStringLiteral("Approved")));

    // 2. The server is out of reach when the decision is sent: after reconnecting, "was not
    //    saved", the request unchanged, and the reviewer decides again.
    QTRY_VERIFY(select(second));
    proxy->goDark();
    page->approveCurrent();
    QVERIFY2(message->text().contains(QStringLiteral("connection was lost")), qPrintable(message->text()));
    proxy->reopen();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("was not saved")), 30'000);
    QCOMPARE(statusOf(second), QStringLiteral("pending"));
    QCOMPARE(page->currentRequestId(), second);
    page->approveCurrent();
    QTRY_COMPARE(statusOf(second), QStringLiteral("approved"));
    // Exactly one decision each: one audit entry per request.
    for (qint64 id : {first, second})
        QCOMPARE(m_f->superuser()
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'binding_request' "
                                            "AND entity_id = ? AND action = 'binding.approve'"),
                             {id})
                     .value()
                     .toInt(),
                 1);
}

void TestUiCentral::typedTextComesBackAfterAnInterruptedDecision()
{
    // What the reviewer typed for a decision that never reached the server is there again
    // when they decide again: the paper-form reason of an approval (even after the details
    // pane was emptied while offline) and the reason and explanation of a rejection.
    const auto [paper, reject] = twoRequests(QStringLiteral("INDETERMINATE")); // the first needs the paper form
    QVERIFY2(paper && reject, qPrintable(m_w.error));
    const auto proxy = proxyFor(m_w.officeStaffX);
    UiHarness h;
    ui::BindingRequestsPage *page = bindingsPageThrough(h, proxy->port());
    QVERIFY(page);
    auto *message = child<QLabel>(page, "messageLabel");
    auto *paperBox = child<QCheckBox>(page, "paperConsentCheckBox");
    auto *paperReason = child<QLineEdit>(page, "paperReasonLineEdit");
    QVERIFY(message && paperBox && paperReason);

    // 1. An approval on the paper form: typed, sent into a dead network, the pane emptied by a
    //    reload while offline; back online, "not saved" — and the form is as it was typed.
    const QString typed = QStringLiteral("家長已到校簽紙本同意書");
    QTRY_VERIFY(selectRequest(page, paper));
    paperBox->setChecked(true);
    paperReason->insert(typed); // as an input method commits it
    proxy->goDark();
    page->approveCurrent();
    QVERIFY2(message->text().contains(QStringLiteral("connection was lost")), qPrintable(message->text()));
    page->refresh(); // fails offline: the details pane cannot show the request
    proxy->reopen();
    // Said beside the request, or — the list having failed offline — above it.
    auto *notice = child<QLabel>(page, "bindingNoticeLabel");
    QVERIFY(notice);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("was not saved"))
                                 || notice->text().contains(QStringLiteral("was not saved")),
                             30'000);
    page->refresh();
    QTRY_VERIFY(selectRequest(page, paper));
    QVERIFY(paperBox->isChecked());
    QCOMPARE(paperReason->text(), typed);
    page->approveCurrent();
    QTRY_COMPARE(statusOf(paper), QStringLiteral("approved"));
    QCOMPARE(m_f->superuser()
                 .scalar(QStringLiteral("SELECT decision_note FROM binding_requests WHERE id = ?"), {paper})
                 .value()
                 .toString(),
             typed);

    // 2. A rejection: reason and explanation typed in the dialog, OK into a dead network; back
    //    online, R opens the dialog with both as they were.
    const QString explanation = QStringLiteral("戶籍資料不符，請附戶口名簿影本");
    QTRY_VERIFY(selectRequest(page, reject));
    page->rejectCurrent();
    QTRY_VERIFY(child<ui::DecisionNoteDialog>(page, "rejectDialog") && child<ui::DecisionNoteDialog>(page, "rejectDialog")->isVisible());
    auto *dialog = child<ui::DecisionNoteDialog>(page, "rejectDialog");
    auto *reason = child<QComboBox>(dialog, "reasonComboBox");
    auto *note = child<QPlainTextEdit>(dialog, "noteTextEdit");
    QVERIFY(reason && note);
    reason->setCurrentIndex(reason->findData(QStringLiteral("relationship_not_confirmed")));
    note->insertPlainText(explanation);
    proxy->goDark();
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(message->text().contains(QStringLiteral("connection was lost")));
    proxy->reopen();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("was not saved")), 30'000);
    QCOMPARE(statusOf(reject), QStringLiteral("pending"));
    QTRY_VERIFY(!child<ui::DecisionNoteDialog>(page, "rejectDialog"));
    page->rejectCurrent();
    QTRY_VERIFY(child<ui::DecisionNoteDialog>(page, "rejectDialog") && child<ui::DecisionNoteDialog>(page, "rejectDialog")->isVisible());
    dialog = child<ui::DecisionNoteDialog>(page, "rejectDialog");
    QCOMPARE(child<QComboBox>(dialog, "reasonComboBox")->currentData().toString(), QStringLiteral("relationship_not_confirmed"));
    QCOMPARE(child<QPlainTextEdit>(dialog, "noteTextEdit")->toPlainText(), explanation);
    QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
    QTRY_COMPARE(statusOf(reject), QStringLiteral("rejected"));
}

QTEST_MAIN(TestUiCentral)
#include "tst_ui_central.moc"
