// cooc-desk: the GUI composition root. Builds the services once and injects them.
#include "app/auth/authservice.h"
#include "app/auth/credentialstore.h"
#include "app/settings.h"
#include "models/clock.h"
#include "ui/appcontroller.h"
#include "ui/prompter.h"
#include "ui/uifont.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CooC Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("cooc-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CooC Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("tw.gov.taipei.CoocDesk"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cooc-desk.svg")));
    // We end the application ourselves (login dialog Quit, main window closed): between the
    // login dialog and the main window no window is visible, and that must not quit.
    QApplication::setQuitOnLastWindowClosed(false);

    // Services, built once.
    const auto settings = cooc::Settings::openDefault();
    cooc::ui::UiLanguage language(*settings);
    language.applyStored();
    cooc::ui::useTraditionalChineseFont();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "The staff desk of Taipei's parent-teacher-student platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringList{QStringLiteral("db")},
        QCoreApplication::translate("main", "Open this database: sqlite:///path/file.sqlite or "
                                            "postgresql://user@host:port/dbname?sslmode=verify-full."),
        QStringLiteral("URL"));
    parser.addOption(dbOption);
    parser.process(app);

    std::optional<cooc::DatabaseUrl> commandLineUrl;
    if (parser.isSet(dbOption)) {
        auto url = cooc::DatabaseUrl::parse(parser.value(dbOption));
        if (!url) {
            QTextStream(stderr) << url.error().message << '\n';
            return 2;
        }
        commandLineUrl = url.value();
    }

    cooc::SystemClock clock;
    cooc::AuthService auth(clock);
    cooc::CredentialStore credentials;
    cooc::ui::MessageBoxPrompter prompter;
    cooc::ui::AppController controller(
        cooc::ui::AppController::Services{auth, *settings, clock, prompter, language, credentials},
        cooc::ui::AppController::defaultDemoPath());
    QObject::connect(&controller, &cooc::ui::AppController::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    controller.start(commandLineUrl);
    return app.exec();
}
