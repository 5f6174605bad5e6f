#include "translationcatalogue.h"

#include <QFile>
#include <QXmlStreamReader>

QString CatalogueMessage::key() const
{
    return context + QChar(0x1f) + source + QChar(0x1f) + comment;
}

QString CatalogueMessage::describe() const
{
    QString text = context + QStringLiteral(" | ") + source;
    if (!comment.isEmpty())
        text += QStringLiteral(" (") + comment + QLatin1Char(')');
    return text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

namespace {

void readTranslation(QXmlStreamReader &xml, CatalogueMessage &message)
{
    message.state = xml.attributes().value(QLatin1String("type")).toString();
    if (!message.numerus) {
        message.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            message.translations << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

CatalogueMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    CatalogueMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            message.comment = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

} // namespace

TranslationCatalogue TranslationCatalogue::read(const QString &path)
{
    TranslationCatalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = path + QStringLiteral(": ") + file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        catalogue.error = path + QStringLiteral(" is not a .ts file");
        return catalogue;
    }
    catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                catalogue.messages << readMessage(xml, context);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        catalogue.error = QStringLiteral("%1, line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

const CatalogueMessage *TranslationCatalogue::find(const QString &key) const
{
    for (const CatalogueMessage &message : messages) {
        if (message.key() == key)
            return &message;
    }
    return nullptr;
}
