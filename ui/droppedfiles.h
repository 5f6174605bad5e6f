#pragma once
// What a drop on the window holds, for the import: files the import reads
// (CSV, XLSX, JSON: the kinds File > Import offers), or the reason the drop
// cannot be imported (a folder, a remote address, another kind of file), as
// a sentence for the status bar.
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>

class DroppedFiles
{
    Q_DECLARE_TR_FUNCTIONS(DroppedFiles)

public:
    explicit DroppedFiles(const QList<QUrl> &urls);

    bool isImportable() const { return m_problem.isEmpty(); }
    QStringList paths() const { return m_paths; }
    QString problem() const { return m_problem; }

private:
    QStringList m_paths;
    QString m_problem;
};
