// The parent view's widget, offscreen, driven like a staff member would: find a parent by
// typing, open with Enter, switch children with the keyboard, change the "as of" day, read
// the "Why can't they see…?" panel; a refusal is shown; a screenshot for docs/.
#include "app/parentview/parentviewservice.h"
#include "models/auditlog.h"
#include "support/testdatabase.h"
#include "tst_parentview_fixture.h"
#include "ui/parentviewwidget.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace cooc;
using namespace cooc::test::parentview;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no widget named %s", name);
    return w;
}

QStringList column(QTreeWidget *tree, int col)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(col);
    return out;
}

// Every reason shown in the why panel (top-level rows and their extra reasons).
QStringList whyTexts(QTableWidget *table)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int col = 0; col < 3; ++col)
            cells << (table->item(row, col) ? table->item(row, col)->text() : QString());
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

QDate shownDay(const ui::ParentViewWidget *w)
{
    const ParentView *view = w->currentView();
    return view ? view->asOfDay : QDate();
}

bool anyContains(const QStringList &list, const QString &needle)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString &s) { return s.contains(needle); });
}

} // namespace

class TestUiParentView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void openAParentAndSwitchChildren();
    void asOfAnEarlierDay();
    void applicantFromABindingRequest();
    void aRefusalIsShown();
    void childSummaryIsNotCut();
    void screenshot();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    Fixture m_f;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ParentViewService> m_service;
    Actor m_actor;
    std::unique_ptr<ui::ParentViewWidget> m_widget;
};

