// The binding-requests page, offscreen, driven by the keyboard as a reviewer would: A approves
// and moves on to the next request, J/K and ↓/↑ move, R asks the reason (and will not reject
// without one), I asks what is missing, the paper-consent route for a signature that is not
// valid, search as you type, "waiting for me" by default, the order by header and drop-down,
// a colleague deciding first, the counts following the data (not the filter), the keys in the
// main window's Review menu, and "approve all fast-track" with its confirmation, batch limit,
// progress and Cancel. The re-checks, the signature details and the name comparison are in
// tst_ui_bindings_checks.
// With COOC_SCREENSHOTS=<folder> it also saves binding-queue.png there.
#include "models/auditlog.h"
#include "models/bindingqueuemodel.h"
#include "models/nationalid.h"
#include "tst_ui_bindings_harness.h"
#include "ui/bindings/bindingdetailswidget.h"
#include "ui/bindings/decisionnotedialog.h"
#include "ui/bindings/fasttrackdialog.h"
#include "ui/mainwindow.h"
#include "ui/uifont.h"
#include "ui/uilanguage.h"
#include "ui/widgets/sidebardelegate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cooc;
using namespace cooc::test;

namespace {

// The main window, shown and active, on its binding-requests page (as the application opens
// it); null when it could not get there.
ui::BindingRequestsPage *showBindingsIn(ui::MainWindow &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window) || !window.showPage(QStringLiteral("bindings")))
        return nullptr;
    return qobject_cast<ui::BindingRequestsPage *>(window.currentPage());
}

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
    void fastTrackConfirmationAndProgress();
    void fastTrackCancel();
    void colleagueDecidedFirst();
    void waitingForMeIncludesInfoRequested();
    void sortByHeaderAndDropDown();
    void countsFollowTheDataNotTheFilter();
    void fastTrackBatchOfExactly500();
    void reviewMenuShowsTheKeys();
    void approvalNamesTheLoginOpened();
    void sidebarBadgeFollowsDecisions();
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
    // The last one's confirmation, with no details pane left to show it in: on the notice line.
    QVERIFY2(h.page->notice().contains(QLatin1String("Approved")), qPrintable(h.page->notice()));
    QVERIFY2(h.page->notice().contains(QStringLiteral("王小明")), qPrintable(h.page->notice()));
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
    // It still waits (for the parent's answer, then for a decision): it stays in the list,
    // 待補件, and cannot be returned a second time.
    QCOMPARE(h.page->model()->rowCount(), 1);
    QCOMPARE(h.row(id)->status, binding::Status::InfoRequested);
    QCOMPARE(h.page->pendingCount(), 1);
    QVERIFY(!child<QPushButton>(h.page.get(), "infoButton")->isEnabled());
    QVERIFY(!h.page->findChild<QAction *>(QStringLiteral("requestInfoAction"))->isEnabled());
    QVERIFY(child<QPushButton>(h.page.get(), "approveButton")->isEnabled());
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
    const QString signatureText = child<QLabel>(h.page.get(), "signatureLabel")->text();
    QVERIFY(signatureText.contains(QLatin1String("not a reason to reject")));
    // Why, in words — not the sub-indication's code.
    QVERIFY2(signatureText.contains(QLatin1String("Revocation could not be checked now")), qPrintable(signatureText));
    QVERIFY(!signatureText.contains(QLatin1String("TRY_LATER")));
    QVERIFY(child<QPushButton>(h.page.get(), "reverifyButton")->isVisible());
    // The hint names what INDETERMINATE needs — a retry or the paper form — not "invalid".
    const QString hint = child<QLabel>(h.page.get(), "approvalHintLabel")->text();
    QVERIFY2(hint.contains(QLatin1String("could not be confirmed")) && hint.contains(QLatin1String("verify it again")),
             qPrintable(hint));
    QVERIFY(!hint.contains(QLatin1String("not valid")));
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

    // From the search field back to the list by keyboard: Esc clears the search (the whole
    // queue again), Esc on an empty field or ↓ goes to the list, where the review keys work.
    classes->setCurrentIndex(0);
    emit classes->activated(0);
    h.page->focusSearch();
    search->insert(QStringLiteral("王小"));
    QTRY_COMPARE(h.page->model()->rowCount(), 2);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(h.page->model()->rowCount(), 3);
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), h.view());
    h.page->focusSearch();
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), h.view());
    QVERIFY(h.view()->currentIndex().isValid());
    const qint64 first = h.page->currentRequestId();
    QTest::keyClick(h.view(), Qt::Key_J);
    QVERIFY(h.page->currentRequestId() != first);
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

