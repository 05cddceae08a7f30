#pragma once

#include "store/Page.h"

#include <QString>

namespace folio {

// What a page becomes when two machines changed it since they parted: a three-way merge of
// everything a revision holds. The text is merged by libgit2 (TextMerge); where both changed
// the same lines the result keeps both between markers and is conflicted. The result depends
// only on the three revisions, never on which machine merges or in which order, so machines
// that merge the same edits independently write the same merge revision.
class PageMerge
{
public:
    struct Result
    {
        PageContent content;
        PageState state;
        QString parentPage;
        bool conflicted = false;
    };

    static Result merge(const Revision& base, const Revision& one, const Revision& other);
    // The uuid of the merge of two revisions: the same wherever they are merged.
    static QString mergeUuid(const QString& oneUuid, const QString& otherUuid);
    // How a revision is named in conflict markers: "Ana, 2026-11-27T10:02:00Z".
    static QString label(const Revision& revision);
};

} // namespace folio
