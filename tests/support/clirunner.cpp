#include "support/clirunner.h"

#include <QProcess>

namespace cooc::test {

CliRun runCli(const QStringList &args, int timeoutMs, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("COOC_CLI"), args);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        // Not the arguments: they may hold a database password.
        run.err = QStringLiteral("cooc-desk-cli did not finish: ") + process.errorString();
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace cooc::test
