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
    char root = 0; // the document's first character
    for (;;) {
        const qint64 got = reader.read(buffer.data(), buffer.size());
        if (got <= 0)
            break;
        const char* data = buffer.constData();
        qint64 size = got;
        if (first && size >= 3 && data[0] == '\xef' && data[1] == '\xbb' && data[2] == '\xbf') {
            data += 3;
            size -= 3;
            stream.skipped(3);
        }
        first = false;
        for (qint64 i = 0; i < size && root == 0; ++i)
            if (data[i] != ' ' && data[i] != '\n' && data[i] != '\r' && data[i] != '\t')
                root = data[i];
        if (!stream.feed(data, size))
            break;
    }
    if (stream.finish()) {
        // A whole document of the wrong shape (an object where a list belongs, NULs, a word)
        // holds none of what is wanted: said, never passed over in silence.
        const char expected = paths.value(0).value(0) == "*" ? '[' : '{';
        if (items == 0 && root != expected)
            sink.problem({member, tr("the file does not hold what this export keeps there (“%1” "
                                     "expected); nothing in it was read")
                                      .arg(QLatin1Char(expected))});
        else if (stream.trailingDataAt() >= 0)
            sink.problem({member, tr("something follows the end of the JSON (at byte %1); it "
                                     "was not read")
                                      .arg(stream.trailingDataAt())});
        return;
    }
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

QString JsonReading::text(const QByteArray& raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    JsonDocument document;
    const JsonValue value = document.parse('"' + raw + '"');
    return value.exists() ? value.toString() : QString::fromUtf8(raw);
}

void JsonReading::readLines(MemberReader& reader, const QString& member, ExportSink& sink,
                            const UseLine& use)
{
    JsonDocument document;
    QByteArray pending;
    qint64 lineNumber = 0;
    bool oversize = false;
    const auto finishLine = [&](QByteArray line) {
        ++lineNumber;
        if (oversize) {
            oversize = false;
            sink.problem({tr("%1, line %2").arg(member).arg(lineNumber),
                          tr("a line longer than %1 MB was skipped").arg(kMaxLineBytes >> 20)});
            return;
        }
        if (lineNumber == 1 && line.startsWith("\xef\xbb\xbf"))
            line.remove(0, 3);
        if (line.trimmed().isEmpty())
            return;
        const JsonValue value = document.parse(line);
        if (!value.exists()) {
            sink.problem({tr("%1, line %2").arg(member).arg(lineNumber),
                          tr("not valid JSON (%1); skipped").arg(document.error())});
            return;
        }
        use(value, lineNumber);
    };
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 got = reader.read(buffer.data(), buffer.size());
        if (got <= 0)
            break;
        qint64 start = 0;
        for (;;) {
            const qint64 newline = buffer.indexOf('\n', start);
            if (newline < 0 || newline >= got)
                break;
            if (!oversize)
                pending.append(buffer.constData() + start, newline - start);
            finishLine(pending);
            pending.clear();
            start = newline + 1;
        }
        if (!oversize)
            pending.append(buffer.constData() + start, got - start);
        if (pending.size() > kMaxLineBytes) {
            oversize = true;
            pending.clear();
        }
    }
    if (!pending.isEmpty() || oversize)
        finishLine(pending);
}

} // namespace folio
