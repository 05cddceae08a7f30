#include "links/LinkQueryParser.h"

#include <QDateTime>
#include <QTimeZone>

namespace folio {

std::optional<qint64> LinkQueryParser::parseDate(const QString& text)
{
    // QDate reads "2024-05-01T12:00" as the day alone: a date is exactly ten characters.
    const QDate date = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (date.isValid())
        return date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

std::optional<qint64> LinkQueryParser::parseEndDate(const QString& text)
{
    const std::optional<qint64> start = parseDate(text);
    if (start && text.size() == 10)
        return *start + 24 * 60 * 60 * 1000;
    return start;
}

namespace {

// Words split on spaces, except inside double quotes: channel:"General chat".
QStringList tokens(const QString& text)
{
    QStringList words;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                words << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

} // namespace

LinkQuery LinkQueryParser::parse(const QString& text, QString* problem)
{
    LinkQuery query;
    QStringList words;
    for (const QString& word : tokens(text)) {
        const qsizetype colon = word.indexOf(u':');
        const QString key = word.left(colon).toLower();
        QString value = word.mid(colon + 1);
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        static const QStringList keys = {QStringLiteral("channel"), QStringLiteral("in"),
                                         QStringLiteral("from"),    QStringLiteral("domain"),
                                         QStringLiteral("site"),    QStringLiteral("tag"),
                                         QStringLiteral("hidden"),  QStringLiteral("platform"),
                                         QStringLiteral("after"),   QStringLiteral("before")};
        if (colon > 0 && value.isEmpty() && keys.contains(key)) {
            // "from:" alone would otherwise be the word "from", found almost everywhere.
            if (problem)
                *problem = tr("%1: needs a value.").arg(key);
            continue;
        }
        if (colon <= 0 || value.isEmpty() || value.startsWith(QLatin1String("//"))) {
            words << word;
        } else if (key == QLatin1String("channel") || key == QLatin1String("in")) {
            query.channel = value.startsWith(u'#') ? value.mid(1) : value;
        } else if (key == QLatin1String("from")) {
            query.person = value.startsWith(u'@') ? value.mid(1) : value;
        } else if (key == QLatin1String("domain") || key == QLatin1String("site")) {
            query.domain = value;
        } else if (key == QLatin1String("tag")) {
            query.tag = value;
        } else if (key == QLatin1String("hidden")) {
            const QString answer = value.toLower();
            if (answer == QLatin1String("yes") || answer == QLatin1String("true"))
                query.onlyHidden = true;
            else if (answer != QLatin1String("no") && answer != QLatin1String("false") && problem)
                *problem = tr("hidden: takes yes or no.");
        } else if (key == QLatin1String("platform")) {
            query.platform = value.toLower();
        } else if (key == QLatin1String("after") || key == QLatin1String("before")) {
            const std::optional<qint64> date = parseDate(value);
            if (!date) {
                if (problem)
                    *problem = tr("%1: takes a date such as 2024-05-01.").arg(key);
                continue;
            }
            (key == QLatin1String("after") ? query.sharedAfter : query.sharedBefore) = date;
        } else {
            words << word;
        }
    }
    if (words.size() > kMaxWords && problem)
        *problem = tr("too many words: a filter takes at most %1.").arg(kMaxWords);
    query.words = words.join(u' ');
    return query;
}

} // namespace folio
