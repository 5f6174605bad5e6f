#include "machineinfo.h"

#include <QFile>
#include <QRegularExpression>
#include <QThread>

namespace {

QString procFile(const char *path)
{
    QFile file(QString::fromLatin1(path));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

namespace MachineInfo {

QString describe()
{
    const QString cpuinfo = procFile("/proc/cpuinfo");
    const QRegularExpressionMatch model =
        QRegularExpression(QStringLiteral("^model name\\s*:\\s*(.+)$"), QRegularExpression::MultilineOption)
            .match(cpuinfo);
    const QRegularExpressionMatch memory =
        QRegularExpression(QStringLiteral("^MemTotal:\\s*(\\d+) kB"), QRegularExpression::MultilineOption)
            .match(procFile("/proc/meminfo"));
    QString line = QStringLiteral("%1 cores, %2")
                       .arg(QThread::idealThreadCount())
                       .arg(model.hasMatch() ? model.captured(1).simplified() : QStringLiteral("unknown CPU"));
    if (memory.hasMatch())
        line += QStringLiteral(", %1 GiB memory").arg(memory.captured(1).toDouble() / (1024 * 1024), 0, 'f', 1);
    return line;
}

} // namespace MachineInfo
