// The binding-requests page in Traditional Chinese, the default UI language, with the zh_TW
// catalogue loaded as the application loads it (Settings → UiLanguage::applyStored): the
// buttons with their keys, the reject dialog, an approval's message and a colleague's
// decision that came first, each read as a reviewer reads them. Strings that have no
// translation yet are not asserted in Chinese here (tst_ui_i18n checks the catalogues).
#include "models/nationalid.h"
#include "tst_ui_bindings_harness.h"
#include "ui/uifont.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace cooc;
using namespace cooc::test;

class TestUiBindingsI18n : public QObject
{
    Q_OBJECT

private slots:
    void pageInTraditionalChinese();
};

void TestUiBindingsI18n::pageInTraditionalChinese()
{
    OPEN_HARNESS(h);
    QVERIFY(h.settings->setLanguage(QStringLiteral("zh_TW")).ok());
    h.language.applyStored();
    QCOMPARE(h.language.current(), QStringLiteral("zh_TW"));

    const qint64 mei = h.fixture->addRequest({.student = QStringLiteral("mei"), .email = QStringLiteral("m@example.tw"),
                                              .nationalId = NationalId::generate(96), .minutesAgo = 120});
    const qint64 ming = h.fixture->addRequest({.student = QStringLiteral("ming")});
    h.open(h.fixture->teacher801Actor());
    QCOMPARE(h.page->currentRequestId(), ming);
    QCOMPARE(h.page->title(), QStringLiteral("綁定申請"));
    QCOMPARE(child<QPushButton>(h.page.get(), "approveButton")->text(), QStringLiteral("核准（A）"));
    QCOMPARE(child<QPushButton>(h.page.get(), "rejectButton")->text(), QStringLiteral("駁回（R）"));
    // The Review menu's letters are each its own in Chinese too.
    QVERIFY2(repeatedMnemonics(h.page->pageActions()).isEmpty(),
             qPrintable(repeatedMnemonics(h.page->pageActions()).join(u',')));

    // R: the dialog asks the reason, in Chinese; Esc leaves everything as it was.
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_R);
    QTRY_VERIFY(h.noteDialog("rejectDialog") && h.noteDialog("rejectDialog")->isVisible());
    QCOMPARE(h.noteDialog("rejectDialog")->windowTitle(), QStringLiteral("駁回綁定申請"));
    QTest::keyClick(h.noteDialog("rejectDialog"), Qt::Key_Escape);
    QTRY_VERIFY(!h.noteDialog("rejectDialog"));
    QCOMPARE(h.status(ming), QStringLiteral("pending"));

    // A colleague approves 王小明's request first: A says who and when, in Chinese.
    QVERIFY(h.colleague().approve(ming, 1).ok());
    QApplication::setActiveWindow(h.page.get());
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_A);
    QCOMPARE(h.message(), QStringLiteral("王小明 的申請已由 王組長 於 2026/11/28 10:00 核准。未儲存任何變更。"));

    // J, then A: approved, the account named, in Chinese.
    QTest::keyClick(h.view(), Qt::Key_J);
    QCOMPARE(h.page->currentRequestId(), mei);
    QTest::keyClick(h.view(), Qt::Key_A);
    QCOMPARE(h.status(mei), QStringLiteral("approved"));
    const QString approved = h.message();
    QVERIFY2(approved.startsWith(QStringLiteral("已核准：")) && approved.contains(QStringLiteral("已開通家長帳號 m@example.tw")),
             qPrintable(approved));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cooc-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_bindings_i18n"));
    ui::useTraditionalChineseFont();
    TestUiBindingsI18n test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_bindings_i18n.moc"
