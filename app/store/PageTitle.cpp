#include "store/PageTitle.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace folio {
namespace {

// Brackets and '|' would break the [[Title|label]] syntax; '#' starts an anchor in it.
bool isReserved(QChar c)
{
    return c == u'[' || c == u']' || c == u'|' || c == u'#';
}

// Something a reader can see: not a space, a control or format character (zero-width space,
// soft hyphen, byte order mark…), nor a combining mark with nothing to sit on.
bool isVisible(QChar c)
{
    switch (c.category()) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return false;
    default:
        return !c.isSpace();
    }
}

bool hasVisibleCharacter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), isVisible);
}

// Invisible characters that only make two titles look alike: zero-width space, word joiner,
// byte order mark, soft hyphen. (Zero-width joiners stay: emoji and scripts need them.)
bool isInvisibleFiller(QChar c)
{
    return c == u'\u200B' || c == u'\u2060' || c == u'\uFEFF' || c == u'\u00AD';
}

// Embeddings, overrides and isolates reorder what is shown: "txt.exe" can look like "exe.txt".
bool isDirectionControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

} // namespace

QString PageTitle::normalized(const QString& title)
{
    // Form C, so a title typed with a combining accent and one typed with the accented
    // letter are the same title.
    QString result = title.normalized(QString::NormalizationForm_C);
    result.removeIf(isInvisibleFiller);
    return result.simplified();
}

QString PageTitle::key(const QString& title)
{
    return normalized(title).toCaseFolded().normalized(QString::NormalizationForm_C);
}

QString PageTitle::problem(const QString& title)
{
    const QString clean = normalized(title);
    if (clean.isEmpty())
        return tr("A page title cannot be empty.");
    if (!hasVisibleCharacter(clean))
        return tr("A page title needs at least one visible character.");
    if (leftCharacters(clean, kMaxLength) != clean)
        return tr("A page title can have at most %1 characters.").arg(kMaxLength);
    for (QChar c : clean) {
        if (isReserved(c))
            return tr("A page title cannot contain “%1”.").arg(c);
        if (c.category() == QChar::Other_Control)
            return tr("A page title cannot contain control characters.");
        if (isDirectionControl(c))
            return tr("A page title cannot contain characters that change the text direction.");
    }
    return {};
}

QString PageTitle::leftCharacters(const QString& text, int count)
{
    qsizetype units = 0;
    for (int characters = 0; characters < count && units < text.size(); ++characters)
        units += text.at(units).isHighSurrogate() && units + 1 < text.size() ? 2 : 1;
    if (units >= text.size())
        return text;
    // Cut where a reader sees a character end: never inside "👩‍💻" or "é" made of two.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    graphemes.setPosition(units);
    if (!graphemes.isAtBoundary())
        units = graphemes.toPreviousBoundary();
    return text.left(qMax<qsizetype>(units, 0));
}

QString PageTitle::sanitized(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (c == u'[')
            result += u'(';
        else if (c == u']')
            result += u')';
        else if (c == u'|' || c == u'#')
            result += u' ';
        else if (c.category() != QChar::Other_Control && !isDirectionControl(c))
            result += c;
    }
    result = leftCharacters(normalized(result), kMaxLength).trimmed();
    return hasVisibleCharacter(result) ? result : tr("Untitled");
}

} // namespace folio
