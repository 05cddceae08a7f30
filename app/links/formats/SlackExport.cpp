#include "links/formats/SlackExport.h"

#include "links/formats/ExportArchive.h"
#include "links/formats/ExportError.h"
#include "links/formats/JsonReading.h"
#include "links/formats/TextLinks.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace folio {

namespace {

const QRegularExpression& dayFile()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(.*)/)?([^/]+)/([0-9]{4}-[0-9]{2}-[0-9]{2})\\.json$"));
    return pattern;
}

const QStringList& metaFiles()
{
    static const QStringList names{
        QStringLiteral("users.json"),    QStringLiteral("org_users.json"),
        QStringLiteral("channels.json"), QStringLiteral("groups.json"),
        QStringLiteral("dms.json"),      QStringLiteral("mpims.json")};
    return names;
}

// The folder the export's lists are in ("" or "slack-export/"), or null when there is none.
std::optional<QString> rootOf(const ExportArchive& archive)
{
    std::optional<QString> best;
    for (const QString& member : archive.members()) {
        const QString name = member.section(u'/', -1);
        if (!metaFiles().contains(name))
            continue;
        QString folder = member.left(member.size() - name.size());
        if (folder.contains(QLatin1String("teams/")))
            continue;
        if (!best || folder.size() < best->size())
            best = folder;
    }
    return best;
}

