#include "store/LinkStore.h"

#include "core/Logging.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QVariant>

namespace folio {

namespace {

const char* const kOrigins[] = {
    "text",  "entity", "rich_text_block", "html_anchor", "attachment_unfurl",
    "embed", "file",   "button",          "bookmark",    "quoted"};
const char* const kKinds[] = {"public", "private", "direct", "group"};

// A link's row in the search index: its address, label, what the messages that shared it said
// (the first 50 texts, each up to 2,000 characters), their channels and their authors.
// Followed by a WHERE on `l`. The bound matters: one message of 200,000 URLs and 5 MB would
// otherwise put its 5 MB in 200,000 rows.
const char kIndexRow[] =
    "INSERT INTO link_search (rowid, url, label, text, channel, people) "
    " SELECT l.id, l.url, l.label, "
    "  (SELECT group_concat(t, ' ') FROM (SELECT DISTINCT substr(m.text, 1, 2000) AS t FROM "
    "    link_shares s "
    "    JOIN link_messages m ON m.id = s.message_id WHERE s.link_id = l.id LIMIT 50)), "
    "  (SELECT group_concat(c, ' ') FROM (SELECT DISTINCT m.channel_name AS c FROM "
    "    link_shares s JOIN link_messages m ON m.id = s.message_id WHERE s.link_id = l.id)), "
    "  (SELECT group_concat(p, ' ') FROM (SELECT DISTINCT m.author_name AS p FROM "
    "    link_shares s JOIN link_messages m ON m.id = s.message_id WHERE s.link_id = l.id)) "
    " FROM links l";

// The columns of a Link, from `links l`.
const char kLinkColumns[] =
    "l.id, l.url, l.host, l.label, l.first_shared_at, l.last_shared_at, l.share_count, "
    "l.flags, l.hidden, "
    "(SELECT m.author_name || char(31) || m.channel_name || char(31) || m.platform "
    " FROM link_messages m WHERE m.id = l.first_message), "
    "(SELECT a.status FROM link_archive a WHERE a.link_id = l.id), "
    "(SELECT c.title FROM link_captures c WHERE c.link_id = l.id ORDER BY c.id DESC LIMIT 1)";

Link linkFrom(const Statement& row)
{
    Link link;
    link.id = row.int64(0);
    link.url = row.text(1);
    link.host = row.text(2);
    link.label = row.text(3);
    link.firstSharedAt = row.optionalInt64(4);
    link.lastSharedAt = row.optionalInt64(5);
    link.shareCount = int(row.int64(6));
    link.flags = int(row.int64(7));
    link.hidden = row.int64(8) != 0;
    const QStringList first = row.text(9).split(QChar(31));
    link.firstSharedBy = first.value(0);
    link.firstChannel = first.value(1);
    link.platform = first.value(2);
    link.archiveStatus = row.text(10);
    link.archivedTitle = row.text(11);
    return link;
}

void bindAll(Statement& statement, const QList<QVariant>& values, int from = 1)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        if (value.typeId() == QMetaType::LongLong)
            statement.bind(from + i, value.toLongLong());
        else
            statement.bind(from + i, value.toString());
    }
}

// Words for FTS5, each quoted so that no query syntax can be injected; the last is a prefix.
QString matchExpression(const QString& words)
{
    QStringList terms;
    for (QString word : words.split(u' ', Qt::SkipEmptyParts)) {
        word.replace(u'"', QLatin1String("\"\""));
        terms << u'"' + word + u'"';
    }
    if (!terms.isEmpty())
        terms.last() += u'*';
    return terms.join(u' ');
}

} // namespace

LinkStore::LinkStore(Database& db) : m_db(db)
{
}

QString LinkStore::originKey(LinkOrigin origin)
{
    return QString::fromLatin1(kOrigins[int(origin)]);
}

LinkOrigin LinkStore::originFromKey(const QString& key)
{
    for (int i = 0; i < int(std::size(kOrigins)); ++i)
        if (key == QLatin1String(kOrigins[i]))
            return LinkOrigin(i);
    return LinkOrigin::Text;
}

QString LinkStore::kindKey(ChannelKind kind)
{
    return QString::fromLatin1(kKinds[int(kind)]);
}

