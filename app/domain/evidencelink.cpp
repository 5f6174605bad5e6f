#include "evidencelink.h"

#include <QCoreApplication>
#include <QUrl>

namespace EvidenceLink {

QString problem(const QString &link)
{
    const QString trimmed = link.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool usable = url.isValid() && !url.isRelative()
        && ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) ? !url.host().isEmpty()
                                                                                  : scheme == QLatin1String("file"));
    if (usable)
        return QString();
    return QCoreApplication::translate("EvidenceLink",
                                       "The evidence link \"%1\" is not a web or file address; it "
                                       "should start with https://, http:// or file://.")
        .arg(trimmed);
}

} // namespace EvidenceLink
