#pragma once

// What the database commands of cooc-desk-cli (accounts, audit, db, demo, trust) share: the
// sub-command word, -h/--help, --db URL, and "cooc-desk-cli <command>: …" messages with their
// exit codes. A step that ends the command prints its message first and hands back the exit
// code for run() to return.

#include "app/cli/command.h"
#include "models/databaseurl.h"
#include "models/result.h"

#include <QCommandLineParser>

#include <optional>

namespace cooc::cli {

class CommandLine final
{
public:
    // `command` as in messages ("db"); `usage` is printed by --help and after usage errors.
    // The parser knows --db URL and -h/--help.
    CommandLine(QString command, QString usage);
    Q_DISABLE_COPY_MOVE(CommandLine)

    // The command's other options; before parse().
    void addOptions(const QList<QCommandLineOption> &options);

    // `cooc-desk-cli <command> [options]`. Returns the exit code when the command is over: a
    // parse error, --help (usage shown), or a positional argument while `allowPositional` is false.
    std::optional<int> parse(const QStringList &args, bool allowPositional = false);
    // `cooc-desk-cli <command> <sub-command> [options]`: the same after taking the sub-command
    // from the front. Also over when there is none, when it is "help", "-h" or "--help" (usage
    // shown), or when `known` is not empty and does not hold it. `choices` names the
    // sub-commands in those messages: "init or version".
    std::optional<int> parse(const QStringList &args, const QStringList &known, const QString &choices,
                             bool allowPositional = false);

    const QString &subCommand() const { return m_subCommand; }
    const QCommandLineParser &parser() const { return m_parser; }

    // The URL given with --db; nullopt after a usage error (`missing` when there is no --db,
    // by default "--db URL is required."; the parser's message when it is not a database URL):
    // the command then returns UsageError.
    std::optional<DatabaseUrl> databaseUrl(const QString &missing = {}) const;

    // The usage text on stdout; returns Success.
    int showUsage() const;
    // "cooc-desk-cli <command>: <message>", a blank line and the usage text on stderr;
    // returns UsageError.
    int usageError(const QString &message) const;
    // "cooc-desk-cli <command>: <message>" and "  (<detail>)" on stderr; returns `exitCode`.
    int fail(const Error &error, int exitCode = Failure) const;

private:
    QString m_command;
    QString m_usage;
    QString m_subCommand;
    QCommandLineParser m_parser;
};

} // namespace cooc::cli
