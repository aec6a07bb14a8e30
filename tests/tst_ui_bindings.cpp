// The binding-requests page, offscreen, driven by the keyboard as a reviewer would: A approves
// and moves on to the next request, J/K and ↓/↑ move, R asks the reason (and will not reject
// without one), I asks what is missing, the paper-consent route for a signature that is not
// valid, search as you type, and "approve all fast-track" with its confirmation, progress
// and Cancel. With COOC_SCREENSHOTS=<folder> it also saves binding-queue.png there.
#include "app/auth/authservice.h"
#include "app/auth/credentialstore.h"
#include "app/session.h"
#include "app/settings.h"
#include "models/auditlog.h"
#include "models/bindingqueuemodel.h"
#include "models/nationalid.h"
#include "support/bindingfixture.h"
#include "support/testdatabase.h"
#include "tst_ui_support.h"
#include "ui/bindings/bindingdetailswidget.h"
#include "ui/bindings/decisionnotedialog.h"
#include "ui/bindings/fasttrackdialog.h"
#include "ui/connectionstate.h"
#include "ui/pagecontext.h"
#include "ui/pages/bindingrequestspage.h"
#include "ui/uifont.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cooc;
using namespace cooc::test;

namespace {

// The page with every service a page gets, on a fresh SQLite database with the fixture school.
struct Harness
{
    std::unique_ptr<TestDatabase> database = TestDatabase::create(Dialect::Sqlite);
    QTemporaryDir dir;
    std::unique_ptr<BindingFixture> fixture;
    std::unique_ptr<Settings> settings = std::make_unique<Settings>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
    FixedClock clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone(8 * 3600))};
    AuthService auth{clock};
    CredentialStore credentials{QStringLiteral("CooC Desk binding UI tests ")
                                + QString::number(QCoreApplication::applicationPid())};
    RecordingPrompter prompter;
    ui::UiLanguage language{*settings};
    ui::ConnectionState connection;
    Session session;
    std::unique_ptr<ui::PageContext> context;
    std::unique_ptr<ui::BindingRequestsPage> page;

    bool build()
    {
        if (!database || !database->error().isEmpty())
            return false;
        fixture = std::make_unique<BindingFixture>(database->db());
        return fixture->build();
    }

    void open(const Actor &actor)
    {
        session.database = database->openAnother();
        session.actor = actor;
        session.login = actor.login;
        context.reset(new ui::PageContext{session, auth, *settings, fixture->clock, prompter, language, credentials,
                                          connection});
        page = std::make_unique<ui::BindingRequestsPage>(*context);
        page->resize(1200, 720);
        page->show();
        QApplication::setActiveWindow(page.get());
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning("the page window did not become active");
        page->activated();
    }

    QString status(qint64 id) const
    {
        auto v = database->db().scalar(QStringLiteral("SELECT status FROM binding_requests WHERE id = ?"), {id});
        return v ? v->toString() : QString();
    }
    QTableView *view() const { return child<QTableView>(page.get(), "queueTableView"); }
    QString message() const { return child<QLabel>(page.get(), "messageLabel")->text(); }
    ui::DecisionNoteDialog *noteDialog(const char *name) const
    {
        return child<ui::DecisionNoteDialog>(page.get(), name);
    }
};

