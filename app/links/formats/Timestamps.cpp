#include "links/formats/Timestamps.h"

#include <QDate>
#include <QRegularExpression>

namespace folio::Timestamps {

std::optional<qint64> fromIso(const QString& text, bool* hasZone)
{
    static const QRegularExpression iso(QStringLiteral(
        "^\\s*(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
        "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?\\s*$"));
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    const int ms = QString(m.captured(7) + QStringLiteral("000")).left(3).toInt();
    qint64 result = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    result = ((result * 24 + hour) * 60 + minute) * 60 + second;
    result = result * 1000 + ms;
    const QString zone = m.captured(8);
    if (hasZone)
        *hasZone = !zone.isEmpty();
    if (!zone.isEmpty() && zone != QLatin1String("Z") && zone != QLatin1String("z")) {
        const QString digits = QString(zone.mid(1)).remove(u':');
        const int offset = digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt();
        result -= qint64(zone.startsWith(u'-') ? -offset : offset) * 60 * 1000;
    }
    if (result < kEarliest || result >= kLatest)
        return std::nullopt;
    return result;
}

std::optional<qint64> fromEpochSeconds(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d{1,12})(?:\\.(\\d*))?\\s*$"));
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 seconds = m.captured(1).toLongLong();
    if (seconds < kEarliest / 1000 || seconds >= kLatest / 1000)
        return std::nullopt;
    return seconds * 1000 + QString(m.captured(2) + QStringLiteral("000")).left(3).toInt();
}

} // namespace folio::Timestamps
