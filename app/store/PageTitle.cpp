#include "store/PageTitle.h"

namespace folio {
namespace {

// Brackets and '|' would break the [[Title|label]] syntax; '#' starts an anchor in it.
bool isReserved(QChar c)
{
    return c == u'[' || c == u']' || c == u'|' || c == u'#';
}

} // namespace

QString PageTitle::normalized(const QString& title)
{
    return title.simplified();
}

QString PageTitle::key(const QString& title)
{
    return normalized(title).toCaseFolded();
}

QString PageTitle::problem(const QString& title)
{
    const QString clean = normalized(title);
    if (clean.isEmpty())
        return tr("A page title cannot be empty.");
    if (clean.size() > kMaxLength)
        return tr("A page title can have at most %1 characters.").arg(kMaxLength);
    for (QChar c : clean) {
        if (isReserved(c))
            return tr("A page title cannot contain “%1”.").arg(c);
        if (c.category() == QChar::Other_Control)
            return tr("A page title cannot contain control characters.");
    }
    return {};
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
    result = normalized(result).left(kMaxLength).trimmed();
    return result.isEmpty() ? tr("Untitled") : result;
}

} // namespace folio
