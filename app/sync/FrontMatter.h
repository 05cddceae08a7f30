#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace folio {

// The header of a page file in a bundle: between "---" lines, one "key: value" per line,
// each value written as JSON (which YAML reads too), so Obsidian and other Markdown tools
// show it as the page's properties and Folio reads it back exactly.
namespace FrontMatter {

// "---\nkey: value\n…---\n" followed by the body.
QByteArray write(const QJsonObject& fields, const QString& body);

struct Parsed
{
    QJsonObject fields;
    QString body;
};
// std::nullopt when the text does not start with a well-formed header; `problem` says why.
std::optional<Parsed> parse(const QByteArray& text, QString* problem);

} // namespace FrontMatter
} // namespace folio
