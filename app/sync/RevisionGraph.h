#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace folio {

class Database;
class Statement;
class StatementCache;

// The history of one page as a graph: each revision points at the one it was written on, and
// a merge of two machines' edits at both. Answers what sync needs: does one side already
// hold the other's edits (a fast-forward), and where did two sides part (git's merge base).
class RevisionGraph
{
public:
    struct Node
    {
        qint64 id = 0;
        QString uuid;
        std::optional<qint64> parent;
        std::optional<qint64> mergeParent;
    };

    explicit RevisionGraph(const QList<Node>& nodes);
    static RevisionGraph ofPage(Database& db, qint64 pageId);
    // The same with the query prepared once (a merge of many pages).
    static RevisionGraph ofPage(StatementCache& statements, qint64 pageId);

    bool contains(qint64 id) const { return m_nodes.contains(id); }
    // Whether `descendant` is `ancestor` or was written, through any parent, on top of it.
    bool descendsFrom(qint64 descendant, qint64 ancestor) const;
    // The newest revision in the history of both. Where several are equally new (each side
    // merged the other's edits: a criss-cross), the one with the smallest uuid, so that every
    // machine merging the same two revisions starts from the same base.
    std::optional<qint64> mergeBase(qint64 a, qint64 b) const;

private:
    // `id` and everything it was written on.
    QSet<qint64> history(qint64 id) const;

    QHash<qint64, Node> m_nodes;
};

} // namespace folio
