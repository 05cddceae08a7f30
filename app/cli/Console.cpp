#include "cli/Console.h"

namespace folio {

QString Console::visible(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code == u'\n' || code == u'\t')
            result += c;
        else if (code < 0x20)
            result += QChar(char16_t(0x2400 + code)); // U+2400 CONTROL PICTURES
        else if (code == 0x7F)
            result += QChar(char16_t(0x2421));
        else if (code >= 0x80 && code < 0xA0)
            result += QChar(char16_t(0xFFFD));
        else if ((code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069))
            // Bidirectional overrides and isolates would reorder what follows on the line:
            // a label could make a URL read backwards.
            result += QStringLiteral("<U+%1>").arg(int(code), 4, 16, QLatin1Char('0')).toUpper();
        else
            result += c;
    }
    return result;
}

} // namespace folio
