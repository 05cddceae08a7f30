#include "links/formats/RocketChatExport.h"

#include "links/formats/ExportArchive.h"
#include "links/formats/ExportError.h"
#include "links/formats/JsonReading.h"
#include "links/formats/TextLinks.h"
#include "links/formats/Timestamps.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace folio {

namespace {

bool looksLikeRocketChat(const QByteArray& head)
{
    const QByteArray first = head.left(head.indexOf('\n')).trimmed();
    return first.startsWith('{') && first.contains("\"msg\"") && first.contains("\"ts\"") &&
           (first.contains("\"username\"") || first.contains("\"rid\""));
}

QStringList rocketMembers(ExportArchive& archive)
{
    QStringList members;
    for (const QString& member : archive.members())
        if ((member.endsWith(QLatin1String(".jsonl")) || member.endsWith(QLatin1String(".json"))) &&
            looksLikeRocketChat(archive.head(member, 4096)))
            members << member;
    return members;
}

// ms from "2023-05-01T12:00:00.000Z", {"$date": "…"} or {"$date": {"$numberLong": "…"}}.
std::optional<qint64> mongoTime(const JsonValue& value, QString* raw)
{
    JsonValue date = value.isObject() ? value["$date"] : value;
    if (date.isObject())
        date = date["$numberLong"];
    if (raw)
        *raw = date.toString();
    if (date.isString() && date.toString().contains(u'-'))
        return Timestamps::fromIso(date.toString());
    return date.toInt64();
}

// Labels the message gives its URLs: the md tree's LINK nodes, Slack-style <url|label>
// (bridged messages) and Markdown [label](url).
void collectLabels(const JsonValue& node, QHash<QString, QString>& labels)
{
    if (node.isArray()) {
        node.forEach([&](const JsonValue& child) { collectLabels(child, labels); });
        return;
    }
    if (!node.isObject())
        return;
    if (node.str("type") == QLatin1String("LINK")) {
        const JsonValue link = node["value"];
        QString label;
        link["label"].forEach([&](const JsonValue& part) { label += part.str("value"); });
        if (link["label"].isObject())
            label = link["label"].str("value");
        labels.insert(link["src"].str("value"), label);
        return;
    }
    collectLabels(node["value"], labels);
}

class Reader
{
public:
    explicit Reader(ExportSink& sink) : m_sink(sink) {}

    void line(const JsonValue& item, qint64 number, const QString& member)
    {
        const QString where =
            RocketChatExport::tr("%1, line %2").arg(member, QString::number(number));
        ChatMessage message;
        message.platform = QStringLiteral("rocketchat");
        message.source = where;
        message.sentAt = mongoTime(item["ts"], &message.sentRaw);
        const JsonValue user = item["u"];
        if (item["_id"].exists()) {
            // mongoexport of rocketchat_message
            message.messageId = item.str("_id");
            message.channelId = item.str("rid");
            message.channelName = message.channelId;
            message.threadRoot = item.str("tmid");
            message.authorId = user.str("_id");
            message.authorName = item.str("alias");
            if (message.authorName.isEmpty())
                message.authorName = user.str("name");
            if (message.authorName.isEmpty())
                message.authorName = user.str("username");
            message.authorIsBot = item["bot"].exists() && !item["bot"].isNull();
            message.isSystem = !item.str("t").isEmpty();
            if (const auto edited = mongoTime(item["editedAt"], nullptr))
                message.editedAt = edited;
        } else {
            // A room's own export: the room is the file; a message is its time and author.
            message.channelName = QFileInfo(member).completeBaseName();
            message.channelId = message.channelName;
            message.authorName = item.str("username");
            message.authorId = message.authorName;
            message.messageId = message.sentRaw + u' ' + message.authorName;
            message.isSystem = !item.str("type").isEmpty();
        }
        if (!message.sentAt) {
            m_sink.problem(
                {where, RocketChatExport::tr("a message without a valid time (ts); skipped")});
            return;
        }
        message.text = item.str("msg");
        QHash<QString, QString> labels;
        collectLabels(item["md"], labels);
        static const QRegularExpression slackLink(
            QStringLiteral("<((?:https?|ftp)://[^|>\\s]+)\\|([^>]+)>"));
        for (const QRegularExpressionMatch& match : slackLink.globalMatch(message.text))
            labels.insert(match.captured(1), match.captured(2));
        for (const TextLinks::Span& span : TextLinks::markdownLinks(message.text))
            if (!span.label.isEmpty())
                labels.insert(span.url, span.label);
        item["urls"].forEach([&](const JsonValue& url) {
            const QString address = url.str("url");
            message.addLink(address, labels.value(address), LinkOrigin::Text);
        });
        for (const TextLinks::Span& span : TextLinks::markdownLinks(message.text))
            message.addLink(span.url, labels.value(span.url, span.label), LinkOrigin::Text,
                            span.inCode);
        for (const QRegularExpressionMatch& match : slackLink.globalMatch(message.text))
            message.addLink(match.captured(1), match.captured(2), LinkOrigin::Text);
        item["attachments"].forEach([&](const JsonValue& attachment) {
            QString link = attachment.str("title_link");
            if (link.isEmpty())
                link = attachment.str("url");
            message.addLink(link, attachment.str("title"), LinkOrigin::File);
        });
        QStringList reactions;
        item["reactions"].forEachMember([&](std::string_view emoji, const JsonValue& who) {
            reactions << QStringLiteral("%1 ×%2")
                             .arg(QString::fromUtf8(emoji.data(), qsizetype(emoji.size())))
                             .arg(who["usernames"].size());
        });
        message.reactions = reactions.join(QLatin1String(", "));
        m_sink.message(message);
    }

private:
    ExportSink& m_sink;
};

} // namespace

bool RocketChatExport::recognizes(ExportArchive& archive)
{
    return !rocketMembers(archive).isEmpty();
}

void RocketChatExport::read(ExportArchive& archive, ExportSink& sink)
{
    const QStringList members = rocketMembers(archive);
    if (members.isEmpty())
        throw ExportError(tr("“%1” holds no Rocket.Chat export.").arg(archive.path()));
    Reader reader(sink);
    archive.read([&](const QString& member) { return members.contains(member); },
                 [&](const QString& member, MemberReader& input) {
                     JsonReading::readLines(input, member, sink,
                                            [&](const JsonValue& item, qint64 line) {
                                                reader.line(item, line, member);
                                            });
                 });
}

} // namespace folio