void TestUiBindings::colleagueDecidedFirst()
{
    OPEN_HARNESS(h);
    const qint64 older = h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("m@example.tw"),
                                                .nationalId = NationalId::generate(83), .minutesAgo = 120});
    const qint64 newer = h.fixture->addRequest({.student = QStringLiteral("ming")});
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->currentRequestId(), newer);
    QVERIFY(h.student().contains(QStringLiteral("王小明")));

    // 王組長 approves 王小明's request on their own PC while 林老師 is looking at it.
    auto first = h.colleague().approve(newer, 1);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_A);

    // Nothing of 林老師's was saved, and the next request was not touched.
    QCOMPARE(h.version(newer), 2);
    QCOMPARE(h.status(older), QStringLiteral("pending"));
    QCOMPARE(AuditLog(h.database->db()).page(AuditLog::Scope{h.fixture->schoolA}, 0, 10)->size(), 1);
    // The reviewer stays on the request the message is about, sees it as it is now, and the
    // message names it: it does not appear above another request.
    QCOMPARE(h.page->currentRequestId(), newer);
    QVERIFY(h.student().contains(QStringLiteral("王小明")));
    QVERIFY2(h.message().contains(QStringLiteral("The request for 王小明 was already approved by 王組長")),
             qPrintable(h.message()));
    auto *decision = child<QLabel>(h.page.get(), "decisionLabel");
    QVERIFY(decision->isVisible());
    QVERIFY2(decision->text().contains(QStringLiteral("王組長")), qPrintable(decision->text()));
    QVERIFY(!child<QPushButton>(h.page.get(), "approveButton")->isEnabled());
    QVERIFY(!h.page->findChild<QAction *>(QStringLiteral("approveAction"))->isEnabled());
    QCOMPARE(h.row(newer)->status, binding::Status::Approved); // the row shows it too
    QCOMPARE(h.page->pendingCount(), 1);

    // J moves on; the message stays with its request.
    QTest::keyClick(h.view(), Qt::Key_J);
    QCOMPARE(h.page->currentRequestId(), older);
    QVERIFY(h.student().contains(QStringLiteral("李美玲")));
    QVERIFY2(h.message().isEmpty(), qPrintable(h.message()));
    QVERIFY(h.page->notice().isEmpty());
    // The decided request leaves the waiting list at the next reload.
    h.page->refresh();
    QCOMPARE(h.page->model()->rowCount(), 1);
    QCOMPARE(h.page->model()->rowOf(newer), -1);
}

void TestUiBindings::waitingForMeIncludesInfoRequested()
{
    OPEN_HARNESS(h);
    const qint64 pending = h.fixture->addRequest({.student = QStringLiteral("ming"), .minutesAgo = 90});
    // The parent was asked for more and has answered in the app: it waits for 林老師 again.
    const qint64 answered = h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("m@example.tw"),
                                                   .nationalId = NationalId::generate(84),
                                                   .status = QStringLiteral("info_requested"), .minutesAgo = 30});
    const qint64 rejected = h.fixture->addRequest({.student = QStringLiteral("rare"), .email = QStringLiteral("r@example.tw"),
                                                   .nationalId = NationalId::generate(85),
                                                   .status = QStringLiteral("rejected"), .minutesAgo = 10});
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->model()->rowCount(), 2);
    QCOMPARE(h.page->currentRequestId(), answered); // newest first
    QCOMPARE(h.page->model()->rowOf(rejected), -1);
    QCOMPARE(h.page->pendingCount(), 2); // the sidebar counts what waits
    auto *status = child<QComboBox>(h.page.get(), "statusComboBox");
    QVERIFY2(status->currentText().contains(QLatin1String("Waiting for me (2)")), qPrintable(status->currentText()));
    QVERIFY(child<QLabel>(h.page.get(), "decisionLabel")->text().contains(binding::label(binding::Status::InfoRequested)));
    // It is decided from here: A approves it.
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_A);
    QCOMPARE(h.status(answered), QStringLiteral("approved"));
    QCOMPARE(h.page->currentRequestId(), pending);
    QCOMPARE(h.page->pendingCount(), 1);
    QVERIFY2(status->currentText().contains(QLatin1String("Waiting for me (1)")), qPrintable(status->currentText()));
    // Every status has its count in the drop-down, the decision just made included.
    const auto itemText = [&](const char *code) { return status->itemText(status->findData(QLatin1String(code))); };
    QCOMPARE(itemText("pending"), binding::label(binding::Status::Pending) + QStringLiteral(" (1)"));
    QCOMPARE(itemText("info_requested"), binding::label(binding::Status::InfoRequested) + QStringLiteral(" (0)"));
    QCOMPARE(itemText("approved"), binding::label(binding::Status::Approved) + QStringLiteral(" (1)"));
    QCOMPARE(itemText("rejected"), binding::label(binding::Status::Rejected) + QStringLiteral(" (1)"));
    QCOMPARE(itemText("withdrawn"), binding::label(binding::Status::Withdrawn) + QStringLiteral(" (0)"));
    // The statuses one by one are still there.
    status->setCurrentIndex(status->findData(QStringLiteral("rejected")));
    emit status->activated(status->currentIndex());
    QCOMPARE(h.page->model()->rowCount(), 1);
    QCOMPARE(h.page->currentRequestId(), rejected);
}

