#pragma once

#include "store/PageKind.h"
#include "store/PageStatus.h"

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
    PageState state;
    QString parentPage; // uuid of the page it sits under; empty at the top
};

struct PageSummary
{
    qint64 id = 0;
    QString title;
    PageKind kind = PageKind::Note;
    QDateTime updatedAt;
    PageStatus status = PageStatus::Published;
    qint64 parentId = 0; // the live page it sits under, or 0
    QString titleKey;    // the stored title key (normally PageTitle::key(title))
};

struct Revision
{
    qint64 id = 0;
    qint64 pageId = 0;
    std::optional<qint64> parentId;
    QString author;
    QDateTime createdAt;
    PageContent content;
    QString contentHash;                 // SHA-256 of the body, hex
    PageState state;                     // the page's status and visibility from this revision on
    QString summary;                     // what the writer said of the change; may be empty
    QString uuid;                        // the same on every machine the revision travels to
    std::optional<qint64> mergeParentId; // a merge of two machines' edits: the other parent
    bool conflicted = false; // a merge where both changed the same lines, markers in the text
    QString parentPage; // uuid of the page it sat under from this revision on; empty at the top
};

} // namespace folio

// Lists of 100,000 summaries grow by moving memory, not element by element.
Q_DECLARE_TYPEINFO(folio::PageSummary, Q_RELOCATABLE_TYPE);
