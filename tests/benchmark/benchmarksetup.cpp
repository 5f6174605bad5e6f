#include "benchmarksetup.h"

#include <QDir>

QString BenchmarkSetup::scratchPath(const QString &name) const
{
    return QDir(scratchDir).absoluteFilePath(name);
}

int BenchmarkSetup::processTimeoutSeconds() const
{
    // Generous: a slow import must be measured, not cut off; a hang must still end.
    return 120 + options.records / 100;
}
