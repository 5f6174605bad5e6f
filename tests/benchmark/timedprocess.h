#pragma once
// Runs a program as the user would, as a whole process, and times it from
// the moment it is started to the moment it has exited.
#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

struct ProcessRun {
    bool finished = false;   // started, and exited by itself within the time allowed
    int exitCode = -1;
    double seconds = 0;
    QByteArray out;
    QByteArray err;
    QString error;           // why it did not finish, or its first line on stderr when it failed

    bool succeeded() const { return finished && exitCode == 0; }
};

namespace TimedProcess {
ProcessRun run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
               int timeoutSeconds, const QByteArray &input = QByteArray());
}
