#include "links/formats/TelegramExport.h"

#include "links/formats/ExportArchive.h"
#include "links/formats/ExportError.h"
#include "links/formats/JsonReading.h"
#include "links/formats/TextLinks.h"
#include "links/formats/Timestamps.h"

namespace folio {

namespace {

bool looksLikeTelegram(const QByteArray& head)
{
    if (head.contains("\"personal_information\"") || head.contains("\"chats\""))
        return true;
    return head.contains("\"messages\"") && head.contains("\"type\"") && head.contains("\"id\"") &&
           !head.contains("\"guild\"") && !head.contains("\"room_name\"");
}

QStringList telegramMembers(ExportArchive& archive)
{
    QStringList members;
    for (const QString& member : archive.members())
        if (member.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) &&
            looksLikeTelegram(archive.head(member, 4096)))
            members << member;
    return members;
}

ChannelKind kindOf(const QString& type)
{
    if (type == QLatin1String("personal_chat") || type == QLatin1String("bot_chat") ||
        type == QLatin1String("saved_messages"))
        return ChannelKind::Direct;
    if (type.startsWith(QLatin1String("private_")))
        return ChannelKind::Private;
    return ChannelKind::Public;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

class Reader
{
public:
    Reader(ExportSink& sink) : m_sink(sink) {}

    void message(const JsonValue& item, const JsonStream& stream, int path, const QString& where)
    {
        static const QByteArray prefixes[] = {"", "chats/list/*/", "left_chats/list/*/"};
        const QByteArray prefix = prefixes[path];
        ChatMessage message;
        message.platform = QStringLiteral("telegram");
        message.workspace = QStringLiteral("Telegram");
        message.channelId = JsonReading::text(stream.context(prefix + "id"));
        const QString type = JsonReading::text(stream.context(prefix + "type"));
        message.channelName = JsonReading::text(stream.context(prefix + "name"));
        if (message.channelName.isEmpty() && type == QLatin1String("saved_messages"))
            message.channelName = TelegramExport::tr("Saved Messages");
        message.channelKind = kindOf(type);
        message.messageId = item.str("id");
        message.source = where;
        message.sentRaw = item.str("date");
        message.sentAt = time(item.str("date"), item.str("date_unixtime"));
        if (const QString unix = item.str("date_unixtime");
            !unix.isEmpty() && !Timestamps::fromEpochSeconds(unix))
            m_sink.problem({where, TelegramExport::tr("an impossible time (date_unixtime “%1”); "
                                                      "the message keeps its written date")
                                       .arg(unix.left(40))});
        if (message.messageId.isEmpty()) {
            m_sink.problem({where, TelegramExport::tr("a message without an id; skipped")});
            return;
        }
        if (const auto edited = time(item.str("edited"), item.str("edited_unixtime"));
            edited && *edited > 0)
            message.editedAt = edited;
        message.isSystem = item.str("type") != QLatin1String("message");
        message.authorName = item.str("from");
        message.authorId = item.str("from_id");
        if (!message.authorId.isEmpty() && message.authorId.at(0).isDigit())
            message.authorId.prepend(QLatin1String("user"));
        message.threadRoot = item.str("reply_to_message_id");
        readText(item, message);
        item["inline_bot_buttons"].forEach([&](const JsonValue& row) {
            row.forEach([&](const JsonValue& button) {
                const QString kind = button.str("type");
                if (kind == QLatin1String("url") || kind == QLatin1String("login_url") ||
                    kind == QLatin1String("web_view"))
                    message.addLink(button.str("data"), button.str("text"), LinkOrigin::Button);
            });
        });
        QStringList reactions;
        item["reactions"].forEach([&](const JsonValue& r) {
            reactions << QStringLiteral("%1 ×%2")
                             .arg(r.str("emoji"))
                             .arg(r["count"].toInt64().value_or(1));
        });
        message.reactions = reactions.join(QLatin1String(", "));
        m_sink.message(message);
    }

private:
    // UTC from date_unixtime; else the local `date` less the exporter's offset, learnt from
    // messages that have both.
    std::optional<qint64> time(const QString& local, const QString& unix)
    {
        const std::optional<qint64> asUtc = Timestamps::fromIso(local);
        if (const auto utc = Timestamps::fromEpochSeconds(unix)) {
            if (asUtc)
                m_offset = *asUtc - *utc;
            return utc;
        }
        if (!asUtc)
            return std::nullopt;
        return *asUtc - m_offset.value_or(0);
    }

    void readText(const JsonValue& item, ChatMessage& message) const
    {
        JsonValue parts = item["text_entities"];
        if (!parts.isArray())
            parts = item["text"];
        if (parts.isString()) {
            message.text = parts.toString();
            for (const TextLinks::Span& span : TextLinks::bareUrls(message.text))
                message.addLink(span.url, {}, LinkOrigin::Text);
            return;
        }
        parts.forEach([&](const JsonValue& part) {
            if (part.isString()) {
                addPlain(part.toString(), message);
                return;
            }
            const QString type = part.str("type");
            const QString text = part.str("text");
            message.text += text;
            if (type == QLatin1String("plain")) {
                for (const TextLinks::Span& span : TextLinks::bareUrls(text))
                    message.addLink(span.url, {}, LinkOrigin::Text);
            } else if (type == QLatin1String("link")) {
                // Typed as the user wrote it: "example.com" is a web address here; anything
                // else without a scheme ("123") is left to be skipped as no address.
                const bool bare = !text.contains(QLatin1String("://"));
                message.addLink(bare && TextLinks::looksLikeHost(text)
                                    ? QStringLiteral("http://") + text
                                    : text,
                                text, LinkOrigin::Entity);
            } else if (type == QLatin1String("text_link")) {
                message.addLink(part.str("href"), text, LinkOrigin::Entity);
            } else if (type == QLatin1String("email")) {
                message.addLink(QStringLiteral("mailto:") + text, text, LinkOrigin::Entity);
            } else if (type == QLatin1String("code") || type == QLatin1String("pre")) {
                for (const TextLinks::Span& span : TextLinks::bareUrls(text))
                    message.addLink(span.url, {}, LinkOrigin::Entity, true);
            }
        });
    }

    static void addPlain(const QString& text, ChatMessage& message)
    {
        message.text += text;
        for (const TextLinks::Span& span : TextLinks::bareUrls(text))
            message.addLink(span.url, {}, LinkOrigin::Text);
    }

    ExportSink& m_sink;
    std::optional<qint64> m_offset;
};

} // namespace

void TelegramExport::repair(QByteArray& json)
{
    if (!json.contains("\\x"))
        return;
    QByteArray out;
    out.reserve(json.size() + 16);
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c != '\\' || i + 1 >= json.size()) {
            out += c;
            continue;
        }
        const char next = json.at(i + 1);
        if (next == 'x' && i + 3 < json.size() && isHex(json.at(i + 2)) && isHex(json.at(i + 3))) {
            out += "\\u00";
            out += json.at(i + 2);
            out += json.at(i + 3);
            i += 3;
        } else {
            out += c;
            out += next; // an escape of its own, \\ included: never the start of \x
            ++i;
        }
    }
    json = out;
}

bool TelegramExport::recognizes(ExportArchive& archive)
{
    return !telegramMembers(archive).isEmpty();
}

void TelegramExport::read(ExportArchive& archive, ExportSink& sink)
{
    const QStringList members = telegramMembers(archive);
    if (members.isEmpty())
        throw ExportError(tr("“%1” holds no Telegram result.json.").arg(archive.path()));
    archive.read([&](const QString& member) { return members.contains(member); },
                 [&](const QString& member, MemberReader& input) {
                     Reader reader(sink);
                     JsonReading::read(
                         input, member,
                         {{"messages", "*"},
                          {"chats", "list", "*", "messages", "*"},
                          {"left_chats", "list", "*", "messages", "*"}},
                         sink,
                         [&](const JsonValue& item, const JsonStream::Element& element,
                             const JsonStream& stream) {
                             reader.message(item, stream, element.path,
                                            JsonReading::position(member, element));
                         },
                         repair);
                 });
}

} // namespace folio
