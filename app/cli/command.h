#pragma once

#include <QStringList>

#include <functional>

namespace cooc::cli {

// Exit codes shared by every command.
enum ExitCode : int { Success = 0, Failure = 1, Indeterminate = 2, UsageError = 3, OutputError = 4 };

// A sub-command of cooc-desk-cli. Each lives in its own cmd_<name>.cpp and registers
// itself with a static CommandRegistration, so main() never changes when one is added.
struct Command
{
    QString name;      // "demo", "db", "verify", ...
    QString summary;   // one line for `cooc-desk-cli help`
    std::function<int(const QStringList &args)> run; // args exclude the command name
};

class CommandRegistration
{
public:
    explicit CommandRegistration(Command command);
};

const QList<Command> &commands();

} // namespace cooc::cli
