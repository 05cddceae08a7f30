#pragma once

#include "links/formats/Json.h"
#include "links/formats/JsonStream.h"

#include <QCoreApplication>

#include <functional>

namespace folio {

class ExportSink;
class MemberReader;

// Streams one member of an export through JsonStream and hands each wanted element over
// parsed. An element that is not valid JSON, and a document cut off or broken, are reported
// to the sink with the member and position; the elements before still count.
class JsonReading
{
    Q_DECLARE_TR_FUNCTIONS(folio::JsonReading)

public:
    using Use = std::function<void(const JsonValue& value, const JsonStream::Element& element,
                                   const JsonStream& stream)>;
    // Fixes an element's bytes before parsing (Telegram's \xNN escapes).
    using Repair = std::function<void(QByteArray& json)>;

    static void read(MemberReader& reader, const QString& member,
                     const QList<JsonStream::Path>& paths, ExportSink& sink, const Use& use,
                     const Repair& repair = {});
    // JSON Lines (Mattermost, Rocket.Chat): each non-empty line parsed on its own; a line
    // that is not JSON is reported and skipped.
    using UseLine = std::function<void(const JsonValue& value, qint64 line)>;
    static void readLines(MemberReader& reader, const QString& member, ExportSink& sink,
                          const UseLine& use);
    static constexpr qint64 kMaxLineBytes = 64 << 20;

    // The text of a JSON string's raw content as JsonStream::context() gives it (escapes
    // still in place).
    static QString text(const QByteArray& raw);

    // "day.json, item 4 (byte 1203)".
    static QString position(const QString& member, const JsonStream::Element& element);
};

} // namespace folio
