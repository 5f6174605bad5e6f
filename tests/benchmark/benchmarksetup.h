#pragma once
// What every measurement of a run shares: the options, the cached dataset,
// a scratch folder of the run's own, and the environment child processes
// get (their settings kept in the scratch folder, never the user's).
#include "benchmarkoptions.h"
#include "datasetcache.h"

#include <QProcessEnvironment>

struct BenchmarkSetup {
    BenchmarkOptions options;
    CachedDataset dataset;
    QString scratchDir;
    QProcessEnvironment environment;

    QString scratchPath(const QString &name) const;
    // How long a child process may take before it counts as hung.
    int processTimeoutSeconds() const;
};