// Clicks an enabled button found by name; false when there is none.
bool press(QObject *parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    if (button == nullptr || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

#define OPEN_HARNESS(h)                                                                                              \
    Harness h;                                                                                                       \
    QVERIFY2(h.build(), qPrintable(h.fixture ? h.fixture->error : QStringLiteral("no database")))

} // namespace

class TestUiBindings : public QObject
{
    Q_OBJECT

private slots:
    void approveWithKeyMovesToNext();
    void nextAndPreviousKeys();
    void rejectAsksForReason();
    void askForInformation();
    void paperConsentRoute();
    void searchAsYouType();
    void namesComparedCharacterByCharacter();
    void fastTrackConfirmationAndProgress();
    void fastTrackCancel();
    void screenshot();
};

void TestUiBindings::approveWithKeyMovesToNext()
{
    OPEN_HARNESS(h);
    const qint64 ming = h.fixture->addRequest({.student = QStringLiteral("ming")});
    const qint64 mei = h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("lee@example.tw"),
                                              .nationalId = NationalId::generate(61)});
    const qint64 rare = h.fixture->addRequest({.student = QStringLiteral("rare"), .email = QStringLiteral("lin@example.tw"),
                                               .nationalId = NationalId::generate(62)});
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->pendingCount(), 3);
    QCOMPARE(h.page->model()->rowCount(), 3);
    QCOMPARE(h.page->currentRequestId(), rare); // newest first, selected at once
    QSignalSpy counts(h.page.get(), &ui::Page::pendingCountChanged);

    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_A);
    QCOMPARE(h.status(rare), QStringLiteral("approved"));
    QCOMPARE(h.page->model()->rowCount(), 2);
    QCOMPARE(h.page->currentRequestId(), mei); // moved on by itself
    QVERIFY2(h.message().contains(QLatin1String("Approved")), qPrintable(h.message()));
    QCOMPARE(h.page->pendingCount(), 2);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.first().first().toInt(), 2);

    QTest::keyClick(h.view(), Qt::Key_A);
    QCOMPARE(h.status(mei), QStringLiteral("approved"));
    QCOMPARE(h.page->currentRequestId(), ming);
    QTest::keyClick(h.view(), Qt::Key_A);
    QCOMPARE(h.status(ming), QStringLiteral("approved"));
    QCOMPARE(h.page->model()->rowCount(), 0);
    QVERIFY(child<QWidget>(h.page.get(), "queueEmptyState")->isVisible());
    auto audit = AuditLog(h.database->db()).page(AuditLog::Scope{h.fixture->schoolA}, 0, 10);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 3);
}

void TestUiBindings::nextAndPreviousKeys()
{
    OPEN_HARNESS(h);
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids.prepend(h.fixture->addRequest({.student = QStringLiteral("ming"), .email = QStringLiteral("n%1@example.tw").arg(i),
                                           .nationalId = NationalId::generate(70 + quint64(i))}));
    h.open(h.fixture->officeActorA());
    QCOMPARE(h.page->currentRequestId(), ids.at(0));
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_J);
    QCOMPARE(h.page->currentRequestId(), ids.at(1));
    QTest::keyClick(h.view(), Qt::Key_Down);
    QCOMPARE(h.page->currentRequestId(), ids.at(2));
    QTest::keyClick(h.view(), Qt::Key_K);
    QCOMPARE(h.page->currentRequestId(), ids.at(1));
    QTest::keyClick(h.view(), Qt::Key_Up);
    QCOMPARE(h.page->currentRequestId(), ids.at(0));
    QTest::keyClick(h.view(), Qt::Key_K); // stays on the first
    QCOMPARE(h.page->currentRequestId(), ids.at(0));
    // The details follow the selection.
    QVERIFY(child<QLabel>(h.page.get(), "studentLabel")->text().contains(QStringLiteral("王小明")));
}

void TestUiBindings::rejectAsksForReason()
{
    OPEN_HARNESS(h);
    const qint64 next = h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("m@example.tw"),
                                               .nationalId = NationalId::generate(81), .minutesAgo = 120});
    const qint64 id = h.fixture->addRequest({.student = QStringLiteral("ming"), .household = QStringLiteral("NO_MATCH")});
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->currentRequestId(), id);
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_R);
    QTRY_VERIFY(h.noteDialog("rejectDialog") && h.noteDialog("rejectDialog")->isVisible());
    ui::DecisionNoteDialog *dialog = h.noteDialog("rejectDialog");
    auto *ok = child<QPushButton>(dialog, "okButton");
    auto *reason = child<QComboBox>(dialog, "reasonComboBox");
    auto *note = child<QPlainTextEdit>(dialog, "noteTextEdit");
    QVERIFY(ok && reason && note);
    QVERIFY(!ok->isEnabled()); // nothing chosen
    // A valid signature is not "invalid": that reason is not offered.
    QCOMPARE(reason->findData(QStringLiteral("signature_invalid")), -1);
    reason->setCurrentIndex(reason->findData(QStringLiteral("relationship_not_confirmed")));
    QVERIFY(!ok->isEnabled()); // the explanation is missing
    QVERIFY(child<QLabel>(dialog, "hintLabel")->text().contains(QLatin1String("Explain")));
    QTest::keyClicks(note, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // blanks are not an explanation
    note->insertPlainText(QStringLiteral("戶籍資料不符，請附戶口名簿")); // as an input method commits it
    QVERIFY(ok->isEnabled());
    QCOMPARE(h.status(id), QStringLiteral("pending")); // nothing until OK
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(h.status(id), QStringLiteral("rejected"));
    QCOMPARE(h.page->currentRequestId(), next);

    // Cancel changes nothing.
    QTest::keyClick(h.view(), Qt::Key_R);
    QTRY_VERIFY(h.noteDialog("rejectDialog") && h.noteDialog("rejectDialog")->isVisible());
    QTest::keyClick(h.noteDialog("rejectDialog"), Qt::Key_Escape);
    QTRY_VERIFY(!h.noteDialog("rejectDialog"));
    QCOMPARE(h.status(next), QStringLiteral("pending"));
}