QString unescape(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// ms since the epoch from Slack's "1459040791.000005".
std::optional<qint64> slackTime(const QString& ts)
{
    const QString seconds = ts.section(u'.', 0, 0);
    bool ok = false;
    const qint64 whole = seconds.toLongLong(&ok);
    if (!ok || whole <= 0)
        return std::nullopt;
    const QString fraction = QString(ts.section(u'.', 1, 1) + QLatin1String("000")).left(3);
    return whole * 1000 + fraction.toLongLong();
}

struct Person
{
    QString name;
    bool isBot = false;
};

struct Conversation
{
    QString id;
    QString name;
    ChannelKind kind = ChannelKind::Public;
};

using NameOf = SlackExport::NameOf;

class Reader
{
public:
    Reader(ExportArchive& archive, ExportSink& sink, QString root)
        : m_archive(archive), m_sink(sink), m_root(std::move(root))
    {
    }

    void read()
    {
        m_archive.read(
            [&](const QString& member) { return isMeta(member); },
            [&](const QString& member, MemberReader& reader) { readMeta(member, reader); });
        m_archive.read(
            [&](const QString& member) {
                return dayFile().match(member).hasMatch() && isOurs(member);
            },
            [&](const QString& member, MemberReader& reader) { readDay(member, reader); });
    }

private:
    bool isOurs(const QString& member) const { return member.startsWith(m_root); }

    bool isMeta(const QString& member) const
    {
        if (!isOurs(member))
            return false;
        const QString inside = member.mid(m_root.size());
        const QString name = inside.section(u'/', -1);
        if (!metaFiles().contains(name))
            return false;
        return !inside.contains(u'/') ||
               QRegularExpression(QStringLiteral("^teams/[^/]+/[^/]+$")).match(inside).hasMatch();
    }

    // The Grid workspace folder a member belongs to ("" at the root).
    QString workspaceFolder(const QString& member) const
    {
        const QString inside = member.mid(m_root.size());
        return inside.startsWith(QLatin1String("teams/")) ? inside.section(u'/', 1, 1) : QString();
    }

    void readMeta(const QString& member, MemberReader& reader)
    {
        const QString name = member.section(u'/', -1);
        const QString workspace = workspaceFolder(member);
        JsonReading::read(
            reader, member, {{"*"}}, m_sink,
            [&](const JsonValue& item, const JsonStream::Element&, const JsonStream&) {
                if (name == QLatin1String("users.json") || name == QLatin1String("org_users.json"))
                    addUser(item);
                else
                    addConversation(item, name, workspace);
            });
    }

    void addUser(const JsonValue& user)
    {
        const QString id = user.str("id");
        if (id.isEmpty())
            return;
        const JsonValue profile = user["profile"];
        QString name = profile.str("display_name");
        if (name.isEmpty())
            name = profile.str("real_name");
        if (name.isEmpty())
            name = user.str("real_name");
        if (name.isEmpty())
            name = user.str("name");
        m_people.insert(id, {name, user["is_bot"].toBool()});
        if (m_teamId.isEmpty())
            m_teamId = user.str("team_id");
    }

    void addConversation(const JsonValue& item, const QString& list, const QString& workspace)
    {
        Conversation conversation;
        conversation.id = item.str("id");
        if (conversation.id.isEmpty())
            return;
        conversation.name = item.str("name");
        QString folder = conversation.name;
        if (list == QLatin1String("groups.json"))
            conversation.kind = ChannelKind::Private;
        else if (list == QLatin1String("mpims.json"))
            conversation.kind = ChannelKind::Group;
        else if (list == QLatin1String("dms.json")) {
            conversation.kind = ChannelKind::Direct;
            folder = conversation.id;
            m_dmMembers.insert(conversation.id, {});
            item["members"].forEach([&](const JsonValue& member) {
                m_dmMembers[conversation.id] << member.toString();
            });
        }
        const QString prefix =
            workspace.isEmpty() ? QString() : QLatin1String("teams/") + workspace + u'/';
        m_conversations.insert(prefix + folder, conversation);
    }

    QString personName(const QString& id) const
    {
        const auto it = m_people.constFind(id);
        return it == m_people.constEnd() ? QString() : it->name;
    }

    Conversation conversationOf(const QString& member) const
    {
        const QString inside = member.mid(m_root.size());
        const QString folder = inside.section(u'/', 0, -2);
        Conversation conversation = m_conversations.value(folder);
        const QString name = folder.section(u'/', -1);
        if (conversation.id.isEmpty()) {
            // Not in channels.json (a list cut off, removed or unreadable): what it is cannot be
            // known, so it counts as private — never as public by mistake.
            conversation.id = name;
            conversation.name = name;
            if (name.startsWith(QLatin1String("mpdm-")))
                conversation.kind = ChannelKind::Group;
            else if (QRegularExpression(QStringLiteral("^D[A-Z0-9]{6,}$")).match(name).hasMatch())
                conversation.kind = ChannelKind::Direct;
            else
                conversation.kind = ChannelKind::Private;
        }
        if (conversation.kind == ChannelKind::Direct) {
            QStringList names;
            for (const QString& id : m_dmMembers.value(conversation.id)) {
                const QString person = personName(id);
                if (!names.contains(person.isEmpty() ? id : person))
                    names << (person.isEmpty() ? id : person);
            }
            if (!names.isEmpty())
                conversation.name = names.join(QLatin1String(", "));
        }
        return conversation;
    }

    QString workspaceName(const QString& member) const
    {
        const QString grid = workspaceFolder(member);
        if (!grid.isEmpty())
            return grid;
        // The team id, never the file's name: the same export renamed must be the same
        // workspace, or importing it again would add every share twice. Channel ids are
        // unique across Slack, so an export without a team id keys its messages safely.
        return m_teamId;
    }

    void readDay(const QString& member, MemberReader& reader)
    {
        const Conversation conversation = conversationOf(member);
        const QString workspace = workspaceName(member);
        JsonReading::read(
            reader, member, {{"*"}}, m_sink,
            [&](const JsonValue& item, const JsonStream::Element& element, const JsonStream&) {
                readMessage(item, JsonReading::position(member, element), conversation, workspace);
            });
    }

    void readMessage(const JsonValue& item, const QString& where, const Conversation& conversation,
                     const QString& workspace)
    {
        if (!item.isObject()) {
            m_sink.problem({where, SlackExport::tr("not a message")});
            return;
        }
        const QString ts = item.str("ts");
        const auto sent = slackTime(ts);
        if (!sent) {
            m_sink.problem(
                {where, SlackExport::tr("a message without a valid time (ts); skipped")});
            return;
        }
        const QString type = item.str("type");
        if (!type.isEmpty() && type != QLatin1String("message"))
            return;
        const QString subtype = item.str("subtype");

        ChatMessage message;
        message.platform = QStringLiteral("slack");
        message.workspace = workspace;
        message.channelId = conversation.id;
        message.channelName = conversation.name;
        message.channelKind = conversation.kind;
        message.messageId = ts;
        message.sentAt = sent;
        message.sentRaw = ts;
        message.source = where;
        const QString thread = item.str("thread_ts");
        if (!thread.isEmpty() && thread != ts)
            message.threadRoot = thread;
        if (const auto edited = slackTime(item["edited"].str("ts")))
            message.editedAt = edited;
        readAuthor(item, subtype, message);
        const NameOf names = [this](const QString& id) { return personName(id); };

        const SlackExport::Markup text = SlackExport::decode(item.str("text"), names);
        message.text = text.text;
        message.isSystem = isSystemEvent(subtype);
        // Blocks first: they hold the exact URL and label the text only mirrors.
        item["blocks"].forEach([&](const JsonValue& block) { readBlock(block, message, names); });
        message.links.insert(message.links.end(), text.links.begin(), text.links.end());
        item["attachments"].forEach(
            [&](const JsonValue& attachment) { readAttachment(attachment, message, names); });
        item["files"].forEach([&](const JsonValue& file) { readFile(file, message); });
        if (item["file"].isObject())
            readFile(item["file"], message);
        readReactions(item["reactions"], message);
        if (message.text.isEmpty())
            message.text = attachmentText(item);
        m_sink.message(message);
    }

    static bool isSystemEvent(const QString& subtype)
    {
        static const QStringList events{
            QStringLiteral("tombstone"),           QStringLiteral("channel_join"),
            QStringLiteral("channel_leave"),       QStringLiteral("channel_topic"),
            QStringLiteral("channel_purpose"),     QStringLiteral("channel_name"),
            QStringLiteral("channel_archive"),     QStringLiteral("channel_unarchive"),
            QStringLiteral("group_join"),          QStringLiteral("group_leave"),
            QStringLiteral("group_topic"),         QStringLiteral("group_purpose"),
            QStringLiteral("group_name"),          QStringLiteral("group_archive"),
            QStringLiteral("group_unarchive"),     QStringLiteral("bot_add"),
            QStringLiteral("bot_remove"),          QStringLiteral("pinned_item"),
            QStringLiteral("unpinned_item"),       QStringLiteral("reminder_add"),
            QStringLiteral("joiner_notification"), QStringLiteral("sh_room_created")};
        return events.contains(subtype);
    }

    void readAuthor(const JsonValue& item, const QString& subtype, ChatMessage& message)
    {
        message.authorId = item.str("user");
        const auto person = m_people.constFind(message.authorId);
        if (person != m_people.constEnd()) {
            message.authorName = person->name;
            message.authorIsBot = person->isBot;
        }
        const QString botId = item.str("bot_id");
        if (subtype == QLatin1String("bot_add") && !botId.isEmpty()) {
            // "added an integration to this channel: <…/services/B0JL6UFSL|github>"
            static const QRegularExpression service(
                QStringLiteral("/services/([A-Z0-9]+)\\|([^>]+)>"));
            const QRegularExpressionMatch match = service.match(item.str("text"));
            if (match.hasMatch())
                m_botNames.insert(match.captured(1), match.captured(2));
        }
        const bool bot = subtype == QLatin1String("bot_message") ||
                         (!botId.isEmpty() && message.authorId.isEmpty());
        if (bot) {
            message.authorIsBot = true;
            if (message.authorId.isEmpty())
                message.authorId = botId;
            QString name = item.str("username");
            if (name.isEmpty())
                name = item["bot_profile"].str("name");
            if (name.isEmpty())
                name = m_botNames.value(botId);
            if (!name.isEmpty())
                message.authorName = name;
        }
        if (message.authorName.isEmpty()) {
            const JsonValue profile = item["user_profile"];
            message.authorName = profile.str("display_name");
            if (message.authorName.isEmpty())
                message.authorName = profile.str("real_name");
        }
        if (message.authorName.isEmpty())
            message.authorName = message.authorId;
    }

    void readBlock(const JsonValue& block, ChatMessage& message, const NameOf& names) const
    {
        const QString type = block.str("type");
        if (type == QLatin1String("link")) {
            message.addLink(block.str("url"), block.str("text"), LinkOrigin::RichTextBlock,
                            m_inPreformatted);
            return;
        }
        if (type == QLatin1String("section") || type == QLatin1String("context") ||
            type == QLatin1String("header")) {
            const auto addText = [&](const JsonValue& text) {
                if (text.str("type") == QLatin1String("mrkdwn"))
                    for (const FoundLink& link :
                         SlackExport::decode(text.str("text"), names, LinkOrigin::RichTextBlock)
                             .links)
                        message.links.push_back(link);
            };
            addText(block["text"]);
            block["fields"].forEach(addText);
            block["elements"].forEach(addText);
            if (block["accessory"].exists())
                readBlock(block["accessory"], message, names);
        }
        if (type == QLatin1String("button")) {
            message.addLink(block.str("url"), block["text"].str("text"), LinkOrigin::Button);
            return;
        }
        const bool preformatted = type == QLatin1String("rich_text_preformatted");
        const bool was = m_inPreformatted;
        m_inPreformatted = was || preformatted;
        block["elements"].forEach([&](const JsonValue& child) {
            if (child.isObject() && child["elements"].exists())
                readBlock(child, message, names);
            else if (child.str("type") == QLatin1String("link") ||
                     child.str("type") == QLatin1String("button"))
                readBlock(child, message, names);
            else if (m_inPreformatted && child.str("type") == QLatin1String("text"))
                // Code holds URLs as plain text, not as link elements.
                for (const TextLinks::Span& span : TextLinks::bareUrls(child.str("text")))
                    message.addLink(span.url, {}, LinkOrigin::RichTextBlock, true);
        });
        m_inPreformatted = was;
    }

    void readAttachment(const JsonValue& attachment, ChatMessage& message,
                        const NameOf& names) const
    {
        const QString title = SlackExport::decode(attachment.str("title"), names).text;
        QString shared = attachment.str("original_url");
        if (shared.isEmpty())
            shared = attachment.str("from_url");
        const QString titleLink = attachment.str("title_link");
        // A <url|label> in the card's text names the link better than the card's title.
        for (const char* field : {"pretext", "text", "fallback"})
            for (const FoundLink& link :
                 SlackExport::decode(attachment.str(field), names, LinkOrigin::AttachmentUnfurl)
                     .links)
                message.links.push_back(link);
        message.addLink(shared, title, LinkOrigin::AttachmentUnfurl);
        if (titleLink != shared)
            message.addLink(titleLink, title, LinkOrigin::AttachmentUnfurl);
        message.addLink(attachment.str("author_link"), attachment.str("author_name"),
                        LinkOrigin::AttachmentUnfurl);
        attachment["fields"].forEach([&](const JsonValue& f) {
            for (const FoundLink& link :
                 SlackExport::decode(f.str("value"), names, LinkOrigin::AttachmentUnfurl).links)
                message.links.push_back(link);
        });
        attachment["actions"].forEach([&](const JsonValue& action) {
            message.addLink(action.str("url"), action.str("text"), LinkOrigin::Button);
        });
    }

    QString attachmentText(const JsonValue& item) const
    {
        QStringList parts;
        const NameOf names = [this](const QString& id) { return personName(id); };
        item["attachments"].forEach([&](const JsonValue& attachment) {
            for (const char* field : {"pretext", "title", "text"}) {
                const QString text = SlackExport::decode(attachment.str(field), names).text;
                if (!text.isEmpty())
                    parts << text;
            }
        });
        return parts.join(u'\n');
    }

    // A file's permalink, never its url_private: those carry the viewer's token.
    void readFile(const JsonValue& file, ChatMessage& message) const
    {
        if (file.str("mode") == QLatin1String("tombstone"))
            return;
        QString name = file.str("title");
        if (name.isEmpty())
            name = file.str("name");
        if (file["is_external"].toBool() || !file.str("external_url").isEmpty())
            message.addLink(file.str("external_url"), name, LinkOrigin::File);
        else
            message.addLink(file.str("permalink"), name, LinkOrigin::File);
    }

    static void readReactions(const JsonValue& reactions, ChatMessage& message)
    {
        QStringList parts;
        reactions.forEach([&](const JsonValue& reaction) {
            const qint64 count =
                reaction["count"].toInt64().value_or(qint64(reaction["users"].size()));
            parts << QStringLiteral("%1 ×%2").arg(reaction.str("name")).arg(count);
        });
        message.reactions = parts.join(QLatin1String(", "));
    }

    ExportArchive& m_archive;
    ExportSink& m_sink;
    QString m_root;
    QString m_teamId;
    QHash<QString, Person> m_people;
    QHash<QString, Conversation> m_conversations; // by folder, relative to the root
    QHash<QString, QStringList> m_dmMembers;
    QHash<QString, QString> m_botNames; // from bot_add messages
    mutable bool m_inPreformatted = false;
};

} // namespace