QString LinkStore::kindName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Private:
        return tr("private channel");
    case ChannelKind::Direct:
        return tr("direct message");
    case ChannelKind::Group:
        return tr("group message");
    case ChannelKind::Public:
        break;
    }
    return {};
}

ChannelKind LinkStore::kindFromKey(const QString& key)
{
    for (int i = 0; i < int(std::size(kKinds)); ++i)
        if (key == QLatin1String(kKinds[i]))
            return ChannelKind(i);
    return ChannelKind::Public;
}

LinkStore::Import::Import(LinkStore& store)
    : m_db(store.m_db), m_transaction(std::make_unique<Transaction>(store.m_db))
{
    // An import touches pages all over the tables: a larger cache saves most of the reads.
    m_previousCacheSize = m_db.pragmaInt("cache_size");
    m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKiB));
    m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS touched_links "
                             "(id INTEGER PRIMARY KEY); DELETE FROM temp.touched_links;"));
    m_findMessage = std::make_unique<Statement>(
        m_db, QStringLiteral("SELECT id FROM link_messages WHERE message_key = ?"));
    m_findLink =
        std::make_unique<Statement>(m_db, QStringLiteral("SELECT id FROM links WHERE url = ?"));
    m_insertLink = std::make_unique<Statement>(
        m_db, QStringLiteral("INSERT INTO links (url, host, label, flags, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    m_flagLink = std::make_unique<Statement>(
        m_db,
        QStringLiteral("UPDATE links SET flags = flags | ? WHERE id = ? AND flags | ? != flags"));
    m_upsertMessage = std::make_unique<Statement>(
        m_db,
        QStringLiteral(
            "INSERT INTO link_messages (message_key, platform, workspace, channel_id, "
            "channel_name, channel_kind, thread_root, message_id, author_id, author_name, "
            "author_is_bot, sent_at, sent_raw, edited_at, text, reactions, source) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) "
            "ON CONFLICT (message_key) DO UPDATE SET text = excluded.text, "
            "edited_at = excluded.edited_at, reactions = excluded.reactions, "
            "author_name = excluded.author_name, channel_name = excluded.channel_name "
            "WHERE excluded.edited_at IS NOT link_messages.edited_at "
            "OR excluded.reactions != link_messages.reactions "
            "RETURNING id"));
    m_insertShare = std::make_unique<Statement>(
        m_db, QStringLiteral("INSERT OR IGNORE INTO link_shares (link_id, message_id, label, "
                             "origin, in_code) VALUES (?, ?, ?, ?, ?)"));
    m_insertTag = std::make_unique<Statement>(
        m_db, QStringLiteral("INSERT OR IGNORE INTO link_tags (link_id, tag) VALUES (?, ?)"));
    m_touch = std::make_unique<Statement>(
        m_db, QStringLiteral("INSERT OR IGNORE INTO temp.touched_links (id) VALUES (?)"));
    m_timer.start();
}

LinkStore::Import::~Import()
{
    try {
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
    } catch (const StoreError&) {
        // The connection keeps the larger cache: slower to close, never wrong.
    }
}

qint64 LinkStore::Import::messageRow(const ChatMessage& message)
{
    const QString key =
        QStringList{message.platform, message.workspace, message.channelId, message.messageId}.join(
            QChar(31));
    Statement& upsert = *m_upsertMessage;
    upsert.bind(1, key)
        .bind(2, message.platform)
        .bind(3, message.workspace)
        .bind(4, message.channelId)
        .bind(5, message.channelName)
        .bind(6, kindKey(message.channelKind))
        .bind(7, message.threadRoot)
        .bind(8, message.messageId)
        .bind(9, message.authorId)
        .bind(10, message.authorName)
        .bind(11, qint64(message.authorIsBot))
        .bind(12, message.sentAt)
        .bind(13, message.sentRaw)
        .bind(14, message.editedAt)
        .bind(15, message.text)
        .bind(16, message.reactions)
        .bind(17, message.source);
    qint64 id = 0;
    if (upsert.step())
        id = upsert.int64(0);
    upsert.reset();
    if (id)
        return id;
    // Unchanged: the upsert's WHERE kept the row and returned nothing.
    m_findMessage->bind(1, key);
    id = m_findMessage->step() ? m_findMessage->int64(0) : 0;
    m_findMessage->reset();
    return id;
}