void TestUiBindings::askForInformation()
{
    OPEN_HARNESS(h);
    const qint64 id = h.fixture->addRequest({.student = QStringLiteral("rare"), .relationship = QStringLiteral("delegate")});
    h.open(h.fixture->teacher801Actor());
    // A delegate without the letter: the hint says so, and A does not approve.
    QVERIFY(child<QLabel>(h.page.get(), "approvalHintLabel")->text().contains(QLatin1String("delegation letter")));
    QVERIFY(child<QLabel>(h.page.get(), "applicantLabel")->text().contains(QLatin1String("Delegated caregiver")));
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_A);
    QCOMPARE(h.status(id), QStringLiteral("pending"));
    QVERIFY2(h.message().contains(QLatin1String("delegation letter")), qPrintable(h.message()));

    QTest::keyClick(h.view(), Qt::Key_I);
    QTRY_VERIFY(h.noteDialog("infoRequestDialog") && h.noteDialog("infoRequestDialog")->isVisible());
    ui::DecisionNoteDialog *dialog = h.noteDialog("infoRequestDialog");
    QVERIFY(child<QComboBox>(dialog, "reasonComboBox")->isHidden());
    auto *ok = child<QPushButton>(dialog, "okButton");
    QVERIFY(!ok->isEnabled());
    child<QPlainTextEdit>(dialog, "noteTextEdit")->insertPlainText(QStringLiteral("請上傳家長簽署之委託書"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(h.status(id), QStringLiteral("info_requested"));
    QCOMPARE(h.page->model()->rowCount(), 0); // the pending list is empty now
}

void TestUiBindings::paperConsentRoute()
{
    OPEN_HARNESS(h);
    const qint64 id = h.fixture->addRequest({.student = QStringLiteral("ming"), .verdict = QStringLiteral("INDETERMINATE"),
                                             .subindication = QStringLiteral("TRY_LATER")});
    h.open(h.fixture->teacher801Actor());
    auto *paper = child<QCheckBox>(h.page.get(), "paperConsentCheckBox");
    auto *reason = child<QLineEdit>(h.page.get(), "paperReasonLineEdit");
    QVERIFY(paper->isVisible());
    QVERIFY(child<QLabel>(h.page.get(), "signatureLabel")->text().contains(QLatin1String("not a reason to reject")));
    QVERIFY(child<QPushButton>(h.page.get(), "reverifyButton")->isVisible());
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_A);
    QCOMPARE(h.status(id), QStringLiteral("pending"));
    QVERIFY2(h.message().contains(QLatin1String("could not be confirmed")), qPrintable(h.message()));
    QCOMPARE(QApplication::focusWidget(), paper); // the reviewer lands where the fix is

    QTest::keyClick(paper, Qt::Key_Space);
    QVERIFY(paper->isChecked());
    QVERIFY(reason->isEnabled());
    reason->insert(QStringLiteral("已核對紙本同意書")); // as an input method commits it
    // In the reason field, A is a letter, not "approve".
    QTest::keyClick(reason, Qt::Key_A);
    QCOMPARE(h.status(id), QStringLiteral("pending"));
    QCOMPARE(reason->text(), QStringLiteral("已核對紙本同意書a"));
    QTest::keyClick(h.view(), Qt::Key_A);
    QCOMPARE(h.status(id), QStringLiteral("approved"));
    auto paperFlag = h.database->db().scalar(QStringLiteral("SELECT paper_consent_checked FROM binding_requests WHERE id = ?"),
                                             {id});
    QVERIFY(paperFlag.ok() && paperFlag->toBool());
}