void TestUiBindings::sortByHeaderAndDropDown()
{
    OPEN_HARNESS(h);
    BindingFixture &f = *h.fixture;
    const qint64 hua = f.addRequest({.student = QStringLiteral("hua"), .email = QStringLiteral("a@example.tw"),
                                     .nationalId = NationalId::generate(86), .minutesAgo = 30}); // 802 · 3
    const qint64 ming = f.addRequest({.student = QStringLiteral("ming"), .minutesAgo = 300});       // 801 · 12
    const qint64 mei = f.addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("c@example.tw"),
                                     .nationalId = NationalId::generate(87), .minutesAgo = 10});   // 801 · 5
    const qint64 hao = f.addRequest({.student = QStringLiteral("hao"), .email = QStringLiteral("d@example.tw"),
                                     .nationalId = NationalId::generate(88), .minutesAgo = 100});  // not placed
    h.open(f.officeActorA());
    // Two rows a page: every order is walked page by page (keyset), never sorted here.
    h.page->model()->setPageSize(2);
    h.page->refresh();
    const auto order = [&h] {
        BindingQueueModel *m = h.page->model();
        while (m->canFetchMore({}))
            m->fetchMore({});
        QList<qint64> ids;
        for (int i = 0; i < m->rowCount(); ++i)
            ids << m->summaryAt(i)->id;
        return ids;
    };
    QCOMPARE(order(), (QList<qint64>{mei, hua, hao, ming})); // newest first
    QHeaderView *header = h.view()->horizontalHeader();
    const auto clickHeader = [header](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                 header->height() / 2));
    };
    auto *sort = child<QComboBox>(h.page.get(), "sortComboBox");
    clickHeader(BindingQueueModel::SubmittedColumn);
    QCOMPARE(order(), (QList<qint64>{ming, hao, hua, mei})); // oldest first
    QCOMPARE(sort->currentData().toInt(), int(BindingQueueOrder::OldestFirst));
    QCOMPARE(header->sortIndicatorSection(), int(BindingQueueModel::SubmittedColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    clickHeader(BindingQueueModel::SubmittedColumn);
    QCOMPARE(order(), (QList<qint64>{mei, hua, hao, ming}));
    clickHeader(BindingQueueModel::ClassColumn); // grade, class, seat; not yet placed first
    QCOMPARE(order(), (QList<qint64>{hao, mei, ming, hua}));
    QCOMPARE(header->sortIndicatorSection(), int(BindingQueueModel::ClassColumn));
    clickHeader(BindingQueueModel::ClassColumn);
    QCOMPARE(order(), (QList<qint64>{hua, ming, mei, hao}));
    QCOMPARE(sort->currentData().toInt(), int(BindingQueueOrder::ClassDescending));
    // A column with no order of its own changes nothing.
    clickHeader(BindingQueueModel::ApplicantColumn);
    QCOMPARE(order(), (QList<qint64>{hua, ming, mei, hao}));
    QCOMPARE(header->sortIndicatorSection(), int(BindingQueueModel::ClassColumn));
    // The drop-down does the same by keyboard.
    sort->setFocus();
    sort->setCurrentIndex(sort->findData(int(BindingQueueOrder::OldestFirst)));
    emit sort->activated(sort->currentIndex());
    QCOMPARE(order(), (QList<qint64>{ming, hao, hua, mei}));
    QCOMPARE(header->sortIndicatorSection(), int(BindingQueueModel::SubmittedColumn));
}

void TestUiBindings::countsFollowTheDataNotTheFilter()
{
    OPEN_HARNESS(h);
    const qint64 ming = h.fixture->addRequest({.student = QStringLiteral("ming")});
    h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("m@example.tw"),
                           .nationalId = NationalId::generate(89)});
    h.open(h.fixture->officeActorA());
    auto *button = child<QPushButton>(h.page.get(), "fastTrackButton");
    QVERIFY2(button->text().contains(QLatin1String("(2)")), qPrintable(button->text()));
    // F5 reads the first page once.
    QSignalSpy resets(h.page->model(), &QAbstractItemModel::modelReset);
    h.page->refresh();
    QCOMPARE(resets.count(), 1);

    // A new request arrives. Searching and filtering only change the list: the counts are
    // read again when the data changes (F5, a decision, a re-check), not at every keystroke.
    h.fixture->addRequest({.student = QStringLiteral("rare"), .email = QStringLiteral("r@example.tw"),
                           .nationalId = NationalId::generate(90)});
    h.page->focusSearch();
    auto *search = child<QLineEdit>(h.page.get(), "searchLineEdit");
    search->insert(QStringLiteral("王"));
    QTRY_COMPARE(h.page->model()->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(h.page->model()->rowCount(), 3);
    QVERIFY2(button->text().contains(QLatin1String("(2)")), qPrintable(button->text()));
    QCOMPARE(h.page->pendingCount(), 2);
    h.page->refresh();
    QVERIFY2(button->text().contains(QLatin1String("(3)")), qPrintable(button->text()));
    QCOMPARE(h.page->pendingCount(), 3);
    // A decision counts again.
    h.page->approveCurrent();
    QVERIFY2(button->text().contains(QLatin1String("(2)")), qPrintable(button->text()));
    QCOMPARE(h.page->pendingCount(), 2);
    Q_UNUSED(ming)
}

