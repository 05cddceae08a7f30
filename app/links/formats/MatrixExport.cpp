#include "links/formats/MatrixExport.h"

#include "links/formats/ExportArchive.h"
#include "links/formats/ExportError.h"
#include "links/formats/JsonReading.h"
#include "links/formats/TextLinks.h"

#include <QRegularExpression>

namespace folio {

namespace {

bool looksLikeElement(const QByteArray& head)
{
    return head.contains("\"room_name\"") && head.contains("\"export_date\"");
}

QStringList elementMembers(ExportArchive& archive)
{
    QStringList members;
    for (const QString& member : archive.members())
        if (member.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) &&
            looksLikeElement(archive.head(member, 8192)))
            members << member;
    return members;
}

// A reply's body starts with the quoted message: "> <@bob:hs> where is it?\n\nhere: …".
QString withoutReplyFallback(const QString& body)
{
    if (!body.startsWith(QLatin1String("> ")))
        return body;
    const qsizetype end = body.indexOf(QLatin1String("\n\n"));
    return end < 0 ? QString() : body.mid(end + 2);
}

QString withoutMxReply(QString html)
{
    static const QRegularExpression reply(QStringLiteral("<mx-reply>.*</mx-reply>"),
                                          QRegularExpression::DotMatchesEverythingOption |
                                              QRegularExpression::InvertedGreedinessOption);
    return html.remove(reply);
}

class Reader
{
public:
    explicit Reader(ExportSink& sink) : m_sink(sink) {}

    void event(const JsonValue& item, const QString& room, const QString& where)
    {
        ChatMessage message;
        message.platform = QStringLiteral("matrix");
        message.messageId = item.str("event_id");
        message.channelId = item.str("room_id");
        message.workspace = message.channelId.section(u':', 1);
        message.channelName = room.isEmpty() ? message.channelId : room;
        message.sentRaw = item.str("origin_server_ts");
        message.sentAt = item["origin_server_ts"].toInt64();
        message.authorId = item.str("sender");
        message.authorName = message.authorId;
        message.source = where;
        if (message.messageId.isEmpty() || !message.sentAt) {
            m_sink.problem({where, MatrixExport::tr("an event without an id or time; skipped")});
            return;
        }
        const QString type = item.str("type");
        const JsonValue content = item["content"];
        const bool redacted = item["unsigned"]["redacted_because"].exists() || content.size() == 0;
        message.isSystem = redacted || (type != QLatin1String("m.room.message") &&
                                        type != QLatin1String("m.sticker"));
        const QString msgtype = content.str("msgtype");
        message.authorIsBot = msgtype == QLatin1String("m.notice");
        const JsonValue relation = content["m.relates_to"];
        if (relation.str("rel_type") == QLatin1String("m.thread"))
            message.threadRoot = relation.str("event_id");
        else
            message.threadRoot = relation["m.in_reply_to"].str("event_id");
        message.text = withoutReplyFallback(content.str("body"));
        const bool isFile =
            msgtype == QLatin1String("m.file") || msgtype == QLatin1String("m.image") ||
            msgtype == QLatin1String("m.video") || msgtype == QLatin1String("m.audio");
        if (!isFile) {
            if (content.str("format") == QLatin1String("org.matrix.custom.html") &&
                content["formatted_body"].isString()) {
                const TextLinks::Html html =
                    TextLinks::fromHtml(withoutMxReply(content.str("formatted_body")));
                for (const TextLinks::Span& anchor : html.anchors)
                    message.addLink(anchor.url, anchor.label, LinkOrigin::HtmlAnchor,
                                    anchor.inCode);
            } else {
                TextLinks::addMarkdownLinks(message, message.text, LinkOrigin::Text);
            }
        }
        m_sink.message(message);
    }

private:
    ExportSink& m_sink;
};

// The messages of an export whose header is not JSON: found by their key, read on their own.
void readBrokenHeader(ExportArchive& archive, const QString& member, Reader& reader)
{
    QByteArray data;
    archive.read(
        [&](const QString& name) { return name == member; },
        [&](const QString&, MemberReader& input) { data = input.readAll(qint64(1) << 30); });
    static const QRegularExpression key(QStringLiteral("\"messages\"\\s*:\\s*\\["));
    const QString head = QString::fromUtf8(data.left(1 << 20));
    const QRegularExpressionMatch found = key.match(head);
    if (!found.hasMatch())
        return;
    static const QRegularExpression roomName(
        QStringLiteral("\"room_name\"\\s*:\\s*\"([^\"\\n]*)\""));
    const QString room = roomName.match(head).captured(1);
    const qsizetype start = head.left(found.capturedEnd() - 1).toUtf8().size();
    JsonDocument document;
    JsonStream stream({{"*"}}, [&](const JsonStream::Element& element) {
        const JsonValue item = document.parse(element.json);
        if (item.exists())
            reader.event(item, room, JsonReading::position(member, element));
    });
    stream.feed(data.constData() + start, data.size() - start);
}

} // namespace

bool MatrixExport::recognizes(ExportArchive& archive)
{
    return !elementMembers(archive).isEmpty();
}

void MatrixExport::read(ExportArchive& archive, ExportSink& sink)
{
    const QStringList members = elementMembers(archive);
    if (members.isEmpty())
        throw ExportError(tr("“%1” holds no Element chat export.").arg(archive.path()));
    Reader reader(sink);
    for (const QString& file : members) {
        bool broken = false;
        qint64 events = 0;
        // A header that is not JSON shows as a problem before any event: read again without it.
        struct Watch : ExportSink
        {
            ExportSink& inner;
            bool& broken;
            qint64& events;
            Watch(ExportSink& s, bool& b, qint64& e) : inner(s), broken(b), events(e) {}
            void message(ChatMessage& m) override { inner.message(m); }
            void problem(const ImportProblem& p) override
            {
                if (events == 0)
                    broken = true;
                else
                    inner.problem(p);
            }
        } watch(sink, broken, events);
        archive.read([&](const QString& member) { return member == file; },
                     [&](const QString& member, MemberReader& input) {
                         JsonReading::read(
                             input, member, {{"messages", "*"}}, watch,
                             [&](const JsonValue& item, const JsonStream::Element& element,
                                 const JsonStream& stream) {
                                 ++events;
                                 reader.event(item, JsonReading::text(stream.context("room_name")),
                                              JsonReading::position(member, element));
                             });
                     });
        if (broken && events == 0)
            readBrokenHeader(archive, file, reader);
    }
}

} // namespace folio
