#include "links/formats/TeamsExport.h"

#include "links/formats/ExportArchive.h"
#include "links/formats/ExportError.h"
#include "links/formats/JsonReading.h"
#include "links/formats/TextLinks.h"
#include "links/formats/Timestamps.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>

namespace folio {

namespace {

enum class Shape { None, Page, Array, Single, Chat };

Shape shapeOf(const QByteArray& head)
{
    const QByteArray start = head.trimmed();
    const bool messages = head.contains("\"messageType\"");
    if (start.startsWith('[') && messages)
        return Shape::Array;
    if (!start.startsWith('{'))
        return Shape::None;
    if (head.contains("\"chatType\"")) // a chat, whose lastMessagePreview looks like a message
        return Shape::Chat;
    if (head.contains("\"value\"") && (messages || head.contains("@odata.context")))
        return Shape::Page;
    if (messages)
        return Shape::Single;
    if (head.contains("\"chatType\""))
        return Shape::Chat;
    return Shape::None;
}

struct Chat
{
    QString name;
    ChannelKind kind = ChannelKind::Group;
};

class Reader
{
public:
    explicit Reader(ExportSink& sink) : m_sink(sink) {}

    void chat(const JsonValue& chat)
    {
        Chat info;
        const QString type = chat.str("chatType");
        info.kind = type == QLatin1String("oneOnOne") ? ChannelKind::Direct : ChannelKind::Group;
        info.name = chat.str("topic");
        if (info.name.isEmpty()) {
            QStringList names;
            chat["members"].forEach([&](const JsonValue& m) { names << m.str("displayName"); });
            info.name = names.join(QLatin1String(", "));
        }
        m_chats.insert(chat.str("id"), info);
    }

    void message(const JsonValue& item, const QString& where, const QString& fallbackName)
    {
        ChatMessage message;
        message.platform = QStringLiteral("teams");
        message.messageId = item.str("id");
        message.sentRaw = item.str("createdDateTime");
        message.sentAt = Timestamps::fromIso(message.sentRaw);
        message.source = where;
        if (message.messageId.isEmpty() || !message.sentAt) {
            m_sink.problem({where, TeamsExport::tr("a message without an id or time; skipped")});
            return;
        }
        message.editedAt = Timestamps::fromIso(item.str("lastEditedDateTime"));
        message.threadRoot = item.str("replyToId");
        place(item, message, fallbackName);
        const JsonValue from = item["from"];
        if (from["user"].isObject()) {
            message.authorId = from["user"].str("id");
            message.authorName = from["user"].str("displayName");
        } else if (from["application"].isObject()) {
            message.authorId = from["application"].str("id");
            message.authorName = from["application"].str("displayName");
            message.authorIsBot = true;
        }
        const QString type = item.str("messageType");
        message.isSystem = type != QLatin1String("message") || !item["deletedDateTime"].isNull() ||
                           !from.isObject() || from.isNull();
        const JsonValue body = item["body"];
        const QString content = body.str("content");
        if (body.str("contentType") == QLatin1String("html")) {
            const TextLinks::Html html = TextLinks::fromHtml(content);
            message.text = html.text;
            for (const TextLinks::Span& anchor : html.anchors)
                message.addLink(anchor.url, anchor.label, LinkOrigin::HtmlAnchor, anchor.inCode);
        } else {
            message.text = content;
            for (const TextLinks::Span& span : TextLinks::bareUrls(content))
                message.addLink(span.url, {}, LinkOrigin::Text);
        }
        item["attachments"].forEach(
            [&](const JsonValue& attachment) { readAttachment(attachment, message); });
        QMap<QString, int> reactions;
        item["reactions"].forEach([&](const JsonValue& r) { ++reactions[r.str("reactionType")]; });
        QStringList parts;
        for (auto it = reactions.cbegin(); it != reactions.cend(); ++it)
            parts << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
        message.reactions = parts.join(QLatin1String(", "));
        m_sink.message(message);
    }

private:
    void place(const JsonValue& item, ChatMessage& message, const QString& fallbackName) const
    {
        const JsonValue channel = item["channelIdentity"];
        if (channel.isObject()) {
            message.workspace = channel.str("teamId");
            message.channelId = channel.str("channelId");
            message.channelName = fallbackName;
            message.channelKind = ChannelKind::Public;
            return;
        }
        message.channelId = item.str("chatId");
        const auto chat = m_chats.constFind(message.channelId);
        if (chat != m_chats.constEnd()) {
            message.channelName = chat->name;
            message.channelKind = chat->kind;
        } else {
            message.channelName = fallbackName;
            message.channelKind = message.channelId.endsWith(QLatin1String("@unq.gbl.spaces"))
                                      ? ChannelKind::Direct
                                      : ChannelKind::Group;
        }
    }

