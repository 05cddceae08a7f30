#include "sync/BundleWriter.h"

#include "core/Sha256.h"
#include "store/AttachmentStore.h"
#include "store/Database.h"
#include "store/PageKind.h"
#include "store/PageStatus.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "sync/BundleFormat.h"
#include "sync/FrontMatter.h"
#include "sync/LinkBundleWriter.h"
#include "sync/ZipWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace folio {
namespace {

// Every read of one export sees the wiki as it was when the export began, whatever other
// processes write meanwhile.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db) : m_db(db) { m_db.exec(QStringLiteral("BEGIN")); }
    ~ReadSnapshot()
    {
        try {
            m_db.exec(QStringLiteral("COMMIT")); // a read: nothing to lose if it fails
        } catch (const StoreError&) {
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
};

struct PageRow
{
    qint64 id = 0;
    qint64 revisionId = 0; // the revision the page shows
    QString uuid;
    PageState state;
    std::optional<qint64> deletedAt;
};

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

PageState stateOf(const QString& status, const QString& visibility)
{
    return {PageStatuses::fromKey(status).value_or(PageStatus::Draft),
            PageStatuses::visibilityFromKey(visibility).value_or(PageVisibility::Internal)};
}

// A file name for a title that every system accepts, unique in the bundle whatever the case.
QString fileNameFor(const QString& title, QSet<QString>& taken)
{
    QString name;
    for (const QChar c : title)
        name += (c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c))
                    ? u'_'
                    : c;
    name = name.left(120).trimmed();
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(u'_');
    QString unique = name;
    for (int n = 2; taken.contains(unique.toCaseFolded()); ++n)
        unique = name + QStringLiteral(" (%1)").arg(n);
    taken.insert(unique.toCaseFolded());
    return unique + QLatin1String(".md");
}

} // namespace

BundleWriter::BundleWriter(Database& db, QString machineId)
    : m_db(db), m_machineId(std::move(machineId))
{
}

