#include "droppedfiles.h"

#include "importsource.h"

#include <QDir>
#include <QFileInfo>

DroppedFiles::DroppedFiles(const QList<QUrl> &urls)
{
    // All or nothing: an import of part of what was dropped would surprise
    // more than a sentence saying what cannot be imported.
    if (urls.isEmpty()) {
        m_problem = tr("Only files can be dropped here to import them.");
        return;
    }
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            m_problem = tr("%1 is not a file on this computer; save it first, then drop the file to import it.")
                            .arg(url.toDisplayString());
            break;
        }
        const QFileInfo info(url.toLocalFile());
        const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
        if (info.isDir()) {
            m_problem = tr("%1 is a folder; drop the CSV, XLSX or JSON files in it instead.").arg(shown);
            break;
        }
        if (!info.exists()) {
            m_problem = tr("%1 does not exist.").arg(shown);
            break;
        }
        if (!ImportSource::isImportFile(info.filePath())) {
            m_problem = tr("%1 cannot be imported: only CSV, XLSX and JSON files can.").arg(info.fileName());
            break;
        }
        m_paths << info.absoluteFilePath();
    }
    if (!m_problem.isEmpty())
        m_paths.clear();
}
