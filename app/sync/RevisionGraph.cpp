#include "sync/RevisionGraph.h"

#include "store/Statement.h"
#include "store/StatementCache.h"

namespace folio {

RevisionGraph::RevisionGraph(const QList<Node>& nodes)
{
    m_nodes.reserve(nodes.size());
    for (const Node& node : nodes)
        m_nodes.insert(node.id, node);
}

namespace {

constexpr char kPageRevisions[] = "SELECT id, uuid, parent_id, merge_parent_id "
                                  "FROM revisions WHERE page_id = ?";

QList<RevisionGraph::Node> nodesOf(Statement& query, qint64 pageId)
{
    query.bind(1, pageId);
    QList<RevisionGraph::Node> nodes;
    while (query.step())
        nodes.append(
            {query.int64(0), query.text(1), query.optionalInt64(2), query.optionalInt64(3)});
    query.reset();
    return nodes;
}

} // namespace

RevisionGraph RevisionGraph::ofPage(Database& db, qint64 pageId)
{
    Statement query(db, QLatin1String(kPageRevisions));
    return RevisionGraph(nodesOf(query, pageId));
}

RevisionGraph RevisionGraph::ofPage(StatementCache& statements, qint64 pageId)
{
    return RevisionGraph(nodesOf(statements.get(QLatin1String(kPageRevisions)), pageId));
}

QSet<qint64> RevisionGraph::history(qint64 id) const
{
    QSet<qint64> seen;
    QList<qint64> pending{id};
    while (!pending.isEmpty()) {
        const qint64 next = pending.takeLast();
        if (seen.contains(next))
            continue;
        seen.insert(next);
        const auto node = m_nodes.constFind(next);
        if (node == m_nodes.cend())
            continue; // a parent this graph was not given: the history ends there
        if (node->parent)
            pending.append(*node->parent);
        if (node->mergeParent)
            pending.append(*node->mergeParent);
    }
    return seen;
}

bool RevisionGraph::descendsFrom(qint64 descendant, qint64 ancestor) const
{
    return history(descendant).contains(ancestor);
}

std::optional<qint64> RevisionGraph::mergeBase(qint64 a, qint64 b) const
{
    QSet<qint64> common = history(a) & history(b);
    // Only the newest common revisions are candidates: drop whatever one of them was
    // written on (one walk down from all of them, each revision visited once).
    QList<qint64> pending;
    const auto pushParents = [this, &pending](qint64 id) {
        const auto node = m_nodes.constFind(id);
        if (node == m_nodes.cend())
            return;
        if (node->parent)
            pending.append(*node->parent);
        if (node->mergeParent)
            pending.append(*node->mergeParent);
    };
    for (const qint64 id : std::as_const(common))
        pushParents(id);
    QSet<qint64> older;
    while (!pending.isEmpty()) {
        const qint64 next = pending.takeLast();
        if (older.contains(next))
            continue;
        older.insert(next);
        pushParents(next);
    }
    common.subtract(older);
    std::optional<qint64> best;
    for (const qint64 id : std::as_const(common)) {
        const QString uuid = m_nodes.value(id).uuid;
        if (!best || uuid < m_nodes.value(*best).uuid ||
            (uuid == m_nodes.value(*best).uuid && id < *best))
            best = id;
    }
    return best;
}

} // namespace folio