LinkStore::Import::Added LinkStore::Import::add(const ChatMessage& message,
                                                const std::vector<LinkToStore>& links)
{
    Added added;
    if (links.empty())
        return added;
    const qint64 messageId = messageRow(message);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const LinkToStore& link : links) {
        qint64 linkId = m_linkIds.value(link.url);
        if (!linkId) {
            m_findLink->bind(1, link.url);
            if (m_findLink->step())
                linkId = m_findLink->int64(0);
            m_findLink->reset();
        }
        if (!linkId) {
            m_insertLink->bind(1, link.url)
                .bind(2, link.host)
                .bind(3, link.label)
                .bind(4, qint64(link.flags))
                .bind(5, now)
                .run();
            linkId = m_db.lastInsertId();
            ++added.newLinks;
        } else if (link.flags) {
            m_flagLink->bind(1, qint64(link.flags))
                .bind(2, linkId)
                .bind(3, qint64(link.flags))
                .run();
        }
        m_linkIds.insert(link.url, linkId);
        m_insertShare->bind(1, linkId)
            .bind(2, messageId)
            .bind(3, link.label)
            .bind(4, originKey(link.origin))
            .bind(5, qint64(link.inCode))
            .run();
        if (m_db.changes() > 0) {
            ++added.newShares;
            m_touch->bind(1, linkId).run();
        }
        for (const QString& tag : message.tags)
            m_insertTag->bind(1, linkId).bind(2, tag).run();
    }
    return added;
}

void LinkStore::Import::commit()
{
    qCDebug(lcStore, "link import: messages and shares written in %lld ms", m_timer.elapsed());
    m_timer.restart();
    // Counts, times and the label are derived from the shares, so they cannot drift.
    m_db.exec(QStringLiteral(
        "UPDATE links SET "
        " share_count = (SELECT count(*) FROM link_shares s WHERE s.link_id = links.id), "
        " first_shared_at = (SELECT min(m.sent_at) FROM link_shares s JOIN link_messages m "
        "   ON m.id = s.message_id WHERE s.link_id = links.id), "
        " last_shared_at = (SELECT max(m.sent_at) FROM link_shares s JOIN link_messages m "
        "   ON m.id = s.message_id WHERE s.link_id = links.id), "
        " first_message = (SELECT m.id FROM link_shares s JOIN link_messages m "
        "   ON m.id = s.message_id WHERE s.link_id = links.id "
        "   ORDER BY m.sent_at IS NULL, m.sent_at, m.id LIMIT 1), "
        " label = coalesce((SELECT s.label FROM link_shares s WHERE s.link_id = links.id "
        "   AND s.label != '' AND s.label != links.url GROUP BY s.label "
        "   ORDER BY count(*) DESC, length(s.label) DESC LIMIT 1), '') "
        "WHERE id IN (SELECT id FROM temp.touched_links);"
        "DELETE FROM link_search WHERE rowid IN (SELECT id FROM temp.touched_links);"));
    qCDebug(lcStore, "link import: links derived from their shares in %lld ms", m_timer.elapsed());
    m_timer.restart();
    m_db.exec(QLatin1String(kIndexRow) +
              QStringLiteral(" WHERE l.hidden = 0 AND l.id IN (SELECT id FROM temp.touched_links);"
                             "DELETE FROM temp.touched_links;"));
    qCDebug(lcStore, "link import: search rows written in %lld ms", m_timer.elapsed());
    m_timer.restart();
    m_transaction->commit();
    qCDebug(lcStore, "link import: committed in %lld ms", m_timer.elapsed());
}

