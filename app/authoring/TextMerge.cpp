#include "authoring/TextMerge.h"

#include "authoring/LibGit2.h"

#include <git2.h>

namespace folio {

TextMerge::Result TextMerge::merge(const QString& base, const QString& mine, const QString& theirs,
                                   const QString& mineLabel, const QString& theirsLabel,
                                   const QString& baseLabel)
{
    LibGit2::ensureInitialised();
    const QByteArray baseBytes = base.toUtf8(), mineBytes = mine.toUtf8(),
                     theirsBytes = theirs.toUtf8();
    const QByteArray mineName = mineLabel.toUtf8(), theirsName = theirsLabel.toUtf8(),
                     baseName = (baseLabel.isEmpty() ? tr("before both") : baseLabel).toUtf8();
    const auto input = [](const QByteArray& bytes) {
        git_merge_file_input file = GIT_MERGE_FILE_INPUT_INIT;
        file.ptr = bytes.constData();
        file.size = size_t(bytes.size());
        return file;
    };
    const git_merge_file_input ancestor = input(baseBytes), ours = input(mineBytes),
                               theirsInput = input(theirsBytes);
    git_merge_file_options options = GIT_MERGE_FILE_OPTIONS_INIT;
    options.ancestor_label = baseName.constData();
    options.our_label = mineName.constData();
    options.their_label = theirsName.constData();
    options.flags = GIT_MERGE_FILE_STYLE_DIFF3; // the base between the two: easier to resolve
    git_merge_file_result result = {};
    if (git_merge_file(&result, &ancestor, &ours, &theirsInput, &options) != 0) {
        // Only out of memory: keep both texts, marked, rather than lose one.
        return {
            tr("<<<<<<< %1\n%2=======\n%3>>>>>>> %4\n").arg(mineLabel, mine, theirs, theirsLabel),
            false};
    }
    Result merged{QString::fromUtf8(result.ptr, qsizetype(result.len)), result.automergeable != 0};
    git_merge_file_result_free(&result);
    return merged;
}

} // namespace folio