void TestUiBindings::fastTrackBatchOfExactly500()
{
    OPEN_HARNESS(h);
    const int batch = BindingRequestRepository::kFastTrackBatch;
    const auto addCandidates = [&h](int from, int n) {
        auto tx = Transaction::begin(h.database->db());
        QVERIFY(tx.ok());
        for (int i = from; i < from + n; ++i)
            QVERIFY2(h.fixture->addRequest({.student = i % 2 ? QStringLiteral("ming") : QStringLiteral("mei"),
                                            .email = QStringLiteral("b%1@example.tw").arg(i),
                                            .nationalId = NationalId::generate(7000 + quint64(i)),
                                            .initialPassword = false}),
                     qPrintable(h.fixture->error));
        QVERIFY(tx.value()->commit().ok());
    };
    addCandidates(0, batch);
    h.open(h.fixture->officeActorA());
    auto *button = child<QPushButton>(h.page.get(), "fastTrackButton");
    // Exactly one batch: nothing is left for a second run.
    QVERIFY2(button->text().contains(QStringLiteral("(%1)").arg(batch)), qPrintable(button->text()));
    QVERIFY2(!button->text().contains(QLatin1Char('+')), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(child<ui::FastTrackDialog>(h.page.get(), "fastTrackDialog"));
    auto *dialog = child<ui::FastTrackDialog>(h.page.get(), "fastTrackDialog");
    QCOMPARE(child<QListWidget>(dialog, "requestsListWidget")->count(), batch);
    QString intro = child<QLabel>(dialog, "introLabel")->text();
    QVERIFY2(!intro.contains(QLatin1String("run it again")), qPrintable(intro));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!child<ui::FastTrackDialog>(h.page.get(), "fastTrackDialog"));

    // One more: the button says 500+, the run takes the oldest 500 and says the rest remain.
    addCandidates(batch, 1);
    h.page->refresh();
    QVERIFY2(button->text().contains(QStringLiteral("(%1+)").arg(batch)), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(child<ui::FastTrackDialog>(h.page.get(), "fastTrackDialog"));
    dialog = child<ui::FastTrackDialog>(h.page.get(), "fastTrackDialog");
    QCOMPARE(child<QListWidget>(dialog, "requestsListWidget")->count(), batch);
    intro = child<QLabel>(dialog, "introLabel")->text();
    QVERIFY2(intro.contains(QLatin1String("run it again for the rest")), qPrintable(intro));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!child<ui::FastTrackDialog>(h.page.get(), "fastTrackDialog"));
}