    void readAttachment(const JsonValue& attachment, ChatMessage& message)
    {
        const QString type = attachment.str("contentType");
        if (type == QLatin1String("reference")) {
            message.addLink(
                QString(attachment.str("contentUrl")).replace(u' ', QLatin1String("%20")),
                attachment.str("name"), LinkOrigin::File);
            return;
        }
        // Cards and quotes carry their content as a JSON string inside the JSON.
        const QString content = attachment.str("content");
        if (content.isEmpty())
            return;
        JsonDocument document;
        const JsonValue inner = document.parse(content.toUtf8());
        if (!inner.exists())
            return;
        if (type == QLatin1String("messageReference") ||
            type == QLatin1String("forwardedMessageReference")) {
            for (const TextLinks::Span& span : TextLinks::bareUrls(inner.str("messagePreview")))
                message.addLink(span.url, {}, LinkOrigin::Quoted);
            return;
        }
        cardLinks(inner, message);
    }

    // Action.OpenUrl buttons (adaptive cards) and openUrl buttons and taps (hero cards).
    static void cardLinks(const JsonValue& value, ChatMessage& message)
    {
        if (value.isObject()) {
            const QString type = value.str("type");
            if (type == QLatin1String("Action.OpenUrl"))
                message.addLink(value.str("url"), value.str("title"), LinkOrigin::Button);
            else if (type == QLatin1String("openUrl"))
                message.addLink(value.str("value"), value.str("title"), LinkOrigin::Button);
            value.forEachMember(
                [&](std::string_view, const JsonValue& child) { cardLinks(child, message); });
        } else if (value.isArray()) {
            value.forEach([&](const JsonValue& child) { cardLinks(child, message); });
        }
    }

    ExportSink& m_sink;
    QHash<QString, Chat> m_chats;
};

QMap<QString, Shape> teamsMembers(ExportArchive& archive)
{
    QMap<QString, Shape> members;
    for (const QString& member : archive.members()) {
        if (!member.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            continue;
        const Shape shape = shapeOf(archive.head(member, 4096));
        if (shape != Shape::None)
            members.insert(member, shape);
    }
    return members;
}

} // namespace

bool TeamsExport::recognizes(ExportArchive& archive)
{
    for (const Shape shape : teamsMembers(archive))
        if (shape != Shape::Chat)
            return true;
    return false;
}

void TeamsExport::read(ExportArchive& archive, ExportSink& sink)
{
    const QMap<QString, Shape> members = teamsMembers(archive);
    Reader reader(sink);
    JsonDocument document;
    // The chats first: they name the conversations their messages are in.
    archive.read([&](const QString& member) { return members.value(member) == Shape::Chat; },
                 [&](const QString&, MemberReader& input) {
                     const JsonValue chat = document.parse(input.readAll(64 << 20));
                     if (chat.exists())
                         reader.chat(chat);
                 });
    archive.read(
        [&](const QString& member) {
            const Shape shape = members.value(member);
            return shape != Shape::None && shape != Shape::Chat;
        },
        [&](const QString& member, MemberReader& input) {
            const Shape shape = members.value(member);
            const QString name = QFileInfo(member).completeBaseName();
            if (shape == Shape::Single) {
                const JsonValue item = document.parse(input.readAll(64 << 20));
                if (item.exists())
                    reader.message(item, member, name);
                else
                    sink.problem(
                        {member, tr("not valid JSON (%1); skipped").arg(document.error())});
                return;
            }
            const JsonStream::Path path =
                shape == Shape::Page ? JsonStream::Path{"value", "*"} : JsonStream::Path{"*"};
            JsonReading::read(
                input, member, {path}, sink,
                [&](const JsonValue& item, const JsonStream::Element& element, const JsonStream&) {
                    reader.message(item, JsonReading::position(member, element), name);
                });
        });
}

} // namespace folio
