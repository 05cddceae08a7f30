#include "store/PageTitle.h"

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

} // namespace

QString PageTitle::normalized(const QString& title)
{
    // Form C, so a title typed with a combining accent and one typed with the accented
    // letter are the same title.
    return title.normalized(QString::NormalizationForm_C).simplified();
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
    }
    return {};
}

QString PageTitle::leftCharacters(const QString& text, int count)
{
    qsizetype units = 0;
    for (int characters = 0; characters < count && units < text.size(); ++characters)
        units += text.at(units).isHighSurrogate() && units + 1 < text.size() ? 2 : 1;
    return text.left(units);
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
        else if (c.category() != QChar::Other_Control)
            result += c;
    }
    result = leftCharacters(normalized(result), kMaxLength).trimmed();
    return hasVisibleCharacter(result) ? result : tr("Untitled");
}

} // namespace folio