void TestUiBindings::searchAsYouType()
{
    OPEN_HARNESS(h);
    h.fixture->addRequest({.student = QStringLiteral("ming")});
    h.fixture->addRequest({.student = QStringLiteral("hua"), .email = QStringLiteral("h@example.tw"),
                           .nationalId = NationalId::generate(91)});
    h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("m@example.tw"),
                           .nationalId = NationalId::generate(92)});
    h.open(h.fixture->officeActorA());
    QCOMPARE(h.page->model()->rowCount(), 3);
    h.page->focusSearch(); // Ctrl+F
    auto *search = child<QLineEdit>(h.page.get(), "searchLineEdit");
    QCOMPARE(QApplication::focusWidget(), search);
    search->insert(QStringLiteral("王小")); // as an input method commits it
    QCOMPARE(h.page->model()->rowCount(), 3); // debounced: not yet
    QTRY_COMPARE(h.page->model()->rowCount(), 2);
    // Letters typed in the search field are text, not decisions.
    QTest::keyClicks(search, QStringLiteral("a"));
    QTRY_COMPARE(h.page->model()->rowCount(), 0);
    QVERIFY(child<QWidget>(h.page.get(), "queueEmptyState")->isVisible());
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_COMPARE(h.page->model()->rowCount(), 2);
    // A filter drop-down.
    auto *classes = child<QComboBox>(h.page.get(), "classComboBox");
    search->clear();
    QTRY_COMPARE(h.page->model()->rowCount(), 3);
    classes->setCurrentIndex(classes->findData(h.fixture->class802));
    emit classes->activated(classes->currentIndex());
    QCOMPARE(h.page->model()->rowCount(), 1);
    QCOMPARE(h.page->model()->index(0, BindingQueueModel::StudentColumn).data().toString(), QStringLiteral("王小華"));
}

void TestUiBindings::namesComparedCharacterByCharacter()
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
}

void TestUiBindings::fastTrackConfirmationAndProgress()
{
    OPEN_HARNESS(h);
    const qint64 a = h.fixture->addRequest({.student = QStringLiteral("ming")});
    const qint64 b = h.fixture->addRequest({.student = QStringLiteral("hua")}); // same father, second child
    const qint64 notFast = h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("x@example.tw"),
                                                  .nationalId = NationalId::generate(99),
                                                  .household = QStringLiteral("NO_MATCH")});
    h.open(h.fixture->officeActorA());
    auto *button = child<QPushButton>(h.page.get(), "fastTrackButton");
    QVERIFY(button->isEnabled());
    QVERIFY2(button->text().contains(QLatin1String("(2)")), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(child<ui::FastTrackDialog>(h.page.get(), "fastTrackDialog"));
    auto *dialog = child<ui::FastTrackDialog>(h.page.get(), "fastTrackDialog");
    auto *list = child<QListWidget>(dialog, "requestsListWidget");
    QCOMPARE(list->count(), 2); // the confirmation lists them
    QVERIFY(list->item(0)->text().contains(QStringLiteral("王小明")));
    QCOMPARE(h.status(a), QStringLiteral("pending")); // nothing before "Approve all"
    QVERIFY(press(dialog, "approveAllButton"));
    QVERIFY(dialog->isRunning() || child<QPushButton>(dialog, "closeButton")->isVisible());
    QTRY_VERIFY(child<QPushButton>(dialog, "closeButton")->isVisible());
    QCOMPARE(dialog->approvedCount(), 2);
    QCOMPARE(child<QProgressBar>(dialog, "progressBar")->value(), 2);
    QVERIFY(list->item(0)->text().contains(QLatin1String("approved")));
    QCOMPARE(h.status(a), QStringLiteral("approved"));
    QCOMPARE(h.status(b), QStringLiteral("approved"));
    QCOMPARE(h.status(notFast), QStringLiteral("pending"));
    // Each on its own, audited; one account for the two children.
    auto audit = AuditLog(h.database->db()).page(AuditLog::Scope{h.fixture->schoolA}, 0, 10);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 2);
    QCOMPARE(h.database->db().scalar(QStringLiteral("SELECT COUNT(*) FROM accounts"))->toInt(), 1);
    QVERIFY(press(dialog, "closeButton"));
    QTRY_COMPARE(h.page->model()->rowCount(), 1); // the page reloaded
    QCOMPARE(h.page->pendingCount(), 1);
}

