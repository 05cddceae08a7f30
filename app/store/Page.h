#pragma once

#include "store/PageKind.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace folio {

// What a writer edits; every save of it becomes a revision.
struct PageContent
{
    QString title;
    PageKind kind = PageKind::Note;
    QStringList tags;
    QString body;

    bool operator==(const PageContent&) const = default;
};

struct Page
{
    qint64 id = 0;
    QString uuid; // stable across renames and machines
    PageContent content;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 revisionId = 0; // the revision the current content is
};

struct PageSummary
{
    qint64 id = 0;
    QString title;
    PageKind kind = PageKind::Note;
    QDateTime updatedAt;
};

struct Revision
{
    qint64 id = 0;
    qint64 pageId = 0;
    std::optional<qint64> parentId;
    QString author;
    QDateTime createdAt;
    PageContent content;
    QString contentHash; // SHA-256 of the body, hex
};

} // namespace folio
