#include "sync/BundleMerger.h"

#include "store/AttachmentStore.h"
#include "store/BulkIndexing.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/Statement.h"
#include "store/StatementCache.h"
#include "store/Transaction.h"
#include "sync/BundleError.h"
#include "sync/HistoryWriter.h"
#include "sync/LinkMerger.h"
#include "sync/PageMerge.h"
#include "sync/RevisionGraph.h"

#include <QMimeDatabase>
#include <QUuid>

namespace folio {
namespace {

// The rename that frees a title is the same wherever it is made.
QString renameUuid(const QString& revisionUuid, const QString& title)
{
    static const QUuid kRenames(QStringLiteral("{3d6b8f7a-2c1e-4f0b-8a9d-5e4c3b2a1f0e}"));
    return QUuid::createUuidV5(kRenames, QString(revisionUuid + u'\n' + title))
        .toString(QUuid::WithoutBraces);
}

Revision revisionFrom(const BundleReader::RevisionRecord& record)
{
    Revision revision;
    revision.uuid = record.uuid;
    revision.author = record.author;
    revision.createdAt = record.createdAt;
    revision.content = record.content;
    revision.state = record.state;
    revision.summary = record.summary;
    revision.conflicted = record.conflicted;
    revision.parentPage = record.parentPage;
    return revision;
}

struct PageRow
{
    QString uuid;
    qint64 head = 0;
    bool deleted = false;
};

// The lookups a merge makes for every page, each prepared once per merge.
PageRow pageRow(StatementCache& statements, qint64 pageId)
{
    Statement& query = statements.get(
        QStringLiteral("SELECT uuid, revision_id, deleted_at FROM pages WHERE id = ?"));
    query.bind(1, pageId);
    PageRow row;
    if (query.step())
        row = {query.text(0), query.int64(1), !query.isNull(2)};
    query.reset();
    return row;
}

bool hasBlob(StatementCache& statements, const QString& sha256)
{
    Statement& query = statements.get(QStringLiteral("SELECT 1 FROM attachments WHERE sha256 = ?"));
    query.bind(1, sha256);
    const bool found = query.step();
    query.reset();
    return found;
}

std::optional<qint64> pageOfRevision(StatementCache& statements, qint64 revisionId)
{
    Statement& query = statements.get(QStringLiteral("SELECT page_id FROM revisions WHERE id = ?"));
    query.bind(1, revisionId);
    const std::optional<qint64> page =
        query.step() ? std::optional<qint64>(query.int64(0)) : std::nullopt;
    query.reset();
    return page;
}

QString titleOf(StatementCache& statements, qint64 revisionId)
{
    Statement& query = statements.get(QStringLiteral("SELECT title FROM revisions WHERE id = ?"));
    query.bind(1, revisionId);
    const QString title = query.step() ? query.text(0) : QString();
    query.reset();
    return title;
}

} // namespace

BundleMerger::BundleMerger(Database& db) : m_db(db)
{
}

BundleMerger::Summary BundleMerger::merge(BundleReader& bundle)
{
    Transaction transaction(m_db);
    HistoryWriter writer(m_db); // its statements prepared once for every page
    StatementCache statements(m_db);
    m_statements = &statements;
    Summary summary;
    AttachmentStore attachments(m_db);
    QMimeDatabase types;
    int done = 0;
    const int total = bundle.pageCount();
    // A bundle of many pages new here is indexed for search once, at the end.
    BulkIndexing indexing(m_db, total);
    LinkMerger links(m_db);
    const auto checkCancelled = [this] {
        if (m_cancelled && *m_cancelled)
            throw Cancelled{};
    };
    BundleReader::LinkUses linkUses;
    linkUses.snapshot = [&](const QString& contentType, const QByteArray& data) {
        checkCancelled();
        links.snapshot(contentType, data);
    };
    linkUses.messages = [&](const QList<ChatMessage>& messages) {
        checkCancelled();
        links.messages(messages);
    };
    linkUses.links = [&](const QList<LinkRecord>& records) {
        checkCancelled();
        links.links(records);
    };
    bundle.read(
        [&](const QString& sha256, const QByteArray& data) {
            if (hasBlob(statements, sha256))
                return;
            attachments.add(data, types.mimeTypeForData(data).name());
            ++summary.attachments;
        },
        [&](const BundleReader::PageRecord& page,
            const QList<BundleReader::RevisionRecord>& history) {
            if (m_cancelled && *m_cancelled)
                throw Cancelled{};
            mergePage(writer, page, history, summary);
            if (m_progress)
                m_progress(++done, total);
        },
        linkUses);
    indexing.finish();
    m_statements = nullptr;
    const LinkMerger::Summary linked = links.finish();
    summary.links = linked.links;
    summary.shares = linked.shares;
    summary.captures = linked.captures;
    transaction.commit();
    return summary;
}

void BundleMerger::mergePage(HistoryWriter& writer, const BundleReader::PageRecord& page,
                             const QList<BundleReader::RevisionRecord>& history, Summary& summary)
{
    StatementCache& statements = *m_statements;
    PageStore store(m_db);
    std::optional<qint64> pageId = writer.pageId(page.uuid);
    const bool isNew = !pageId;
    const PageRow local = isNew ? PageRow{} : pageRow(statements, *pageId);
    // Most new pages take their head's title, kind and tags as they are inserted; one whose
    // title is taken or that comes deleted goes the long way, through setHead() below.
    const BundleReader::RevisionRecord& shown = history.last(); // the head: BundleReader checks
    const bool showsAtOnce = isNew && !page.deletedAt && !writer.titleHolder(shown.content.title);
    if (showsAtOnce)
        pageId =
            writer.insertPageShowing(page.uuid, history.first().createdAt, revisionFrom(shown));
    else if (isNew)
        pageId = writer.insertPage(page.uuid, history.first().createdAt);

    // The revisions this wiki lacks, parents first, as they were written.
    for (const BundleReader::RevisionRecord& record : history) {
        if (writer.revisionId(record.uuid))
            continue;
        const auto idOf = [&writer](const QString& uuid) {
            return uuid.isEmpty() ? std::nullopt : writer.revisionId(uuid);
        };
        Revision revision = revisionFrom(record);
        // From an older Folio: where the revision it was written on put the page (stored
        // already: parents come first).
        if (record.parentPageUnknown && !record.parent.isEmpty())
            revision.parentPage = writer.parentPageOf(record.parent);
        writer.insertRevision(*pageId, revision, idOf(record.parent), idOf(record.mergeParent));
    }
    const std::optional<qint64> remote = writer.revisionId(page.head);
    if (!remote || pageOfRevision(statements, *remote) != pageId)
        throw BundleError(
            tr("The bundle gives page %1 a revision of another page.").arg(page.uuid));
    // Most pages of a sync are as they were: their history is read only when it is needed.
    const bool sameHead = !isNew && *remote == local.head;
    const RevisionGraph graph = isNew || (sameHead && page.deletedAt.has_value() == local.deleted)
                                    ? RevisionGraph({})
                                    : RevisionGraph::ofPage(statements, *pageId);

    qint64 head = local.head;
    bool moved = false;
    if (isNew) {
        head = *remote;
        ++summary.added;
    } else if (sameHead || graph.descendsFrom(local.head, *remote)) {
        // This wiki has every edit the other side made.
    } else if (graph.descendsFrom(*remote, local.head)) {
        head = *remote;
        ++summary.updated;
    } else {
        const std::optional<qint64> base = graph.mergeBase(local.head, *remote);
        const Revision ours = *store.revision(local.head), theirs = *store.revision(*remote);
        const Revision baseRevision = base ? *store.revision(*base) : Revision{};
        const PageMerge::Result result = PageMerge::merge(baseRevision, ours, theirs);
        const QString uuid = PageMerge::mergeUuid(ours.uuid, theirs.uuid);
        if (const std::optional<qint64> known = writer.revisionId(uuid)) {
            head = *known;
        } else {
            const bool oursFirst = ours.uuid <= theirs.uuid;
            Revision merged;
            merged.uuid = uuid;
            merged.content = result.content;
            merged.state = result.state;
            merged.parentPage = result.parentPage;
            merged.conflicted = result.conflicted;
            QStringList authors{ours.author, theirs.author};
            authors.sort();
            authors.removeDuplicates();
            merged.author = authors.join(QLatin1String(" + "));
            merged.createdAt = std::max(ours.createdAt, theirs.createdAt);
            head = writer.insertRevision(*pageId, merged, oursFirst ? ours.id : theirs.id,
                                         oursFirst ? theirs.id : ours.id);
        }
        ++(result.conflicted ? summary.conflicted : summary.merged);
    }
    moved = head != local.head;

    // A deletion stands only if the side that deleted had seen every edit of the other.
    bool deleted = local.deleted;
    if (isNew)
        deleted = page.deletedAt.has_value();
    else if (page.deletedAt && !local.deleted)
        deleted = graph.descendsFrom(*remote, local.head);
    else if (!page.deletedAt && local.deleted)
        deleted = graph.descendsFrom(local.head, *remote);

    if (deleted) {
        if (!local.deleted) {
            writer.markDeleted(*pageId, page.deletedAt.value_or(QDateTime::currentDateTimeUtc()));
            if (!isNew)
                ++summary.deleted;
        }
        if (moved)
            writer.setHead(*pageId, head);
    } else {
        const bool restored = local.deleted;
        if (restored) {
            writer.markAlive(*pageId);
            ++summary.restored;
        }
        // Two pages may now share a title: the one with the larger uuid gives it up.
        const QString title = moved || restored || isNew ? titleOf(statements, head) : QString();
        const std::optional<qint64> holder =
            title.isEmpty() ? std::nullopt : writer.titleHolder(title);
        if (holder && *holder != *pageId) {
            QString free;
            for (int n = 2; free.isEmpty() || writer.titleHolder(free); ++n)
                free = QStringLiteral("%1 (%2)").arg(title).arg(n);
            const PageRow other = pageRow(statements, *holder);
            const bool thisGivesWay = page.uuid > other.uuid;
            const qint64 renamedPage = thisGivesWay ? *pageId : *holder;
            const qint64 renamedFrom = thisGivesWay ? head : other.head;
            Revision renamed = *store.revision(renamedFrom);
            renamed.uuid = renameUuid(renamed.uuid, free);
            renamed.content.title = free;
            renamed.summary.clear();
            const std::optional<qint64> known = writer.revisionId(renamed.uuid);
            const qint64 renamedId =
                known ? *known : writer.insertRevision(renamedPage, renamed, renamedFrom, {});
            if (thisGivesWay) {
                head = renamedId;
                moved = true;
            } else {
                writer.setHead(*holder, renamedId);
            }
            ++summary.renamed;
        }
        if (showsAtOnce && head == *remote)
            writer.show(*pageId, head);
        else if (moved || restored || isNew)
            writer.setHead(*pageId, head);
    }
    if (!moved && !isNew && deleted == local.deleted)
        ++summary.unchanged;

    // Attachments by name: what this wiki lacks; a name that stands for other bytes here
    // stays as it is.
    if (page.attachments.isEmpty())
        return;
    AttachmentStore attachments(m_db);
    for (auto it = page.attachments.cbegin(); it != page.attachments.cend(); ++it)
        if (!attachments.find(*pageId, it.key()) && hasBlob(statements, it.value()))
            attachments.name(*pageId, it.key(), it.value());
}

} // namespace folio
