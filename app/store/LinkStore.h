#pragma once

#include "store/ChatMessage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace folio {

class Database;
class Statement;
class Transaction;

enum LinkFlag { LinkInternal = 1, LinkCarriedSecret = 2, LinkMailto = 4 };

// A shared URL with what its shares say about it.
struct Link
{
    qint64 id = 0;
    QString url;
    QString host;
    QString label;
    std::optional<qint64> firstSharedAt; // ms since the epoch, UTC
    std::optional<qint64> lastSharedAt;
    int shareCount = 0;
    int flags = 0;
    bool hidden = false;
    QString firstSharedBy;
    QString firstChannel;
    QString platform; // of the first share
    // Where it is in the offline archive: empty (never queued), "pending", "archived",
    // "failed" or "skipped" (ArchiveStore).
    QString archiveStatus;
    QString archivedTitle; // the title of its newest capture, if it was archived
    // What a list shows for it: its label, else its archived title, else its address.
    QString displayTitle() const
    {
        return !label.isEmpty() ? label : !archivedTitle.isEmpty() ? archivedTitle : url;
    }
};

// One message that shared a link.
struct LinkShare
{
    ChatMessage message; // without its links
    QString label;
    LinkOrigin origin = LinkOrigin::Text;
    bool inCode = false;
};

// A link of a message, normalised, ready to be stored.
struct LinkToStore
{
    QString url;
    QString host;
    QString label;
    LinkOrigin origin = LinkOrigin::Text;
    bool inCode = false;
    int flags = 0;
};

// Which links a list shows, in what order.
struct LinkQuery
{
    enum class Order { Newest, MostShared, Domain };
    QString words; // full-text words over URL, label, message text, channel, people
    QString platform;
    QString channel;
    QString person;
    QString domain; // the host or any parent domain
    QString tag;
    std::optional<qint64> sharedAfter; // ms
    std::optional<qint64> sharedBefore;
    bool onlyHidden = false; // hidden links alone; otherwise they are left out
    Order order = Order::Newest;
};

// The links table and its shares (schema format 5). Writes go through Import, one
// transaction per import; reads are plain queries.
class LinkStore
{
    Q_DECLARE_TR_FUNCTIONS(folio::LinkStore)

public:
    explicit LinkStore(Database& db);

    // Everything one import writes: messages, links, shares, tags, then each touched link's
    // counts, label and search row. Nothing is visible, and nothing stays, unless commit()
    // is called.
    class Import
    {
    public:
        explicit Import(LinkStore& store);
        ~Import();
        struct Added
        {
            int newLinks = 0;
            int newShares = 0;
        };
        Added add(const ChatMessage& message, const std::vector<LinkToStore>& links);
        void commit();

        static constexpr int kImportCacheKiB = 64 * 1024;

    private:
        qint64 messageRow(const ChatMessage& message);
        Database& m_db;
        std::unique_ptr<Transaction> m_transaction;
        std::unique_ptr<Statement> m_findLink, m_insertLink, m_flagLink, m_upsertMessage,
            m_findMessage, m_insertShare, m_insertTag, m_touch;
        int m_previousCacheSize = 0;
        QHash<QString, qint64> m_linkIds;
        QElapsedTimer m_timer; // where the time goes, for the folio.store debug log
    };

    qint64 count(const LinkQuery& query = {}) const;
    std::vector<Link> list(const LinkQuery& query, int offset, int limit) const;
    std::optional<Link> find(const QString& url) const;
    std::optional<Link> byId(qint64 id) const;
    // Oldest first.
    std::vector<LinkShare> shares(qint64 linkId, int limit = 1000) const;
    QStringList tags(qint64 linkId) const;
    void setHidden(qint64 linkId, bool hidden);
    enum class Facet { Channel, Person, Domain, Platform };
    // The most common values of a facet, with how many shares (domains: links) have each.
    QList<std::pair<QString, qint64>> topValues(Facet facet, int limit) const;
    // The wiki file, for a thread that reads through a connection of its own (facets take
    // a second over 500,000 links).
    QString wikiPath() const;
    void setTags(qint64 linkId, const QStringList& tags);

    static QString originKey(LinkOrigin origin);
    static LinkOrigin originFromKey(const QString& key);
    static QString kindKey(ChannelKind kind);
    // "private channel", "direct message", "group message"; empty for a public channel.
    static QString kindName(ChannelKind kind);
    static ChannelKind kindFromKey(const QString& key);

private:
    QString whereClause(const LinkQuery& query, QList<QVariant>& values) const;
    Database& m_db;
};

} // namespace folio
