#pragma once

// Runs cooc-desk-cli (the executable CMake names in COOC_CLI) as a child process, exactly as
// an administrator or a script would, for the tests of its commands.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cooc::test {

struct CliRun
{
    int exitCode = -1; // -1: it crashed or did not finish in time (err then says so)
    QString out;       // standard output, UTF-8
    QString err;       // standard error, UTF-8
};

// Waits up to `timeoutMs` for the command to end (then kills it); `environment` is the child's.
CliRun runCli(const QStringList &args, int timeoutMs = 240'000,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace cooc::test
