#pragma once

#include <QIODevice>
#include <QString>
#include <QTextStream>

namespace folio {

// The streams a command talks through, and whether each is a terminal. Text that comes from
// a wiki or a file (page bodies, titles, tags, authors, file names) goes through forOut() or
// forErr() first: on a terminal its control characters are shown, never obeyed, so a page
// cannot retitle the window, clear the screen or ring the bell. Pipes get the text as it is.
struct Console
{
    QTextStream& out;
    QTextStream& err;
    QIODevice& in;
    bool outIsTerminal = false;
    bool errIsTerminal = false;
    bool inIsTerminal = false;

    QString forOut(const QString& text) const { return outIsTerminal ? visible(text) : text; }
    QString forErr(const QString& text) const { return errIsTerminal ? visible(text) : text; }

    // Control characters (but line breaks and tabs) as their visible symbols: ESC as "␛",
    // BEL as "␇"; C1 controls and DEL likewise replaced; bidirectional overrides as "<U+202E>".
    static QString visible(const QString& text);
};

} // namespace folio
