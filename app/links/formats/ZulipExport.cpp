#include "links/formats/ZulipExport.h"

#include "links/formats/ExportArchive.h"
#include "links/formats/ExportError.h"
#include "links/formats/JsonReading.h"
#include "links/formats/TextLinks.h"
#include "links/formats/Timestamps.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

namespace folio {

namespace {

QString realmFile(const ExportArchive& archive)
{
    for (const QString& member : archive.members())
        if (member == QLatin1String("realm.json") || member.endsWith(QLatin1String("/realm.json")))
            return member;
    return {};
}

bool isMessageFile(const QString& member, const QString& folder)
{
    static const QRegularExpression name(QStringLiteral("(^|/)messages-\\d+\\.json$"));
    return member.startsWith(folder) && name.match(member).hasMatch();
}

struct Person
{
    QString name;
    bool isBot = false;
};

struct Recipient
{
    int type = 0; // 1 a person, 2 a stream, 3 a group of people
    qint64 typeId = 0;
};

class Reader
{
public:
    explicit Reader(ExportSink& sink) : m_sink(sink) {}

    void realm(const JsonValue& realm)
    {
        const JsonValue organisation = realm["zerver_realm"].at(0);
        m_base = organisation.str("uri");
        if (m_base.isEmpty())
            m_base = QStringLiteral("https://%1.zulipchat.com").arg(organisation.str("string_id"));
        while (m_base.endsWith(u'/'))
            m_base.chop(1);
        m_workspace = organisation.str("name");
        const auto people = [&](const JsonValue& table) {
            table.forEach([&](const JsonValue& p) {
                m_people.insert(p["id"].toInt64().value_or(0),
                                {p.str("full_name"), p["is_bot"].toBool()});
            });
        };
        people(realm["zerver_userprofile"]);
        people(realm["zerver_userprofile_crossrealm"]);
        realm["zerver_stream"].forEach([&](const JsonValue& s) {
            m_streams.insert(s["id"].toInt64().value_or(0),
                             {s.str("name"), s["invite_only"].toBool()});
        });
        realm["zerver_recipient"].forEach([&](const JsonValue& r) {
            m_recipients.insert(
                r["id"].toInt64().value_or(0),
                {int(r["type"].toInt64().value_or(0)), r["type_id"].toInt64().value_or(0)});
        });
        realm["zerver_subscription"].forEach([&](const JsonValue& s) {
            m_members[s["recipient"].toInt64().value_or(0)]
                << s["user_profile"].toInt64().value_or(0);
        });
        realm["zerver_reaction"].forEach([&](const JsonValue& r) {
            ++m_reactions[r["message"].toInt64().value_or(0)][r.str("emoji_name")];
        });
    }

    void message(const JsonValue& item, const QString& where)
    {
        ChatMessage message;
        message.platform = QStringLiteral("zulip");
        message.workspace = m_workspace;
        message.serverHost = QUrl(m_base).host().toLower();
        message.messageId = item.str("id");
        message.source = where;
        JsonValue sent = item["date_sent"];
        if (!sent.exists())
            sent = item["pub_date"]; // before 2019
        message.sentRaw = sent.toString();
        message.sentAt = Timestamps::fromEpochSeconds(message.sentRaw);
        if (message.messageId.isEmpty() || !message.sentAt) {
            m_sink.problem({where, ZulipExport::tr("a message without an id or time; skipped")});
            return;
        }
        if (const auto edited = Timestamps::fromEpochSeconds(item.str("last_edit_time")))
            message.editedAt = edited;
        const qint64 sender = item["sender"].toInt64().value_or(0);
        const Person person = m_people.value(sender);
        message.authorId = QString::number(sender);
        message.authorName = person.name;
        message.authorIsBot = person.isBot;
        place(item["recipient"].toInt64().value_or(0), sender, message);
        message.threadRoot = item.str("subject"); // the topic
        message.text = item.str("content");
        addLinks(message);
        const TextLinks::Html html = TextLinks::fromHtml(item.str("rendered_content"));
        for (const TextLinks::Span& anchor : html.anchors)
            message.addLink(absolute(anchor.url), anchor.label, LinkOrigin::Text, anchor.inCode);
        QStringList reactions;
        const QMap<QString, int> counts = m_reactions.value(message.messageId.toLongLong());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            reactions << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
        message.reactions = reactions.join(QLatin1String(", "));
        m_sink.message(message);
    }

private:
    void place(qint64 recipientId, qint64 sender, ChatMessage& message) const
    {
        const Recipient recipient = m_recipients.value(recipientId);
        message.channelId = QString::number(recipientId);
        if (recipient.type == 2) {
            const auto stream = m_streams.value(recipient.typeId);
            message.channelName = stream.first;
            message.channelKind = stream.second ? ChannelKind::Private : ChannelKind::Public;
            return;
        }
        QStringList names;
        if (recipient.type == 1) {
            names << m_people.value(sender).name << m_people.value(recipient.typeId).name;
            message.channelKind = ChannelKind::Direct;
        } else {
            for (const qint64 member : m_members.value(recipientId))
                names << m_people.value(member).name;
            message.channelKind = ChannelKind::Group;
        }
        names.removeDuplicates();
        names.removeAll(QString());
        message.channelName = names.join(QLatin1String(", "));
    }

