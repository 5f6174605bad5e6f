#include "timedprocess.h"

#include <QElapsedTimer>
#include <QProcess>

namespace TimedProcess {

ProcessRun run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
               int timeoutSeconds, const QByteArray &input)
{
    ProcessRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        run.error = QStringLiteral("%1 could not be started: %2").arg(program, process.errorString());
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    const bool exited = process.waitForFinished(timeoutSeconds * 1000);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!exited) {
        process.kill();
        process.waitForFinished(5000);
        run.error = QStringLiteral("%1 did not finish within %2 s").arg(program).arg(timeoutSeconds);
        return run;
    }
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (!run.finished)
        run.error = QStringLiteral("%1 crashed").arg(program);
    else if (run.exitCode != 0)
        run.error = QStringLiteral("%1 exited with %2: %3")
                        .arg(program)
                        .arg(run.exitCode)
                        .arg(QString::fromUtf8(run.err).trimmed().section(QLatin1Char('\n'), 0, 0));
    return run;
}

} // namespace TimedProcess