QString LinkStore::whereClause(const LinkQuery& query, QList<QVariant>& values) const
{
    QStringList conditions;
    conditions << (query.onlyHidden ? QStringLiteral("l.hidden = 1")
                                    : QStringLiteral("l.hidden = 0"));
    if (query.onlyHidden) {
        // Hidden links left the search index: their address and label are read instead.
        for (const QString& word :
             QString(query.words).remove(u'"').split(u' ', Qt::SkipEmptyParts)) {
            conditions << QStringLiteral(
                "(l.url LIKE ? ESCAPE '\\' OR l.label LIKE ? ESCAPE '\\')");
            const QString pattern = u'%' + Statement::likeEscaped(word) + u'%';
            values << pattern << pattern;
        }
    } else if (!query.words.trimmed().isEmpty()) {
        conditions << QStringLiteral(
            "l.id IN (SELECT rowid FROM link_search WHERE link_search MATCH ?)");
        values << matchExpression(query.words);
    }
    const auto shareCondition = [&](const QString& column, const QString& value) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM link_shares s JOIN link_messages m "
                                     "ON m.id = s.message_id WHERE s.link_id = l.id AND %1)")
                          .arg(column);
        values << value;
    };
    if (!query.platform.isEmpty())
        shareCondition(QStringLiteral("m.platform = ?"), query.platform);
    if (!query.channel.isEmpty())
        shareCondition(QStringLiteral("m.channel_name = ? COLLATE NOCASE"), query.channel);
    if (!query.person.isEmpty())
        shareCondition(QStringLiteral("m.author_name = ? COLLATE NOCASE"), query.person);
    if (!query.domain.isEmpty()) {
        conditions << QStringLiteral("(l.host = ? OR l.host LIKE ? ESCAPE '\\')");
        values << query.domain.toLower()
               << QString(QStringLiteral("%.") + Statement::likeEscaped(query.domain.toLower()));
    }
    if (!query.tag.isEmpty()) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM link_tags t WHERE t.link_id = l.id AND t.tag = ?)");
        values << query.tag;
    }
    if (query.sharedAfter) {
        conditions << QStringLiteral("l.last_shared_at >= ?");
        values << QVariant::fromValue(*query.sharedAfter);
    }
    if (query.sharedBefore) {
        conditions << QStringLiteral("l.first_shared_at < ?");
        values << QVariant::fromValue(*query.sharedBefore);
    }
    return conditions.isEmpty()
               ? QString()
               : QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

qint64 LinkStore::count(const LinkQuery& query) const
{
    QList<QVariant> values;
    Statement statement(m_db, QStringLiteral("SELECT count(*) FROM links l") +
                                  whereClause(query, values));
    bindAll(statement, values);
    return statement.step() ? statement.int64(0) : 0;
}

