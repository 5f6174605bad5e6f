#pragma once
// Writes synthetic UPR recommendations as the UPR Info database exports them
// (the layout our import recognises: To,To-Rgrp,To-Org,Text,From,From-Rgrp,
// From-Org,Response,Action,Issue,Session), UTF-8, RFC 4180. That export
// carries one response per recommendation, so the first status of each
// history is written; lists are joined with ", " as UPR Info does. The file
// appears complete or not at all.
#include <QCoreApplication>
#include <QString>
#include <functional>

class SyntheticDataset;

class UprInfoCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(UprInfoCsvWriter)

public:
    // Called every few thousand records with the number written so far.
    using Progress = std::function<void(int written)>;

    // The dataset must give UPR records only (SyntheticDataset::Scope::UprOnly).
    static bool write(const QString &path, SyntheticDataset &dataset, int count, QString *error,
                      const Progress &progress = {});
};
