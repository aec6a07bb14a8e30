// cooc-desk-cli: the headless composition root, for administrators and scripts.
#include "app/cli/command.h"

#include <QCoreApplication>
#include <QTextStream>

namespace cooc::cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}
} // namespace

CommandRegistration::CommandRegistration(Command command)
{
    registry().append(std::move(command));
}

const QList<Command> &commands()
{
    return registry();
}

} // namespace cooc::cli

static int usage(QTextStream &out)
{
    out << "usage: cooc-desk-cli <command> [options]\n\ncommands:\n";
    QList<cooc::cli::Command> sorted = cooc::cli::commands();
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    for (const auto &command : sorted)
        out << "  " << command.name.leftJustified(10) << command.summary << '\n';
    out << "\n`cooc-desk-cli <command> --help` describes a command.\n";
    return cooc::cli::UsageError;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CooC Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("cooc-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (!args.isEmpty() && (args.first() == QLatin1String("help") || args.first() == QLatin1String("--help"))) {
        QTextStream out(stdout); // asked for: not an error
        usage(out);
        return cooc::cli::Success;
    }
    if (args.isEmpty())
        return usage(err);
    const QString name = args.takeFirst();
    for (const auto &command : cooc::cli::commands()) {
        if (command.name == name)
            return command.run(args);
    }
    err << "unknown command: " << name << "\n\n";
    return usage(err);
}
