#pragma once

#include <QCoreApplication>
#include <QString>

namespace folio {

// Three-way merge of texts — what two people made of the same base — with libgit2's
// git_merge_file, the merge git itself does. Where both changed the same lines, the result
// holds both, between conflict markers labelled with `mineLabel` and `theirsLabel`.
class TextMerge
{
    Q_DECLARE_TR_FUNCTIONS(folio::TextMerge)

public:
    struct Result
    {
        QString text;
        bool clean = false; // no conflict markers: both sides' changes merged
    };

    // `baseLabel` names the base between the markers; by default "before both", translated.
    static Result merge(const QString& base, const QString& mine, const QString& theirs,
                        const QString& mineLabel, const QString& theirsLabel,
                        const QString& baseLabel = {});
};

} // namespace folio