BundleWriter::Summary BundleWriter::write(const QString& path)
{
    ZipWriter zip(path);
    const ReadSnapshot snapshot(m_db);
    // Sorted before they go into the manifest's object: inserted in its order, it only
    // appends (out of order, each insert moves the entries after it).
    std::vector<std::pair<QString, QString>> checksums;
    const auto add = [&](const QString& name, const QByteArray& data) {
        zip.add(name, data);
        checksums.emplace_back(name, Sha256::hex(data));
    };

    QList<PageRow> pages;
    {
        Statement query(m_db, QStringLiteral("SELECT id, revision_id, uuid, status, visibility, "
                                             "deleted_at FROM pages ORDER BY id"));
        while (query.step())
            pages.append({query.int64(0), query.int64(1), query.text(2),
                          stateOf(query.text(3), query.text(4)), query.optionalInt64(5)});
    }
    Statement history(
        m_db, QStringLiteral("SELECT r.uuid, p.uuid, m.uuid, r.author, r.created_at, r.title, "
                             "r.kind, r.tags, r.body, r.status, r.visibility, r.summary, "
                             "r.conflicted, r.id, r.parent_page FROM revisions r "
                             "LEFT JOIN revisions p ON p.id = r.parent_id "
                             "LEFT JOIN revisions m ON m.id = r.merge_parent_id "
                             "WHERE r.page_id = ? ORDER BY r.id"));
    AttachmentStore attachments(m_db);
    const QHash<qint64, QList<AttachmentStore::Named>> attached = attachments.byPage();
    QSet<QString> fileNames, attachmentsWritten;
    Summary summary;
    int done = 0;
    for (const PageRow& page : std::as_const(pages)) {
        if (m_cancelled && *m_cancelled)
            throw Cancelled{};
        // The page's history, as far as the filter lets it out, oldest first (a revision's
        // parents are always older here: it was stored on top of them). The last line is the
        // revision the page shows — not always the newest by id: revisions a whole bundle
        // brought after a filtered one are older than the head, though stored after it.
        QByteArray lines;
        QJsonObject head, last;
        int revisions = 0;
        history.bind(1, page.id);
        while (history.step()) {
            const PageState state = stateOf(history.text(9), history.text(10));
            if (!m_filter.admits(state))
                continue;
            QJsonObject revision{
                {QStringLiteral("uuid"), history.text(0)},
                {QStringLiteral("author"), history.text(3)},
                {QStringLiteral("createdAt"), isoTime(history.int64(4))},
                {QStringLiteral("title"), history.text(5)},
                {QStringLiteral("kind"), history.text(6)},
                {QStringLiteral("tags"),
                 QJsonArray::fromStringList(history.text(7).split(u',', Qt::SkipEmptyParts))},
                {QStringLiteral("status"), history.text(9)},
                {QStringLiteral("visibility"), history.text(10)},
                {QStringLiteral("body"), history.text(8)}};
            if (!history.isNull(1))
                revision.insert(QStringLiteral("parent"), history.text(1));
            if (!history.isNull(2))
                revision.insert(QStringLiteral("mergeParent"), history.text(2));
            if (!history.text(11).isEmpty())
                revision.insert(QStringLiteral("summary"), history.text(11));
            if (history.int64(12) != 0)
                revision.insert(QStringLiteral("conflicted"), true);
            if (!history.isNull(14))
                revision.insert(QStringLiteral("parentPage"), history.text(14));
            ++revisions;
            if (history.int64(13) == page.revisionId) {
                head = revision;
                continue;
            }
            if (!last.isEmpty())
                lines += QJsonDocument(last).toJson(QJsonDocument::Compact) + '\n';
            last = revision;
        }
        history.reset();
        if (head.isEmpty())
            std::swap(head, last); // the page's own revision was left out: the newest stands
        if (!last.isEmpty())
            lines += QJsonDocument(last).toJson(QJsonDocument::Compact) + '\n';
        // The head's text is the page file's: the bundle carries it once.
        const QString headText = head.take(QStringLiteral("body")).toString();
        if (revisions > 0)
            lines += QJsonDocument(head).toJson(QJsonDocument::Compact) + '\n';
        const QStringList tags = head.value(QStringLiteral("tags")).toVariant().toStringList();
        const PageKind kind = PageKinds::fromKey(head.value(QStringLiteral("kind")).toString())
                                  .value_or(PageKind::Note);
        if (revisions == 0 || !m_filter.admits(page.state, kind, tags)) {
            if (m_progress)
                m_progress(++done, int(pages.size()));
            continue;
        }

        QJsonObject named;
        for (const AttachmentStore::Named& attachment : attached.value(page.id)) {
            named.insert(attachment.name, attachment.sha256);
            if (attachmentsWritten.contains(attachment.sha256))
                continue;
            const std::optional<AttachmentStore::Blob> blob = attachments.blob(attachment.sha256);
            if (!blob)
                continue;
            add(QLatin1String(BundleFormat::kAttachmentsFolder) + attachment.sha256, blob->data);
            attachmentsWritten.insert(attachment.sha256);
        }

        QJsonObject fields{{QStringLiteral("uuid"), page.uuid},
                           {QStringLiteral("title"), head.value(QStringLiteral("title"))},
                           {QStringLiteral("kind"), head.value(QStringLiteral("kind"))},
                           {QStringLiteral("tags"), head.value(QStringLiteral("tags"))},
                           {QStringLiteral("status"), head.value(QStringLiteral("status"))},
                           {QStringLiteral("visibility"), head.value(QStringLiteral("visibility"))},
                           {QStringLiteral("revision"), head.value(QStringLiteral("uuid"))}};
        if (!named.isEmpty())
            fields.insert(QStringLiteral("attachments"), named);
        if (page.deletedAt)
            fields.insert(QStringLiteral("deleted"), isoTime(*page.deletedAt));
        const QString folder = QLatin1String(page.deletedAt ? BundleFormat::kDeletedFolder
                                                            : BundleFormat::kPagesFolder);
        add(folder + fileNameFor(head.value(QStringLiteral("title")).toString(), fileNames),
            FrontMatter::write(fields, headText));
        add(QLatin1String(BundleFormat::kHistoryFolder) + page.uuid + QLatin1String(".jsonl"),
            lines);
        ++(page.deletedAt ? summary.deletedPages : summary.pages);
        summary.revisions += revisions;
        if (m_progress)
            m_progress(++done, int(pages.size()));
    }
    summary.attachments = int(attachmentsWritten.size());
    // Links never leave in a filtered bundle: the chat around them is the organisation's own.
    if (m_filter.isWholeWiki()) {
        LinkBundleWriter links(m_db, add);
        links.setCancelFlag(m_cancelled);
        try {
            const LinkBundleWriter::Summary linked = links.write();
            summary.links = linked.links;
            summary.messages = linked.messages;
            summary.snapshots = linked.snapshots;
        } catch (const LinkBundleWriter::Cancelled&) {
            throw Cancelled{};
        }
    }

    QString wikiUuid;
    {
        Statement wiki(m_db, QStringLiteral("SELECT uuid FROM wiki"));
        if (wiki.step())
            wikiUuid = wiki.text(0);
    }
    // The other wikis merged into this one: their copies take this bundle without asking.
    QJsonArray knownWikis;
    {
        Statement known(m_db, QStringLiteral("SELECT uuid FROM known_wikis ORDER BY uuid"));
        while (known.step())
            knownWikis.append(known.text(0));
    }
    std::sort(checksums.begin(), checksums.end());
    QJsonObject entries;
    for (const auto& [name, sha256] : checksums)
        entries.insert(name, sha256);
    checksums = {};
    QJsonArray kinds;
    for (const PageKind kind : m_filter.kinds)
        kinds.append(PageKinds::key(kind));
    const QJsonObject manifest{
        {QStringLiteral("format"), QLatin1String(BundleFormat::kFormatName)},
        {QStringLiteral("version"),
         QStringLiteral("%1.%2").arg(BundleFormat::kMajorVersion).arg(BundleFormat::kMinorVersion)},
        {QStringLiteral("wiki"), wikiUuid},
        {QStringLiteral("knownWikis"), knownWikis},
        {QStringLiteral("machine"), m_machineId},
        {QStringLiteral("createdAt"), isoTime(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("filter"),
         QJsonObject{{QStringLiteral("wholeWiki"), m_filter.isWholeWiki()},
                     {QStringLiteral("publishedOnly"), m_filter.publishedOnly},
                     {QStringLiteral("publicOnly"), m_filter.publicOnly},
                     {QStringLiteral("tags"), QJsonArray::fromStringList(m_filter.tags)},
                     {QStringLiteral("kinds"), kinds}}},
        {QStringLiteral("counts"),
         QJsonObject{{QStringLiteral("pages"), summary.pages},
                     {QStringLiteral("deletedPages"), summary.deletedPages},
                     {QStringLiteral("revisions"), summary.revisions},
                     {QStringLiteral("attachments"), summary.attachments},
                     {QStringLiteral("links"), summary.links},
                     {QStringLiteral("messages"), summary.messages},
                     {QStringLiteral("snapshots"), summary.snapshots}}},
        {QStringLiteral("entries"), entries}};
    zip.add(QLatin1String(BundleFormat::kManifest),
            QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    zip.commit();
    return summary;
}

} // namespace folio
