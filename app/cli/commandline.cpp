#include "app/cli/commandline.h"

#include <QCoreApplication>
#include <QTextStream>

namespace cooc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cooc::cli", text);
}

const QString kDbOption = QStringLiteral("db");
const QString kHelpOption = QStringLiteral("help");

} // namespace

CommandLine::CommandLine(QString command, QString usage)
    : m_command(std::move(command))
    , m_usage(std::move(usage))
{
    m_parser.addOption(QCommandLineOption(kDbOption, tr("Database URL."), QStringLiteral("URL")));
    m_parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), kHelpOption}, tr("Shows help.")));
}

void CommandLine::addOptions(const QList<QCommandLineOption> &options)
{
    m_parser.addOptions(options);
}

std::optional<int> CommandLine::parse(const QStringList &args, bool allowPositional)
{
    const QString program = QStringLiteral("cooc-desk-cli ") + m_command
        + (m_subCommand.isEmpty() ? QString() : QLatin1Char(' ') + m_subCommand);
    if (!m_parser.parse(QStringList{program} + args))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(kHelpOption))
        return showUsage();
    if (!allowPositional && !m_parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(m_parser.positionalArguments().first()));
    return std::nullopt;
}

std::optional<int> CommandLine::parse(const QStringList &args, const QStringList &known, const QString &choices,
                                      bool allowPositional)
{
    if (args.isEmpty())
        return usageError(tr("a sub-command is required: %1.").arg(choices));
    m_subCommand = args.first();
    if (m_subCommand == QLatin1String("--help") || m_subCommand == QLatin1String("-h")
        || m_subCommand == QLatin1String("help"))
        return showUsage();
    if (!known.isEmpty() && !known.contains(m_subCommand))
        return usageError(tr("unknown sub-command \"%1\": use %2.").arg(m_subCommand, choices));
    return parse(args.mid(1), allowPositional);
}

std::optional<DatabaseUrl> CommandLine::databaseUrl(const QString &missing) const
{
    if (!m_parser.isSet(kDbOption)) {
        usageError(missing.isEmpty() ? tr("--db URL is required.") : missing);
        return std::nullopt;
    }
    auto url = DatabaseUrl::parse(m_parser.value(kDbOption));
    if (!url) {
        usageError(url.error().message);
        return std::nullopt;
    }
    return url.value();
}

int CommandLine::showUsage() const
{
    QTextStream(stdout) << m_usage;
    return Success;
}

int CommandLine::usageError(const QString &message) const
{
    QTextStream(stderr) << "cooc-desk-cli " << m_command << ": " << message << "\n\n" << m_usage;
    return UsageError;
}

int CommandLine::fail(const Error &error, int exitCode) const
{
    QTextStream err(stderr);
    err << "cooc-desk-cli " << m_command << ": " << error.message << '\n';
    if (!error.detail.isEmpty())
        err << "  (" << error.detail.trimmed() << ")\n";
    return exitCode;
}

} // namespace cooc::cli