    // Markdown links, including Zulip's server-relative ones.
    void addLinks(ChatMessage& message) const
    {
        TextLinks::addMarkdownLinks(message, message.text, LinkOrigin::Text);
        static const QRegularExpression relative(
            QStringLiteral("\\[([^\\]\\n]*)\\]\\(((?:/|#narrow/)[^)\\s]*)\\)"));
        for (const QRegularExpressionMatch& match : relative.globalMatch(message.text)) {
            const QString url = absolute(match.captured(2));
            const bool upload = match.captured(2).startsWith(QLatin1String("/user_uploads/"));
            message.addLink(url, match.captured(1), upload ? LinkOrigin::File : LinkOrigin::Text);
        }
    }

    QString absolute(const QString& url) const
    {
        if (url.startsWith(u'/'))
            return m_base + url;
        if (url.startsWith(QLatin1String("#narrow/")))
            return m_base + u'/' + url;
        return url;
    }

    ExportSink& m_sink;
    QString m_base;
    QString m_workspace;
    QHash<qint64, Person> m_people;
    QHash<qint64, std::pair<QString, bool>> m_streams;
    QHash<qint64, Recipient> m_recipients;
    QHash<qint64, QList<qint64>> m_members;
    QHash<qint64, QMap<QString, int>> m_reactions;
};

} // namespace

bool ZulipExport::recognizes(ExportArchive& archive)
{
    const QString realm = realmFile(archive);
    if (realm.isEmpty())
        return false;
    const QString folder = realm.left(realm.size() - 10);
    for (const QString& member : archive.members())
        if (isMessageFile(member, folder))
            return true;
    return false;
}

void ZulipExport::read(ExportArchive& archive, ExportSink& sink)
{
    const QString realm = realmFile(archive);
    if (realm.isEmpty())
        throw ExportError(
            tr("“%1” is not a Zulip export: it has no realm.json.").arg(archive.path()));
    const QString folder = realm.left(realm.size() - 10);
    Reader reader(sink);
    JsonDocument document;
    archive.read([&](const QString& member) { return member == realm; },
                 [&](const QString&, MemberReader& input) {
                     const JsonValue value = document.parse(input.readAll(kMaxRealmBytes));
                     if (!value.exists())
                         throw ExportError(tr("“%1”: realm.json is not valid JSON (%2).")
                                               .arg(archive.path(), document.error()));
                     reader.realm(value);
                 });
    // Message files in the archive's order: one pass, however many files a tarball holds.
    archive.read([&](const QString& member) { return isMessageFile(member, folder); },
                 [&](const QString& member, MemberReader& input) {
                     JsonReading::read(input, member, {{"zerver_message", "*"}}, sink,
                                       [&](const JsonValue& item,
                                           const JsonStream::Element& element, const JsonStream&) {
                                           reader.message(item,
                                                          JsonReading::position(member, element));
                                       });
                 });
}

} // namespace folio
