#include "links/formats/JsonReading.h"

#include "links/formats/ExportArchive.h"
#include "links/formats/ExportFormat.h"

namespace folio {

QString JsonReading::position(const QString& member, const JsonStream::Element& element)
{
    return tr("%1, item %2 (byte %3)").arg(member).arg(element.index + 1).arg(element.offset);
}

void JsonReading::read(MemberReader& reader, const QString& member,
                       const QList<JsonStream::Path>& paths, ExportSink& sink, const Use& use,
                       const Repair& repair)
{
    JsonDocument document;
    qint64 items = 0;
    JsonStream* current = nullptr;
    JsonStream stream(paths, [&](const JsonStream::Element& element) {
        ++items;
        if (element.json.isEmpty()) {
            sink.problem({position(member, element), tr("an item larger than %1 MB was skipped")
                                                         .arg(JsonStream::kMaxElementBytes >> 20)});
            return;
        }
        QByteArray json = element.json;
        if (repair)
            repair(json);
        const JsonValue value = document.parse(json);
        if (!value.exists()) {
            sink.problem({position(member, element),
                          tr("not valid JSON (%1); skipped").arg(document.error())});
            return;
        }
        use(value, element, *current);
    });
    current = &stream;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    bool first = true;
    for (;;) {
        const qint64 got = reader.read(buffer.data(), buffer.size());
        if (got <= 0)
            break;
        const char* data = buffer.constData();
        qint64 size = got;
        if (first && size >= 3 && data[0] == '\xef' && data[1] == '\xbb' && data[2] == '\xbf') {
            data += 3;
            size -= 3;
        }
        first = false;
        if (!stream.feed(data, size))
            break;
    }
    if (stream.finish())
        return;
    if (stream.isTruncated())
        sink.problem({member, tr("the file is cut off; the %n complete item(s) before the cut "
                                 "were read",
                                 nullptr, int(items))});
    else
        sink.problem({member, tr("the file stops being JSON (%1); the %n item(s) before were "
                                 "read",
                                 nullptr, int(items))
                                  .arg(stream.error())});
}

} // namespace folio
