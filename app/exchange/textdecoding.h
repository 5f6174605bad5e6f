#pragma once
// Turns the bytes of an imported text file (CSV, TSV) into text. Public
// exports of recommendations come in UTF-8, UTF-16 (Excel's "Unicode text")
// and the legacy code pages analysts' machines still write: Windows-1251 for
// Russian, Windows-1252 and Mac Roman for Western European languages. The
// bytes alone rarely say which, so auto-detection guesses (see the .cpp).
// Line endings are left as they are: the CSV reader handles them.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace TextDecoding {

struct DecodedText {
    QString text;     // without a byte order mark
    QString encoding; // the name used: "UTF-8", "UTF-16LE", "windows-1251", "macintosh", ...
};

// encodingName empty or "auto": detect (a byte order mark decides, then
// valid UTF-8 is UTF-8, then the legacy code page is guessed). Anything else
// is an ICU/Qt codec name used as given. Fails, with a translated sentence in
// *error, on an unknown encoding name, on bytes that are not text (a NUL
// character, as in a ZIP or PNG file), and on bytes that are invalid in the
// encoding named or announced by a byte order mark. The sentences do not
// name the file: the caller knows it and puts it in front.
std::optional<DecodedText> decode(const QByteArray &bytes, const QString &encodingName, QString *error);

// The choices offered in the GUI, "auto" first.
QStringList knownEncodings();

} // namespace TextDecoding