bool SlackExport::recognizes(ExportArchive& archive)
{
    const auto root = rootOf(archive);
    if (!root)
        return false;
    for (const QString& member : archive.members())
        if (member.startsWith(*root) && dayFile().match(member).hasMatch())
            return true;
    return archive.contains(*root + QLatin1String("channels.json"));
}

void SlackExport::read(ExportArchive& archive, ExportSink& sink)
{
    const auto root = rootOf(archive);
    if (!root)
        throw ExportError(
            SlackExport::tr("“%1” is not a Slack export: it has no users.json or channels.json.")
                .arg(archive.path()));
    Reader(archive, sink, *root).read();
}

SlackExport::Markup SlackExport::decode(const QString& mrkdwn, const NameOf& userName,
                                        LinkOrigin origin)
{
    Markup result;
    if (mrkdwn.isEmpty())
        return result;
    // Code spans and blocks hold URLs raw (not in <>); they are found as bare URLs there.
    QList<std::pair<qsizetype, qsizetype>> code;
    {
        qsizetype i = 0;
        while ((i = mrkdwn.indexOf(u'`', i)) >= 0) {
            const bool fence = mrkdwn.mid(i, 3) == QLatin1String("```");
            const QString marker = fence ? QStringLiteral("```") : QStringLiteral("`");
            const qsizetype close = mrkdwn.indexOf(marker, i + marker.size());
            if (close < 0)
                break;
            code.append({i, close + marker.size()});
            i = close + marker.size();
        }
    }
    const auto inCode = [&](qsizetype at) {
        for (const auto& [start, end] : code)
            if (at >= start && at < end)
                return true;
        return false;
    };
    const auto addPlain = [&](qsizetype from, qsizetype to) {
        const QString segment = mrkdwn.mid(from, to - from);
        for (const TextLinks::Span& span : TextLinks::bareUrls(segment))
            result.links.push_back({unescape(span.url), {}, origin, inCode(from + span.start)});
        result.text += unescape(segment);
    };
    qsizetype last = 0;
    qsizetype open = 0;
    while ((open = mrkdwn.indexOf(u'<', last)) >= 0) {
        const qsizetype close = mrkdwn.indexOf(u'>', open);
        if (close < 0)
            break;
        addPlain(last, open);
        const QString token = mrkdwn.mid(open + 1, close - open - 1);
        const qsizetype bar = token.indexOf(u'|');
        const QString target = bar < 0 ? token : token.left(bar);
        const QString label = bar < 0 ? QString() : unescape(token.mid(bar + 1));
        if (target.startsWith(u'@')) {
            const QString name = label.isEmpty() && userName ? userName(target.mid(1)) : label;
            result.text += u'@' + (name.isEmpty() ? target.mid(1) : name);
        } else if (target.startsWith(u'#')) {
            result.text += u'#' + (label.isEmpty() ? target.mid(1) : label);
        } else if (target.startsWith(u'!')) {
            if (!label.isEmpty())
                result.text += label;
            else
                result.text += u'@' + target.mid(1).section(u'^', 0, 0);
        } else {
            const QString url = unescape(target);
            result.links.push_back({url, label, origin, inCode(open)});
            result.text += label.isEmpty() ? url : label;
        }
        last = close + 1;
    }
    addPlain(last, mrkdwn.size());
    return result;
}

} // namespace folio