void TestUiParentView::init()
{
    m_db = test::TestDatabase::create(Dialect::Sqlite);
    QVERIFY2(m_db && m_db->error().isEmpty(), qPrintable(m_db ? m_db->error() : QString()));
    m_f = buildFixture(m_db->db());
    m_clock = std::make_unique<FixedClock>(kNow);
    auto service = ParentViewService::create(m_db->db(), *m_clock);
    QVERIFY(service);
    m_service = std::move(service).value();
    m_actor = m_f.homeroom801();
    m_widget = std::make_unique<ui::ParentViewWidget>(*m_service, m_actor, *m_clock);
    m_widget->resize(1280, 800);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestUiParentView::cleanup()
{
    m_widget.reset();
    m_service.reset();
    m_db.reset();
}

void TestUiParentView::openAParentAndSwitchChildren()
{
    ui::ParentViewWidget *w = m_widget.get();
    auto *stack = child<QStackedWidget>(w, "parentViewStackedWidget");
    QVERIFY(child<QWidget>(w, "parentViewEmptyState")->isVisible());

    // Ctrl+F lands here (the page forwards it); type part of an e-mail, Enter opens the match.
    w->focusSearch();
    auto *search = child<QLineEdit>(w, "parentSearchLineEdit");
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("wang.d"));
    auto *results = child<QListView>(w, "parentResultsListView");
    QTRY_COMPARE(results->model()->rowCount(), 1);
    QVERIFY(results->model()->index(0, 0).data().toString().contains(QStringLiteral("王大同")));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(w->currentView());
    QCOMPARE(stack->currentIndex(), 1);
    QVERIFY(
        child<QLabel>(w, "parentHeadingLabel")->text().startsWith(QStringLiteral("王大同 · Wang.DaTong@example.tw")));
    QVERIFY(child<QLabel>(w, "readOnlyBannerLabel")->text().contains(QStringLiteral("Read-only")));

    // The switcher labels each child as the app does: name, school, class — hidden ones say so.
    auto *switcher = child<QWidget>(w, "childSwitcher");
    QCOMPARE(switcher->findChildren<QToolButton *>().size(), 3);
    auto *first = child<QToolButton>(switcher, "childButton0");
    QCOMPARE(first->text(), QStringLiteral("王小明\n臺北市立酷課示範國民中學 · 801"));
    QVERIFY(first->isChecked());
    QCOMPARE(child<QToolButton>(switcher, "childButton1")->text(),
        QStringLiteral("王小華 (hidden)\n臺北市立酷課示範國民中學 · transferred out"));
    QCOMPARE(child<QToolButton>(switcher, "childButton2")->text(),
        QStringLiteral("王小安 (hidden)\n臺北市立新生國民中學 · no class yet"));
    QVERIFY(child<QToolButton>(switcher, "childButton1")->toolTip().contains(QStringLiteral("suspended")));
    QCOMPARE(w->currentChildIndex(), 0);

    // 王小明: yesterday's absence is listed; today's is in the why panel with its reason.
    auto *absences = child<QTreeWidget>(w, "absencesTreeWidget");
    QCOMPARE(column(absences, 0), QStringList { QStringLiteral("2026/11/27") });
    // Alt+A (the tab's mnemonic) shows the absences.
    QTest::keyClick(w, Qt::Key_A, Qt::AltModifier);
    QCOMPARE(child<QTabWidget>(w, "sectionsTabWidget")->currentWidget(), absences);
    QVERIFY(absences->isVisible());
    auto *gateSwipes = child<QTreeWidget>(w, "gateSwipesTreeWidget");
    QCOMPARE(gateSwipes->topLevelItemCount(), 3);
    QCOMPARE(gateSwipes->topLevelItem(0)->text(1), QStringLiteral("arrival"));
    auto *notices = child<QTreeWidget>(w, "noticesTreeWidget");
    QCOMPARE(column(notices, 1), QStringList { QStringLiteral("校外教學同意書") });
    QVERIFY(notices->topLevelItem(0)->text(3).contains(QStringLiteral("replied \"同意\"")));
    auto *why = child<QTableWidget>(w, "whyTableWidget");
    QStringList reasons = whyTexts(why);
    QVERIFY2(anyContains(reasons,
                 QStringLiteral("Absence: 2026/11/28, period 1 (late) | Recorded today at 08:05; "
                                "visible to parents tomorrow, 2026/11/29.")),
        qPrintable(reasons.join(QLatin1Char('\n'))));
    QVERIFY(anyContains(reasons, QStringLiteral("is addressed to 陳美華 for this child, not to this parent.")));
    QVERIFY(anyContains(reasons, QStringLiteral("Child: 王小華")));
    QVERIFY(anyContains(reasons, QStringLiteral("Transferred out of the old school")));
    QVERIFY(anyContains(reasons, QStringLiteral("Review and approve binding request #%1").arg(m_f.requestPending)));
    QVERIFY(child<QGroupBox>(w, "whyGroupBox")->title().contains(QStringLiteral("hidden")));

    // Switch children with the keyboard: arrows on the switcher, Alt+PgDown anywhere.
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Right);
    QCOMPARE(w->currentChildIndex(), 1);
    QVERIFY(child<QToolButton>(switcher, "childButton1")->isChecked());
    auto *message = child<QLabel>(w, "childMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("does not show 王小華")));
    QVERIFY(child<QLabel>(w, "childSummaryLabel")->text().contains(QStringLiteral("HIDDEN from the parent")));
    reasons = whyTexts(why);
    QVERIFY(!anyContains(reasons, QStringLiteral("Absence: 2026/11/28"))); // 王小明's items go with him
    QVERIFY(anyContains(reasons, QStringLiteral("Child: 王小華")));
    QTest::keyClick(w, Qt::Key_PageDown, Qt::AltModifier);
    QCOMPARE(w->currentChildIndex(), 2);
    QVERIFY(child<QLabel>(w, "childSummaryLabel")->text().contains(QStringLiteral("臺北市立新生國民中學")));
    QTest::keyClick(w, Qt::Key_PageDown, Qt::AltModifier);
    QCOMPARE(w->currentChildIndex(), 0);
    QVERIFY(absences->isVisible());

    // Every section is read-only: nothing can be edited.
    for (QTreeWidget *tree : w->findChildren<QTreeWidget *>())
        QCOMPARE(tree->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(child<QTableWidget>(w, "whyTableWidget")->editTriggers(), QAbstractItemView::NoEditTriggers);
    auto entries = AuditLog(m_db->db()).forEntity(QStringLiteral("parent"), m_f.parentWang);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1); // switching children reads nothing new
}

void TestUiParentView::asOfAnEarlierDay()
{
    ui::ParentViewWidget *w = m_widget.get();
    w->openParent(m_f.parentWang);
    QVERIFY(w->currentView());
    w->setCurrentChild(0);
    auto *asOf = child<QDateEdit>(w, "asOfDateEdit");
    QCOMPARE(asOf->date(), QDate(2026, 11, 28));
    QCOMPARE(asOf->maximumDate(), QDate(2026, 11, 28)); // no "as of" in the future

    // Type an earlier day; the view reopens by itself after a short pause.
    asOf->setFocus();
    asOf->setDate(QDate(2026, 11, 15));
    QTRY_COMPARE(shownDay(w), QDate(2026, 11, 15));
    QVERIFY(child<QLabel>(w, "readOnlyBannerLabel")->text().contains(QStringLiteral("at the end of 2026/11/15")));
    auto *hua = child<QToolButton>(w, "childButton1");
    QCOMPARE(hua->text(), QStringLiteral("王小華\n臺北市立酷課示範國民中學 · transferred out")); // visible then
    QCOMPARE(w->currentChildIndex(), 0); // the same child stays on screen
    QCOMPARE(child<QTreeWidget>(w, "absencesTreeWidget")->topLevelItemCount(), 1);
    QVERIFY(
        child<QTreeWidget>(w, "absencesTreeWidget")->topLevelItem(0)->flags() == Qt::ItemIsEnabled); // "No absences…"

    QTest::mouseClick(child<QPushButton>(w, "asOfTodayButton"), Qt::LeftButton);
    QTRY_COMPARE(shownDay(w), QDate(2026, 11, 28));
    QVERIFY(child<QToolButton>(w, "childButton1")->text().startsWith(QStringLiteral("王小華 (hidden)")));
    auto entries = AuditLog(m_db->db()).forEntity(QStringLiteral("parent"), m_f.parentWang);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 3); // each day looked at is recorded
}

