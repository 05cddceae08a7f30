#include "links/formats/Json.h"

#include <QLocale>

namespace folio {

JsonValue JsonValue::operator[](std::string_view key) const
{
    if (!isObject())
        return {};
    simdjson::dom::element value;
    if (m_element.at_key(key).get(value) != simdjson::SUCCESS)
        return {};
    return JsonValue(value);
}

JsonValue JsonValue::at(size_t index) const
{
    if (!isArray())
        return {};
    simdjson::dom::element value;
    if (m_element.at(index).get(value) != simdjson::SUCCESS)
        return {};
    return JsonValue(value);
}

size_t JsonValue::size() const
{
    if (isArray())
        return simdjson::dom::array(m_element).size();
    if (isObject())
        return simdjson::dom::object(m_element).size();
    return 0;
}

QString JsonValue::toString() const
{
    if (!m_valid)
        return {};
    std::string_view text;
    if (m_element.get_string().get(text) == simdjson::SUCCESS)
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    int64_t whole = 0;
    if (m_element.get_int64().get(whole) == simdjson::SUCCESS)
        return QString::number(whole);
    uint64_t unsignedWhole = 0;
    if (m_element.get_uint64().get(unsignedWhole) == simdjson::SUCCESS)
        return QString::number(unsignedWhole);
    double number = 0;
    if (m_element.get_double().get(number) == simdjson::SUCCESS)
        return QString::number(number, 'g', 17);
    bool flag = false;
    if (m_element.get_bool().get(flag) == simdjson::SUCCESS)
        return flag ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<double> JsonValue::toNumber() const
{
    if (!m_valid)
        return std::nullopt;
    double number = 0;
    if (m_element.get_double().get(number) == simdjson::SUCCESS)
        return number;
    int64_t whole = 0;
    if (m_element.get_int64().get(whole) == simdjson::SUCCESS)
        return double(whole);
    if (m_element.is_string()) {
        bool ok = false;
        const double parsed = toString().trimmed().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

std::optional<qint64> JsonValue::toInt64() const
{
    if (!m_valid)
        return std::nullopt;
    int64_t whole = 0;
    if (m_element.get_int64().get(whole) == simdjson::SUCCESS)
        return whole;
    if (m_element.is_string()) {
        bool ok = false;
        const qint64 parsed = toString().trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    if (const auto number = toNumber())
        return qint64(*number);
    return std::nullopt;
}

bool JsonValue::toBool() const
{
    if (!m_valid)
        return false;
    bool value = false;
    if (m_element.get_bool().get(value) == simdjson::SUCCESS)
        return value;
    return toString() == QLatin1String("true");
}

QByteArray JsonValue::toJson() const
{
    if (!m_valid)
        return {};
    const std::string text = simdjson::to_string(m_element);
    return QByteArray(text.data(), qsizetype(text.size()));
}

JsonValue JsonDocument::parse(const QByteArray& json)
{
    simdjson::dom::element root;
    const auto error = m_parser.parse(json.constData(), size_t(json.size()), true).get(root);
    if (error != simdjson::SUCCESS) {
        m_error = QString::fromLatin1(simdjson::error_message(error));
        return {};
    }
    m_error.clear();
    return JsonValue(root);
}

} // namespace folio
