#pragma once
// Shared by tst_ui_bindings and tst_ui_bindings_checks: the binding-requests page with every
// service a page gets, on a fresh SQLite database with the fixture school
// (tests/support/bindingfixture.h), and a colleague deciding on a connection of their own.

#include "app/auth/authservice.h"
#include "app/auth/credentialstore.h"
#include "app/bindingreview/bindingreviewservice.h"
#include "app/session.h"
#include "app/settings.h"
#include "models/bindingqueuemodel.h"
#include "support/bindingfixture.h"
#include "support/testdatabase.h"
#include "tst_ui_support.h"
#include "ui/bindings/decisionnotedialog.h"
#include "ui/connectionstate.h"
#include "ui/pagecontext.h"
#include "ui/pages/bindingrequestspage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QTableView>
#include <QTest>

namespace cooc::test {

struct BindingPageHarness
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

    // The session (and the page's service) on a connection of its own, as in the application.
    void openSession(const Actor &actor)
    {
        session.database = database->openAnother();
        session.actor = actor;
        session.login = actor.login;
        context.reset(new ui::PageContext{session, auth, *settings, fixture->clock, prompter, language, credentials,
                                          connection});
    }

    void open(const Actor &actor)
    {
        openSession(actor);
        page = std::make_unique<ui::BindingRequestsPage>(*context);
        page->resize(1200, 720);
        page->show();
        QApplication::setActiveWindow(page.get());
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning("the page window did not become active");
        page->activated();
    }

    // A colleague (王組長, the office staff) on the test's own connection.
    BindingReviewService colleague() const
    {
        return BindingReviewService(database->db(), fixture->officeActorA(), fixture->clock);
    }

    QString status(qint64 id) const
    {
        auto v = database->db().scalar(QStringLiteral("SELECT status FROM binding_requests WHERE id = ?"), {id});
        return v ? v->toString() : QString();
    }
    int version(qint64 id) const
    {
        auto v = database->db().scalar(QStringLiteral("SELECT version FROM binding_requests WHERE id = ?"), {id});
        return v ? v->toInt() : -1;
    }
    QTableView *view() const { return child<QTableView>(page.get(), "queueTableView"); }
    QLabel *messageLabel() const { return child<QLabel>(page.get(), "messageLabel"); }
    // The inline message on the request on screen (empty when none is shown).
    QString message() const { return messageLabel()->isVisible() ? messageLabel()->text() : QString(); }
    QString student() const { return child<QLabel>(page.get(), "studentLabel")->text(); }
    ui::DecisionNoteDialog *noteDialog(const char *name) const
    {
        return child<ui::DecisionNoteDialog>(page.get(), name);
    }
    // The row of request `id` as the list shows it.
    std::optional<BindingRequestSummary> row(qint64 id) const { return page->model()->summaryAt(page->model()->rowOf(id)); }
};

// The menu letters (&X) used by more than one of `actions` (a letter then cycles instead of
// choosing); empty when each is its own.
inline QStringList repeatedMnemonics(const QList<QAction *> &actions)
{
    QHash<QChar, int> uses;
    for (const QAction *action : actions) {
        const QString text = action->text();
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&') && text.at(i + 1) != QLatin1Char('&')) {
                ++uses[text.at(i + 1).toLower()];
                break;
            }
            if (text.at(i) == QLatin1Char('&'))
                ++i; // "&&" is a plain ampersand
        }
    }
    QStringList repeated;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it)
        if (it.value() > 1)
            repeated << QString(it.key());
    return repeated;
}

// Clicks an enabled button found by name; false when there is none.
inline bool press(QObject *parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    if (button == nullptr || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace cooc::test

#define OPEN_HARNESS(h)                                                                                              \
    cooc::test::BindingPageHarness h;                                                                                \
    QVERIFY2(h.build(), qPrintable(h.fixture ? h.fixture->error : QStringLiteral("no database")))