void TestUiParentView::applicantFromABindingRequest()
{
    ui::ParentViewWidget *w = m_widget.get();
    w->setSearchText(QStringLiteral("#%1").arg(m_f.requestApplicant));
    auto *results = child<QListView>(w, "parentResultsListView");
    QCOMPARE(results->model()->rowCount(), 1);
    results->setFocus();
    results->setCurrentIndex(results->model()->index(0, 0));
    QTest::keyClick(results->viewport(), Qt::Key_Return);
    if (!w->currentView()) // some styles activate on Enter only through the view itself
        QTest::keyClick(results, Qt::Key_Return);
    QVERIFY(w->currentView());
    QVERIFY(child<QLabel>(w, "parentHeadingLabel")->text().contains(QStringLiteral("applicant, no account yet")));
    const QStringList reasons = whyTexts(child<QTableWidget>(w, "whyTableWidget"));
    QVERIFY(anyContains(reasons, QStringLiteral("The parent's account | The applicant has no parent account yet")));

    // From a student: that student's parents, ready to open; the audit entry says so.
    w->showParentsOfStudent(m_f.ming);
    QCOMPARE(results->model()->rowCount(), 4);
    results->setCurrentIndex(results->model()->index(0, 0));
    const auto openedParent = [&] { return w->currentView() ? w->currentView()->parent.id : qint64(0); };
    QTest::keyClick(results->viewport(), Qt::Key_Return);
    if (openedParent() != m_f.parentWang)
        QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(openedParent(), m_f.parentWang);
    auto entries = AuditLog(m_db->db()).forEntity(QStringLiteral("parent"), m_f.parentWang);
    QVERIFY(entries && !entries->isEmpty());
    QCOMPARE(entries->last().detail.value(QLatin1String("via")).toString(), QStringLiteral("student"));
}

void TestUiParentView::aRefusalIsShown()
{
    Actor other = m_f.homeroomB901();
    ui::ParentViewWidget refusing(*m_service, other, *m_clock);
    refusing.show();
    QSignalSpy failed(&refusing, &ui::ParentViewWidget::failed);
    refusing.openParent(m_f.parentWang);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!refusing.currentView());
    auto *error = child<QLabel>(&refusing, "parentViewErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("None of this parent's children is in your class or school")),
        qPrintable(error->text()));
    QVERIFY(child<QWidget>(&refusing, "parentViewEmptyState")->isVisible());
}

void TestUiParentView::childSummaryIsNotCut()
{
    // In a narrow window the summary of the parent's children wraps; every line of it is shown.
    ui::ParentViewWidget *w = m_widget.get();
    w->resize(760, 600);
    w->openParent(m_f.parentWang); // before the window is shown, as when opened from a request
    w->show();
    QApplication::processEvents();
    auto *summary = child<QLabel>(w, "childSummaryLabel");
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->heightForWidth(summary->width()) > summary->fontMetrics().height() * 3 / 2,
             qPrintable(summary->text())); // it does wrap at this width
    QVERIFY2(summary->height() >= summary->heightForWidth(summary->width()),
             qPrintable(QStringLiteral("%1 px shown of %2").arg(summary->height()).arg(summary->heightForWidth(summary->width()))));
}

void TestUiParentView::screenshot()
{
    ui::ParentViewWidget *w = m_widget.get();
    w->setSearchText(QStringLiteral("王"));
    w->openParent(m_f.parentWang);
    w->setCurrentChild(0);
    child<QTabWidget>(w, "sectionsTabWidget")->setCurrentIndex(1); // absences
    QApplication::processEvents();
    const QImage image = w->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), w->size() * w->devicePixelRatio());
    // Refresh the committed screenshot only when asked (COOC_UPDATE_SCREENSHOTS=1).
    QTemporaryDir tmp;
    const QString dir = qEnvironmentVariableIntValue("COOC_UPDATE_SCREENSHOTS")
        ? qEnvironmentVariable("COOC_SOURCE_DIR") + QStringLiteral("/docs/screenshots")
        : tmp.path();
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(image.save(dir + QStringLiteral("/parent-view.png")));
}

QTEST_MAIN(TestUiParentView)
#include "tst_ui_parentview.moc"
