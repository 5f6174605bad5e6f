#pragma once
// An evidence link must be something a reader can open later: a web address
// or a file URL. Shared by the GUI and the command line so both refuse the same.
#include <QString>

namespace EvidenceLink {
// Empty when the link is empty or usable; otherwise a translated sentence.
QString problem(const QString &link);
}
