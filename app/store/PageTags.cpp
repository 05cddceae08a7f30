#include "store/PageTags.h"

#include <QRegularExpression>

namespace folio::PageTags {

QStringList normalized(const QStringList& tags)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList result;
    for (const QString& tag : tags) {
        const QString clean = tag.trimmed().toLower().replace(separators, QStringLiteral("-"));
        if (!clean.isEmpty() && clean != QLatin1String("-") && !result.contains(clean))
            result << clean;
    }
    result.sort();
    return result;
}

QStringList parse(const QString& text)
{
    return normalized(text.split(u',', Qt::SkipEmptyParts));
}

QString join(const QStringList& tags)
{
    return tags.join(QLatin1String(", "));
}

} // namespace folio::PageTags
