#include "authoring/TextDiff.h"

#include "authoring/LibGit2.h"

#include <QRegularExpression>

#include <git2.h>
#include <memory>

namespace folio {
namespace {

struct PatchDeleter
{
    void operator()(git_patch* patch) const { git_patch_free(patch); }
};
using Patch = std::unique_ptr<git_patch, PatchDeleter>;

// Never fails on text: a failure is libgit2 out of memory, reported as no patch. The patch's
// lines point into `before` and `after`, which must outlive it.
Patch diff(const QByteArray& before, const QByteArray& after, int context, bool minimal = false)
{
    LibGit2::ensureInitialised();
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = uint32_t(qMax(0, context));
    options.interhunk_lines = 0;
    // A page may hold a NUL or odd bytes: it is still text, never "binary files differ".
    options.flags = GIT_DIFF_FORCE_TEXT | (minimal ? GIT_DIFF_MINIMAL : GIT_DIFF_NORMAL);
    git_patch* patch = nullptr;
    if (git_patch_from_buffers(&patch, before.constData(), size_t(before.size()), nullptr,
                               after.constData(), size_t(after.size()), nullptr, &options) != 0)
        return nullptr;
    return Patch(patch);
}

QString lineText(const git_diff_line* line)
{
    QByteArray content(line->content, qsizetype(line->content_len));
    if (content.endsWith('\n'))
        content.chop(1);
    if (content.endsWith('\r'))
        content.chop(1);
    return QString::fromUtf8(content);
}

bool isChange(char origin)
{
    return origin == GIT_DIFF_LINE_ADDITION || origin == GIT_DIFF_LINE_DELETION;
}

// Words, runs of spaces and single other characters: what a word diff compares.
QStringList tokens(const QString& text)
{
    static const QRegularExpression token(QStringLiteral(R"(\w+|\s+|.)"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QStringList result;
    for (auto it = token.globalMatch(text); it.hasNext();)
        result << it.next().captured();
    return result;
}

// Marks the words that differ between a run of removed lines and the added lines that
// replace it, diffing one token per line with libgit2.
void markWords(QList<TextDiff::Line>& removed, QList<TextDiff::Line>& added)
{
    const QString lineBreak = QStringLiteral("\x01");
    const auto tokenLines = [&](const QList<TextDiff::Line>& lines, QList<QStringList>& split) {
        QByteArray joined;
        for (const TextDiff::Line& line : lines) {
            split << tokens(line.text());
            for (const QString& token : split.last())
                joined += token.toUtf8() + '\n';
            joined += lineBreak.toUtf8() + '\n';
        }
        return joined;
    };
    QList<QStringList> oldTokens, newTokens;
    const QByteArray before = tokenLines(removed, oldTokens);
    const QByteArray after = tokenLines(added, newTokens);
    const Patch patch = diff(before, after, 0, true);
    if (!patch)
        return;
    QSet<int> oldChanged, newChanged; // token numbers, 1-based, over the joined lists
    for (size_t h = 0; h < git_patch_num_hunks(patch.get()); ++h) {
        const int count = git_patch_num_lines_in_hunk(patch.get(), h);
        for (int l = 0; l < count; ++l) {
            const git_diff_line* line = nullptr;
            git_patch_get_line_in_hunk(&line, patch.get(), h, size_t(l));
            if (line->origin == GIT_DIFF_LINE_DELETION)
                oldChanged.insert(line->old_lineno);
            else if (line->origin == GIT_DIFF_LINE_ADDITION)
                newChanged.insert(line->new_lineno);
        }
    }
    const auto apply = [](QList<TextDiff::Line>& lines, const QList<QStringList>& split,
                          const QSet<int>& changed) {
        int number = 1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QList<TextDiff::Segment> segments;
            for (const QString& token : split.at(i)) {
                const bool isChanged = changed.contains(number++);
                if (!segments.isEmpty() && segments.last().changed == isChanged)
                    segments.last().text += token;
                else
                    segments.append({token, isChanged});
            }
            ++number; // the line break
            lines[i].segments = segments;
        }
    };
    apply(removed, oldTokens, oldChanged);
    apply(added, newTokens, newChanged);
}

} // namespace

QString TextDiff::Line::text() const
{
    QString result;
    for (const Segment& segment : segments)
        result += segment.text;
    return result;
}

QString TextDiff::unified(const QString& before, const QString& after, const QString& beforeName,
                          const QString& afterName, int context)
{
    const QByteArray oldText = before.toUtf8(), newText = after.toUtf8();
    const Patch patch = diff(oldText, newText, context);
    if (!patch || git_patch_num_hunks(patch.get()) == 0)
        return {};
    QByteArray out = "--- " + beforeName.toUtf8() + "\n+++ " + afterName.toUtf8() + '\n';
    for (size_t h = 0; h < git_patch_num_hunks(patch.get()); ++h) {
        const git_diff_hunk* hunk = nullptr;
        size_t count = 0;
        git_patch_get_hunk(&hunk, &count, patch.get(), h);
        out += QByteArray(hunk->header, qsizetype(hunk->header_len));
        for (size_t l = 0; l < count; ++l) {
            const git_diff_line* line = nullptr;
            git_patch_get_line_in_hunk(&line, patch.get(), h, l);
            const QByteArray content(line->content, qsizetype(line->content_len));
            switch (line->origin) {
            case GIT_DIFF_LINE_CONTEXT:
            case GIT_DIFF_LINE_ADDITION:
            case GIT_DIFF_LINE_DELETION:
                out += line->origin + content;
                if (!content.endsWith('\n'))
                    out += '\n';
                break;
            default: // "\ No newline at end of file", with its own line breaks
                out += content.startsWith('\n') ? content.mid(1) : content;
                break;
            }
        }
    }
    return QString::fromUtf8(out);
}

QList<TextDiff::Line> TextDiff::lines(const QString& before, const QString& after, int context)
{
    const QByteArray oldText = before.toUtf8(), newText = after.toUtf8();
    const Patch patch = diff(oldText, newText, context);
    QList<Line> result;
    if (!patch)
        return result;
    QList<Line> removed, added;
    const auto flush = [&] {
        if (!removed.isEmpty() && !added.isEmpty())
            markWords(removed, added);
        result += removed;
        result += added;
        removed.clear();
        added.clear();
    };
    int lastOld = 0;
    for (size_t h = 0; h < git_patch_num_hunks(patch.get()); ++h) {
        const git_diff_hunk* hunk = nullptr;
        size_t count = 0;
        git_patch_get_hunk(&hunk, &count, patch.get(), h);
        if (hunk->old_start > lastOld + 1 && !(h == 0 && hunk->old_start <= 1))
            result.append({Line::Gap, 0, 0, {}});
        for (size_t l = 0; l < count; ++l) {
            const git_diff_line* line = nullptr;
            git_patch_get_line_in_hunk(&line, patch.get(), h, l);
            if (!isChange(line->origin) && line->origin != GIT_DIFF_LINE_CONTEXT)
                continue; // end-of-file markers
            if (line->origin == GIT_DIFF_LINE_CONTEXT ||
                (line->origin == GIT_DIFF_LINE_DELETION && !added.isEmpty()))
                flush();
            Line shown;
            shown.oldNumber = qMax(0, line->old_lineno);
            shown.newNumber = qMax(0, line->new_lineno);
            shown.segments = {{lineText(line), false}};
            if (line->origin == GIT_DIFF_LINE_CONTEXT) {
                shown.kind = Line::Context;
                result.append(shown);
            } else if (line->origin == GIT_DIFF_LINE_DELETION) {
                shown.kind = Line::Removed;
                removed.append(shown);
            } else {
                shown.kind = Line::Added;
                added.append(shown);
            }
            if (line->old_lineno > 0)
                lastOld = line->old_lineno;
        }
        flush();
    }
    return result;
}

std::pair<int, int> TextDiff::stats(const QString& before, const QString& after)
{
    const QByteArray oldText = before.toUtf8(), newText = after.toUtf8();
    const Patch patch = diff(oldText, newText, 0);
    size_t additions = 0, deletions = 0;
    if (patch)
        git_patch_line_stats(nullptr, &additions, &deletions, patch.get());
    return {int(additions), int(deletions)};
}

} // namespace folio
