#include "links/formats/DiscordExport.h"

#include "links/formats/ExportArchive.h"
#include "links/formats/ExportError.h"
#include "links/formats/JsonReading.h"
#include "links/formats/TextLinks.h"
#include "links/formats/Timestamps.h"

#include <QRegularExpression>

namespace folio {

namespace {

bool looksLikeDiscord(const QByteArray& head)
{
    return head.contains("\"guild\"") && head.contains("\"channel\"");
}

QStringList discordMembers(ExportArchive& archive)
{
    QStringList members;
    for (const QString& member : archive.members())
        if (member.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) &&
            looksLikeDiscord(archive.head(member, 8192)))
            members << member;
    return members;
}

// Discord escapes Markdown characters with a backslash: "the \_config\_ docs".
QString withoutEscapes(QString text)
{
    static const QRegularExpression escape(QStringLiteral("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|~>])"));
    return text.replace(escape, QStringLiteral("\\1"));
}

bool isSystemType(const QString& type)
{
    static const QStringList types{QStringLiteral("RecipientAdd"),
                                   QStringLiteral("RecipientRemove"),
                                   QStringLiteral("Call"),
                                   QStringLiteral("ChannelNameChange"),
                                   QStringLiteral("ChannelIconChange"),
                                   QStringLiteral("ChannelPinnedMessage"),
                                   QStringLiteral("GuildMemberJoin"),
                                   QStringLiteral("ThreadCreated")};
    return types.contains(type);
}

ChannelKind kindOf(const QString& type)
{
    if (type == QLatin1String("DirectTextChat"))
        return ChannelKind::Direct;
    if (type == QLatin1String("DirectGroupTextChat"))
        return ChannelKind::Group;
    if (type == QLatin1String("GuildPrivateThread"))
        return ChannelKind::Private;
    return ChannelKind::Public;
}

void addMarkdown(ChatMessage& message, const QString& text, LinkOrigin origin)
{
    for (const TextLinks::Span& span : TextLinks::markdownLinks(text))
        message.addLink(span.url, withoutEscapes(span.label), origin, span.inCode);
}

void readMessage(const JsonValue& item, const JsonStream& stream, const QString& where,
                 ExportSink& sink)
{
    ChatMessage message;
    message.platform = QStringLiteral("discord");
    message.workspace = JsonReading::text(stream.context("guild/name"));
    message.channelId = JsonReading::text(stream.context("channel/id"));
    message.channelName = JsonReading::text(stream.context("channel/name"));
    message.channelKind = kindOf(JsonReading::text(stream.context("channel/type")));
    message.messageId = item.str("id");
    message.sentRaw = item.str("timestamp");
    message.sentAt = Timestamps::fromIso(message.sentRaw);
    message.source = where;
    if (message.messageId.isEmpty() || !message.sentAt) {
        sink.problem({where, DiscordExport::tr("a message without an id or time; skipped")});
        return;
    }
    message.editedAt = Timestamps::fromIso(item.str("timestampEdited"));
    const JsonValue author = item["author"];
    message.authorId = author.str("id");
    message.authorName = author.str("nickname");
    if (message.authorName.isEmpty())
        message.authorName = author.str("name");
    message.authorIsBot = author["isBot"].toBool();
    const QString type = item.str("type");
    message.isSystem = isSystemType(type);
    if (type == QLatin1String("Reply"))
        message.threadRoot = item["reference"].str("messageId");
    message.text = item.str("content");
    addMarkdown(message, message.text, LinkOrigin::Text);
    item["embeds"].forEach([&](const JsonValue& embed) {
        message.addLink(embed.str("url"), embed.str("title"), LinkOrigin::Embed);
        addMarkdown(message, embed.str("description"), LinkOrigin::Embed);
        embed["fields"].forEach([&](const JsonValue& field) {
            addMarkdown(message, field.str("value"), LinkOrigin::Embed);
        });
        if (message.text.isEmpty())
            message.text = embed.str("title");
    });
    item["attachments"].forEach([&](const JsonValue& attachment) {
        const QString url = attachment.str("url");
        // With --media the URL is a local path: the file went with the export, not a link.
        if (url.startsWith(QLatin1String("http")))
            message.addLink(url, attachment.str("fileName"), LinkOrigin::File);
    });
    QStringList reactions;
    item["reactions"].forEach([&](const JsonValue& reaction) {
        reactions << QStringLiteral("%1 ×%2")
                         .arg(reaction["emoji"].str("name"))
                         .arg(reaction["count"].toInt64().value_or(1));
    });
    message.reactions = reactions.join(QLatin1String(", "));
    sink.message(message);
}

} // namespace

bool DiscordExport::recognizes(ExportArchive& archive)
{
    return !discordMembers(archive).isEmpty();
}

void DiscordExport::read(ExportArchive& archive, ExportSink& sink)
{
    const QStringList members = discordMembers(archive);
    if (members.isEmpty())
        throw ExportError(tr("“%1” holds no DiscordChatExporter JSON file.").arg(archive.path()));
    archive.read([&](const QString& member) { return members.contains(member); },
                 [&](const QString& member, MemberReader& reader) {
                     JsonReading::read(
                         reader, member, {{"messages", "*"}}, sink,
                         [&](const JsonValue& item, const JsonStream::Element& element,
                             const JsonStream& stream) {
                             readMessage(item, stream, JsonReading::position(member, element),
                                         sink);
                         });
                 });
}

} // namespace folio