void TestUiBindings::fastTrackCancel()
{
    OPEN_HARNESS(h);
    const int n = 150;
    for (int i = 0; i < n; ++i)
        h.fixture->addRequest({.student = i % 2 ? QStringLiteral("ming") : QStringLiteral("mei"),
                               .email = QStringLiteral("f%1@example.tw").arg(i),
                               .nationalId = NationalId::generate(5000 + quint64(i))});
    h.open(h.fixture->officeActorA());
    QTest::mouseClick(child<QPushButton>(h.page.get(), "fastTrackButton"), Qt::LeftButton);
    QTRY_VERIFY(child<ui::FastTrackDialog>(h.page.get(), "fastTrackDialog"));
    auto *dialog = child<ui::FastTrackDialog>(h.page.get(), "fastTrackDialog");
    QCOMPARE(child<QListWidget>(dialog, "requestsListWidget")->count(), n);
    QVERIFY(press(dialog, "approveAllButton"));
    QVERIFY(dialog->isRunning());
    QTest::keyClick(dialog, Qt::Key_Escape); // Cancel: stops before the next request
    QVERIFY(dialog->isVisible()); // stays to show what was done
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, "closeButton")->isVisible(), 30000);
    QVERIFY2(child<QLabel>(dialog, "introLabel")->text().contains(QLatin1String("Cancelled")),
             qPrintable(child<QLabel>(dialog, "introLabel")->text()));
    const int approved = h.database->db()
                             .scalar(QStringLiteral("SELECT COUNT(*) FROM binding_requests WHERE status = 'approved'"))
                             ->toInt();
    QCOMPARE(approved, dialog->approvedCount());
    QVERIFY2(approved < n, qPrintable(QString::number(approved)));
    // What was decided is decided whole: one audit entry and one binding each.
    QCOMPARE(AuditLog(h.database->db()).verifyChain()->checked, qint64(approved));
    QCOMPARE(h.database->db().scalar(QStringLiteral("SELECT COUNT(*) FROM parent_bindings"))->toInt(), approved);
}

void TestUiBindings::screenshot()
{
    const QString folder = qEnvironmentVariable("COOC_SCREENSHOTS");
    OPEN_HARNESS(h);
    BindingFixture &f = *h.fixture;
    f.addRequest({.student = QStringLiteral("mei"), .applicantName = QStringLiteral("李志明"),
                  .email = QStringLiteral("lee.cm@example.tw"), .nationalId = NationalId::generate(201),
                  .verdict = QStringLiteral("TOTAL_FAILED"), .subindication = QStringLiteral("REVOKED"),
                  .household = QStringLiteral("NO_MATCH"), .minutesAgo = 60 * 74});
    f.addRequest({.student = QStringLiteral("mei"), .applicantName = QStringLiteral("張淑芬"),
                  .email = QStringLiteral("chang.sf@example.tw"), .nationalId = NationalId::generate(202),
                  .relationship = QStringLiteral("mother"), .verdict = QStringLiteral("INDETERMINATE"),
                  .subindication = QStringLiteral("TRY_LATER"), .household = QStringLiteral("UNAVAILABLE"),
                  .minutesAgo = 60 * 26});
    f.addRequest({.student = QStringLiteral("ming"), .minutesAgo = 60 * 20});
    f.addRequest({.student = QStringLiteral("rare"), .applicantName = QStringLiteral("林阿嬤"),
                  .email = QStringLiteral("lin.grandma@example.tw"), .nationalId = NationalId::generate(203),
                  .relationship = QStringLiteral("delegate"), .household = QStringLiteral("NOT_REGISTERED_IN_TAIPEI"),
                  .delegationDocument = true, .minutesAgo = 300});
    f.addRequest({.student = QStringLiteral("rare"), .applicantName = QStringLiteral("林丈文"),
                  .email = QStringLiteral("lin.jw@example.tw"), .nationalId = QStringLiteral("F131104093"),
                  .relationship = QStringLiteral("guardian"), .minutesAgo = 45});
    h.open(f.teacher801Actor());
    h.page->resize(1280, 760);
    QApplication::processEvents();
    const QImage image = h.page->grab().toImage();
    QVERIFY(!image.isNull());
    if (folder.isEmpty())
        return; // the committed screenshot is made by hand with COOC_SCREENSHOTS=docs/screenshots
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(image.save(QDir(folder).filePath(QStringLiteral("binding-queue.png"))));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cooc-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_bindings"));
    ui::useTraditionalChineseFont();
    TestUiBindings test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_bindings.moc"
