#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <simdjson.h>
#include <string_view>

namespace folio {

// A read-only view of a parsed JSON value that forgives missing keys and wrong types:
// exports drift between versions (a number here, a string there, a field absent), and a
// reader asks for what it needs and gets an empty value otherwise. Valid while the
// JsonDocument that parsed it is neither destroyed nor reused.
class JsonValue
{
public:
    JsonValue() = default;
    explicit JsonValue(simdjson::dom::element element) : m_element(element), m_valid(true) {}

    bool exists() const { return m_valid; }
    bool isNull() const { return !m_valid || m_element.is_null(); }
    bool isObject() const { return m_valid && m_element.is_object(); }
    bool isArray() const { return m_valid && m_element.is_array(); }
    bool isString() const { return m_valid && m_element.is_string(); }

    JsonValue operator[](std::string_view key) const;
    JsonValue at(size_t index) const;
    size_t size() const;

    // Strings as they are, numbers and booleans as their text; empty otherwise.
    QString toString() const;
    QString str(std::string_view key) const { return (*this)[key].toString(); }
    // Numbers, and strings that hold one ("1459040791.000005", "1599750431").
    std::optional<double> toNumber() const;
    std::optional<qint64> toInt64() const;
    bool toBool() const;
    // The value as JSON text.
    QByteArray toJson() const;

    template <typename F> void forEach(F&& f) const
    {
        if (!isArray())
            return;
        for (simdjson::dom::element item : simdjson::dom::array(m_element))
            f(JsonValue(item));
    }
    template <typename F> void forEachMember(F&& f) const
    {
        if (!isObject())
            return;
        for (auto field : simdjson::dom::object(m_element))
            f(field.key, JsonValue(field.value));
    }

private:
    simdjson::dom::element m_element;
    bool m_valid = false;
};

// Parses JSON documents one after another, reusing its buffers.
class JsonDocument
{
public:
    // The root, or an invalid value with error() telling why.
    JsonValue parse(const QByteArray& json);
    QString error() const { return m_error; }

private:
    simdjson::dom::parser m_parser;
    QString m_error;
};

} // namespace folio