void TestUiBindings::reviewMenuShowsTheKeys()
{
    OPEN_HARNESS(h);
    const qint64 id = h.fixture->addRequest({.student = QStringLiteral("ming")});
    h.openSession(h.fixture->teacher801Actor());
    ui::MainWindow window(*h.context);
    auto *page = showBindingsIn(window);
    QVERIFY(page);
    QTRY_COMPARE(page->currentRequestId(), id);

    auto *menu = window.findChild<QMenu *>(QStringLiteral("pageMenu"));
    QVERIFY(menu);
    QVERIFY(menu->menuAction()->isVisible());
    QCOMPARE(menu->title().remove(QLatin1Char('&')), QStringLiteral("Review"));
    const QList<std::pair<const char *, QKeySequence>> expected = {
        {"approveAction", QKeySequence(Qt::Key_A)},       {"rejectAction", QKeySequence(Qt::Key_R)},
        {"requestInfoAction", QKeySequence(Qt::Key_I)},   {"signatureDetailsAction", QKeySequence(Qt::Key_S)},
        {"nextRequestAction", QKeySequence(Qt::Key_J)},   {"previousRequestAction", QKeySequence(Qt::Key_K)},
        {"reverifyAction", QKeySequence()},               {"householdRecheckAction", QKeySequence()},
        {"fastTrackAction", QKeySequence()},
    };
    QHash<QString, QAction *> inMenu;
    for (QAction *action : menu->actions())
        inMenu.insert(action->objectName(), action);
    QVERIFY2(repeatedMnemonics(menu->actions()).isEmpty(), qPrintable(repeatedMnemonics(menu->actions()).join(u',')));
    for (const auto &[name, keys] : expected) {
        QAction *action = inMenu.value(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QCOMPARE(action->shortcut(), keys);
        QVERIFY2(!action->text().isEmpty(), name);
        if (!keys.isEmpty())
            QVERIFY2(action->toolTip().contains(QStringLiteral("(%1").arg(keys.toString(QKeySequence::NativeText))),
                     qPrintable(action->toolTip()));
    }
    QVERIFY2(inMenu.value(QStringLiteral("nextRequestAction"))->toolTip().contains(QStringLiteral("\u2193")),
             qPrintable(inMenu.value(QStringLiteral("nextRequestAction"))->toolTip()));
    // The buttons show their keys too.
    QVERIFY(child<QPushButton>(page, "approveButton")->text().contains(QLatin1String("(A)")));

    // Help › Keyboard shortcuts lists the page's keys while it is current.
    window.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    QVERIFY(!h.prompter.calls.isEmpty());
    QVERIFY2(h.prompter.calls.last().text.contains(QStringLiteral("A\tApprove")), qPrintable(h.prompter.calls.last().text));

    // Chosen from the menu, Approve approves the request on screen.
    QAction *approve = inMenu.value(QStringLiteral("approveAction"));
    QVERIFY(approve->isEnabled());
    menu->popup(window.mapToGlobal(QPoint(20, 20)));
    QTRY_VERIFY(menu->isVisible());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(approve).center());
    QTRY_COMPARE(h.status(id), QStringLiteral("approved"));
    // It was the only request: the confirmation is on the page's notice line (the details pane
    // is empty now), in view.
    auto *notice = child<QLabel>(page, "bindingNoticeLabel");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Approved: 王小明")), qPrintable(notice->text()));
    QVERIFY(!approve->isEnabled()); // nothing left to approve

    // Another area has no Review menu.
    QVERIFY(window.showPage(QStringLiteral("auditLog")));
    QVERIFY(!menu->menuAction()->isVisible());
    QVERIFY(window.showPage(QStringLiteral("bindings")));
    QVERIFY(menu->menuAction()->isVisible());
}

