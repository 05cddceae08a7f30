#include "links/formats/MattermostExport.h"

#include "links/formats/ExportArchive.h"
#include "links/formats/ExportError.h"
#include "links/formats/JsonReading.h"
#include "links/formats/TextLinks.h"

#include <QHash>
#include <QMap>

namespace folio {

namespace {

bool isJsonLines(const QString& member)
{
    return member.endsWith(QLatin1String(".jsonl")) || member.endsWith(QLatin1String(".json"));
}

// The member holding the export: its first line is the version line.
QString exportMember(ExportArchive& archive)
{
    for (const QString& member : archive.members()) {
        if (!isJsonLines(member) && !archive.isPlainFile())
            continue;
        QByteArray head = archive.head(member, 256);
        if (head.startsWith("\xef\xbb\xbf"))
            head.remove(0, 3);
        const QByteArray line = head.left(head.indexOf('\n')).simplified().replace(" ", "");
        if (line.startsWith("{\"type\":\"version\""))
            return member;
    }
    return {};
}

struct Person
{
    QString name;
    bool isBot = false;
};

class Reader
{
public:
    Reader(ExportSink& sink, QString member) : m_sink(sink), m_member(std::move(member)) {}

    void line(const JsonValue& item, qint64 number)
    {
        const QString type = item.str("type");
        if (type == QLatin1String("user")) {
            const JsonValue user = item["user"];
            QString name = QString(user.str("first_name") + u' ' + user.str("last_name")).trimmed();
            if (name.isEmpty())
                name = user.str("username");
            m_people.insert(user.str("username"), {name, false});
        } else if (type == QLatin1String("bot")) {
            const JsonValue bot = item["bot"];
            QString name = bot.str("display_name");
            m_people.insert(bot.str("username"),
                            {name.isEmpty() ? bot.str("username") : name, true});
        } else if (type == QLatin1String("channel")) {
            const JsonValue channel = item["channel"];
            m_private.insert(channel.str("team") + u'/' + channel.str("name"),
                             channel.str("type") == QLatin1String("P"));
        } else if (type == QLatin1String("post") || type == QLatin1String("direct_post")) {
            readPost(item[type.toUtf8().constData()], type == QLatin1String("direct_post"),
                     MattermostExport::tr("%1, line %2").arg(m_member).arg(number));
        }
    }

private:
    void readPost(const JsonValue& post, bool direct, const QString& where)
    {
        ChatMessage message;
        message.platform = QStringLiteral("mattermost");
        if (direct) {
            QStringList members;
            post["channel_members"].forEach([&](const JsonValue& m) { members << m.toString(); });
            members.removeDuplicates();
            members.sort();
            QStringList names;
            for (const QString& member : std::as_const(members))
                names << m_people.value(member, {member, false}).name;
            message.channelId = members.join(u',');
            message.channelName = names.join(QLatin1String(", "));
            message.channelKind = members.size() > 2 ? ChannelKind::Group : ChannelKind::Direct;
        } else {
            message.workspace = post.str("team");
            message.channelId = post.str("channel");
            message.channelName = post.str("channel");
            if (m_private.value(message.workspace + u'/' + message.channelId))
                message.channelKind = ChannelKind::Private;
        }
        if (!fill(message, post, where))
            return;
        m_sink.message(message);
        const QString root = message.messageId;
        int index = 0;
        post["replies"].forEach([&](const JsonValue& reply) {
            ChatMessage answer = message;
            answer.links.clear();
            answer.editedAt.reset();
            answer.threadRoot = root;
            if (fill(answer, reply, where + MattermostExport::tr(", reply %1").arg(++index)))
                m_sink.message(answer);
        });
    }

    bool fill(ChatMessage& message, const JsonValue& post, const QString& where)
    {
        const std::optional<qint64> created = post["create_at"].toInt64();
        if (!created || *created <= 0) {
            m_sink.problem(
                {where, MattermostExport::tr("a post without a valid time (create_at); skipped")});
            return false;
        }
        message.sentAt = created;
        message.sentRaw = QString::number(*created);
        message.messageId = message.sentRaw;
        message.source = where;
        if (const auto edited = post["edit_at"].toInt64(); edited && *edited > 0)
            message.editedAt = edited;
        const QString user = post.str("user");
        const Person person = m_people.value(user, {user, false});
        message.authorId = user;
        message.authorName = person.name;
        message.authorIsBot = person.isBot;
        const JsonValue props = post["props"];
        if (props["from_webhook"].toBool() || props["from_bot"].toBool()) {
            message.authorIsBot = true;
            const QString name = props.str("override_username");
            if (!name.isEmpty())
                message.authorName = name;
        }
        const QString type = post.str("type");
        message.isSystem = type.startsWith(QLatin1String("system_"));
        message.text = post.str("message");
        TextLinks::addMarkdownLinks(message, message.text, LinkOrigin::Text);
        props["attachments"].forEach([&](const JsonValue& attachment) {
            message.addLink(attachment.str("title_link"), attachment.str("title"),
                            LinkOrigin::AttachmentUnfurl);
            TextLinks::addMarkdownLinks(message, attachment.str("pretext"),
                                        LinkOrigin::AttachmentUnfurl);
            TextLinks::addMarkdownLinks(message, attachment.str("text"),
                                        LinkOrigin::AttachmentUnfurl);
            message.addLink(attachment.str("author_link"), attachment.str("author_name"),
                            LinkOrigin::AttachmentUnfurl);
            if (message.text.isEmpty())
                message.text = attachment.str("fallback");
        });
        QMap<QString, int> reactions;
        post["reactions"].forEach([&](const JsonValue& r) { ++reactions[r.str("emoji_name")]; });
        QStringList parts;
        for (auto it = reactions.cbegin(); it != reactions.cend(); ++it)
            parts << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
        message.reactions = parts.join(QLatin1String(", "));
        return true;
    }

    ExportSink& m_sink;
    QString m_member;
    QHash<QString, Person> m_people;
    QHash<QString, bool> m_private; // team/channel → private
};

} // namespace

bool MattermostExport::recognizes(ExportArchive& archive)
{
    return !exportMember(archive).isEmpty();
}

void MattermostExport::read(ExportArchive& archive, ExportSink& sink)
{
    const QString member = exportMember(archive);
    if (member.isEmpty())
        throw ExportError(tr("“%1” is not a Mattermost bulk export: no file in it starts with "
                             "the version line.")
                              .arg(archive.path()));
    Reader reader(sink, member);
    archive.read([&](const QString& name) { return name == member; },
                 [&](const QString&, MemberReader& input) {
                     JsonReading::readLines(
                         input, member, sink,
                         [&](const JsonValue& item, qint64 line) { reader.line(item, line); });
                 });
}

} // namespace folio