std::vector<Link> LinkStore::list(const LinkQuery& query, int offset, int limit) const
{
    QList<QVariant> values;
    QString order;
    switch (query.order) {
    case LinkQuery::Order::Newest:
        order = QStringLiteral(" ORDER BY l.last_shared_at DESC, l.id DESC");
        break;
    case LinkQuery::Order::MostShared:
        order = QStringLiteral(" ORDER BY l.share_count DESC, l.last_shared_at DESC");
        break;
    case LinkQuery::Order::Domain:
        order = QStringLiteral(" ORDER BY l.host, l.url");
        break;
    }
    Statement statement(m_db, QStringLiteral("SELECT ") + QLatin1String(kLinkColumns) +
                                  QStringLiteral(" FROM links l") + whereClause(query, values) +
                                  order + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(statement, values);
    statement.bind(int(values.size()) + 1, qint64(limit))
        .bind(int(values.size()) + 2, qint64(offset));
    std::vector<Link> links;
    while (statement.step())
        links.push_back(linkFrom(statement));
    return links;
}

std::optional<Link> LinkStore::find(const QString& url) const
{
    Statement statement(m_db, QStringLiteral("SELECT ") + QLatin1String(kLinkColumns) +
                                  QStringLiteral(" FROM links l WHERE l.url = ?"));
    statement.bind(1, url);
    if (!statement.step())
        return std::nullopt;
    return linkFrom(statement);
}

std::optional<Link> LinkStore::byId(qint64 id) const
{
    Statement statement(m_db, QStringLiteral("SELECT ") + QLatin1String(kLinkColumns) +
                                  QStringLiteral(" FROM links l WHERE l.id = ?"));
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    return linkFrom(statement);
}

std::vector<LinkShare> LinkStore::shares(qint64 linkId, int limit) const
{
    Statement statement(
        m_db, QStringLiteral(
                  "SELECT m.platform, m.workspace, m.channel_id, m.channel_name, m.channel_kind, "
                  "m.thread_root, m.message_id, m.author_id, m.author_name, m.author_is_bot, "
                  "m.sent_at, m.sent_raw, m.edited_at, m.text, m.reactions, m.source, s.label, "
                  "s.origin, s.in_code FROM link_shares s JOIN link_messages m "
                  "ON m.id = s.message_id WHERE s.link_id = ? "
                  "ORDER BY m.sent_at IS NULL, m.sent_at, m.id LIMIT ?"));
    statement.bind(1, linkId).bind(2, qint64(limit));
    std::vector<LinkShare> shares;
    while (statement.step()) {
        LinkShare share;
        ChatMessage& m = share.message;
        m.platform = statement.text(0);
        m.workspace = statement.text(1);
        m.channelId = statement.text(2);
        m.channelName = statement.text(3);
        m.channelKind = kindFromKey(statement.text(4));
        m.threadRoot = statement.text(5);
        m.messageId = statement.text(6);
        m.authorId = statement.text(7);
        m.authorName = statement.text(8);
        m.authorIsBot = statement.int64(9) != 0;
        m.sentAt = statement.optionalInt64(10);
        m.sentRaw = statement.text(11);
        m.editedAt = statement.optionalInt64(12);
        m.text = statement.text(13);
        m.reactions = statement.text(14);
        m.source = statement.text(15);
        share.label = statement.text(16);
        share.origin = originFromKey(statement.text(17));
        share.inCode = statement.int64(18) != 0;
        shares.push_back(std::move(share));
    }
    return shares;
}

QStringList LinkStore::tags(qint64 linkId) const
{
    Statement statement(m_db,
                        QStringLiteral("SELECT tag FROM link_tags WHERE link_id = ? ORDER BY tag"));
    statement.bind(1, linkId);
    QStringList tags;
    while (statement.step())
        tags << statement.text(0);
    return tags;
}

void LinkStore::setHidden(qint64 linkId, bool hidden)
{
    // A hidden link leaves the search index, so searches count and rank only what they show.
    Transaction transaction(m_db);
    Statement statement(m_db, QStringLiteral("UPDATE links SET hidden = ? WHERE id = ?"));
    statement.bind(1, qint64(hidden)).bind(2, linkId).run();
    Statement unindex(m_db, QStringLiteral("DELETE FROM link_search WHERE rowid = ?"));
    unindex.bind(1, linkId).run();
    if (!hidden) {
        Statement index(m_db, QLatin1String(kIndexRow) + QStringLiteral(" WHERE l.id = ?"));
        index.bind(1, linkId).run();
    }
    transaction.commit();
}

QString LinkStore::wikiPath() const
{
    return m_db.path();
}

QList<std::pair<QString, qint64>> LinkStore::topValues(Facet facet, int limit) const
{
    QString sql;
    switch (facet) {
    case Facet::Channel:
        sql = QStringLiteral(
            "SELECT m.channel_name, count(*) FROM link_shares s JOIN link_messages m "
            "ON m.id = s.message_id GROUP BY m.channel_name ORDER BY 2 DESC LIMIT ?");
        break;
    case Facet::Person:
        sql =
            QStringLiteral("SELECT m.author_name, count(*) FROM link_shares s JOIN link_messages m "
                           "ON m.id = s.message_id GROUP BY m.author_name ORDER BY 2 DESC LIMIT ?");
        break;
    case Facet::Domain:
        sql = QStringLiteral("SELECT host, count(*) FROM links WHERE hidden = 0 GROUP BY host "
                             "ORDER BY 2 DESC LIMIT ?");
        break;
    case Facet::Platform:
        sql = QStringLiteral("SELECT platform, count(*) FROM link_messages GROUP BY platform "
                             "ORDER BY 2 DESC LIMIT ?");
        break;
    }
    Statement statement(m_db, sql);
    statement.bind(1, qint64(limit));
    QList<std::pair<QString, qint64>> values;
    while (statement.step())
        if (!statement.text(0).isEmpty())
            values.append({statement.text(0), statement.int64(1)});
    return values;
}

void LinkStore::setTags(qint64 linkId, const QStringList& tags)
{
    Transaction transaction(m_db);
    Statement clear(m_db, QStringLiteral("DELETE FROM link_tags WHERE link_id = ?"));
    clear.bind(1, linkId).run();
    Statement insert(
        m_db, QStringLiteral("INSERT OR IGNORE INTO link_tags (link_id, tag) VALUES (?, ?)"));
    for (const QString& tag : tags)
        if (!tag.trimmed().isEmpty())
            insert.bind(1, linkId).bind(2, tag.trimmed()).run();
    transaction.commit();
}

} // namespace folio
