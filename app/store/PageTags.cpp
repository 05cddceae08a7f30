#include "store/PageTags.h"

#include <QRegularExpression>

namespace folio::PageTags {

QStringList normalized(const QStringList& tags)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList result;
    for (const QString& tag : tags) {
        QString clean = tag.trimmed().toLower().replace(separators, QStringLiteral("-"));
        clean.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
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
