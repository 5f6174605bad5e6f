#include "aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(QCoreApplication::translate("MainWindow", "About Recommendation Tracker"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/rectracker.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(AboutDialog::text());
    text->setMinimumWidth(460);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::licenceUrl()
{
    return QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html");
}

QString AboutDialog::text() const
{
    // The first paragraphs are the text the About box has always had.
    const QString version = QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(RECTRACKER_VERSION)
                                                                             : QCoreApplication::applicationVersion();
    return QCoreApplication::translate("MainWindow",
                                       "<h3>Recommendation Tracker %1</h3>"
                                       "<p>Follow up the recommendations of the UN human rights mechanisms: the "
                                       "Universal Periodic Review and the treaty bodies.</p>"
                                       "<p>The bundled sample is illustrative: its texts paraphrase A/HRC/14/10 and "
                                       "CCPR/C/KAZ/CO/1 and its status histories are invented.</p>")
               .arg(version)
           + tr("<p>Data sources: the import reads the exports of <a href=\"https://www.upr-info.org/\">UPR "
                "Info</a>'s database of UPR recommendations and of the <a href=\"https://uhri.ohchr.org/\">Universal "
                "Human Rights Index</a> of the Office of the UN High Commissioner for Human Rights (OHCHR). The "
                "sample paraphrases the UN documents A/HRC/14/10 (report of the UPR Working Group on Kazakhstan, "
                "2010) and CCPR/C/KAZ/CO/1 (concluding observations of the Human Rights Committee, 2011).</p>")
           + tr("<p>Licence: GNU General Public License, version 3 or (at your option) any later version "
                "(GPL-3.0-or-later). It comes with absolutely no warranty. <a href=\"%1\">Read the licence</a>.</p>")
                 .arg(licenceUrl())
           + tr("<p>Built with Qt %1, running on Qt %2.</p>").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}