void TestUiBindings::approvalNamesTheLoginOpened()
{
    // 王大同 is on record (same national ID) under an older e-mail address and has no account
    // yet; his new request gives another address. The account opens under the address on
    // record, and the message names that login — the one he must use.
    OPEN_HARNESS(h);
    auto known = h.database->db().insert(QStringLiteral("INSERT INTO parents (name, email, national_id_hash,"
                                                        " national_id_masked, id_last4) VALUES (?, ?, ?, ?, ?)"),
                                         {QStringLiteral("王大同"), QStringLiteral("Old.Address@example.tw"),
                                          NationalId::hash(QStringLiteral("A123456789")), QStringLiteral("A12****789"),
                                          QStringLiteral("6789")});
    QVERIFY(known.ok());
    const qint64 id = h.fixture->addRequest({.student = QStringLiteral("ming"), .email = QStringLiteral("new@example.tw")});
    h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("m@example.tw"),
                           .nationalId = NationalId::generate(95), .minutesAgo = 120}); // the next one
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->currentRequestId(), id);
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_A);
    QCOMPARE(h.status(id), QStringLiteral("approved"));
    auto login = h.database->db().scalar(QStringLiteral("SELECT a.login FROM accounts a WHERE a.parent_id = ?"),
                                         {known.value()});
    QVERIFY(login.ok());
    QCOMPARE(login->toString(), QStringLiteral("old.address@example.tw"));
    const QString message = h.message();
    QVERIFY2(message.contains(QLatin1String("account old.address@example.tw was opened")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("new@example.tw")), qPrintable(message));
}

void TestUiBindings::sidebarBadgeFollowsDecisions()
{
    // The main window's sidebar shows what waits on the binding-requests entry: it follows a
    // decision at once, and a colleague's decision at F5.
    OPEN_HARNESS(h);
    h.fixture->addRequest({.student = QStringLiteral("ming")});
    const qint64 mei = h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("m@example.tw"),
                                              .nationalId = NationalId::generate(93), .minutesAgo = 120});
    h.fixture->addRequest({.student = QStringLiteral("rare"), .email = QStringLiteral("r@example.tw"),
                           .nationalId = NationalId::generate(94), .minutesAgo = 180});
    h.openSession(h.fixture->teacher801Actor());
    ui::MainWindow window(*h.context);
    auto *page = showBindingsIn(window);
    QVERIFY(page);
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebarListWidget"));
    QVERIFY(sidebar);
    QListWidgetItem *item = sidebar->item(window.currentIndex());
    const auto badge = [item] { return item->data(ui::SidebarDelegate::CountRole).toInt(); };
    QCOMPARE(badge(), 3);
    QVERIFY2(item->data(Qt::AccessibleTextRole).toString().contains(QLatin1String("3")),
             qPrintable(item->data(Qt::AccessibleTextRole).toString()));

    // A: one fewer waits.
    QTRY_VERIFY(page->currentRequestId() > 0);
    page->approveCurrent();
    QCOMPARE(badge(), 2);
    QVERIFY2(item->data(Qt::AccessibleTextRole).toString().contains(QLatin1String("2")),
             qPrintable(item->data(Qt::AccessibleTextRole).toString()));
    // Asking for information keeps it waiting (for the parent's answer, then a decision).
    QVERIFY(h.colleague().requestInformation(mei, 1, QStringLiteral("請補上戶口名簿")).ok());
    window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QCOMPARE(badge(), 2);
    // A colleague rejects it: F5 shows one left.
    QVERIFY(h.colleague().reject(mei, 2, binding::RejectReason::Other, QStringLiteral("重複申請")).ok());
    QCOMPARE(badge(), 2); // not before the data is read again
    window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QCOMPARE(badge(), 1);
    // A colleague decides the last one while this user is elsewhere: coming back shows it,
    // without F5.
    const qint64 last = page->currentRequestId();
    QVERIFY(window.showPage(QStringLiteral("auditLog")));
    QVERIFY(h.colleague().reject(last, 1, binding::RejectReason::Other, QStringLiteral("重複申請")).ok());
    QVERIFY(window.showPage(QStringLiteral("bindings")));
    QCOMPARE(badge(), 0);
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
