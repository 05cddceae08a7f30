#pragma once

#include <QString>

namespace folio {

class Database;

// What a wiki holds, in a few numbers that change whenever it does: a new revision, a page
// deleted or restored, a file attached, a link or share imported, a draft kept. Equal stamps
// mean nothing was written between them; sameBundle() leaves drafts out, since bundles do
// not carry them.
struct WikiStamp
{
    qint64 lastRevision = 0;
    qint64 deletedPages = 0;
    qint64 lastDeletion = 0;
    qint64 attachmentUses = 0;
    qint64 lastLink = 0;
    qint64 shares = 0;
    qint64 drafts = 0;
    qint64 lastDraftSave = 0;
    qint64 draftBytes = 0;

    static WikiStamp of(const Database& db);
    QString toString() const;
    // A stamp written by toString(); anything else reads as the empty wiki's.
    static WikiStamp fromString(const QString& text);

    // Whether a bundle written at either would be the same.
    bool sameBundle(const WikiStamp& other) const;
    bool operator==(const WikiStamp&) const = default;
};

} // namespace folio
