#include "editor/MarkdownCommands.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace folio::MarkdownCommands {
namespace {

const QRegularExpression& headingPrefix()
{
    static const QRegularExpression pattern(QStringLiteral("^(#{1,6})[ \\t]+"));
    return pattern;
}

// Indent, marker ("-", "*", "+", "1." or "1)"), the space after it, an optional task box.
const QRegularExpression& listItem()
{
    static const QRegularExpression pattern(
        QStringLiteral("^([ \\t]*)([-*+]|(\\d{1,9})([.)]))([ \\t]+)(\\[[ xX]\\][ \\t]+)?"));
    return pattern;
}

// Calls `change(block)` for every line the selection touches, as one undo step.
template <typename Change> void forEachSelectedLine(QTextCursor& cursor, Change change)
{
    QTextDocument* document = cursor.document();
    const QTextBlock first = document->findBlock(cursor.selectionStart());
    QTextBlock last = document->findBlock(cursor.selectionEnd());
    // A selection ending at the very start of a line does not take that line in.
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    cursor.beginEditBlock();
    int index = 0;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        change(block, index++);
        if (block == last)
            break;
    }
    cursor.endEditBlock();
}

void replacePrefix(const QTextBlock& block, int length, const QString& prefix)
{
    QTextCursor edit(block);
    edit.setPosition(block.position() + length, QTextCursor::KeepAnchor);
    edit.insertText(prefix);
}

} // namespace

void toggleWrap(QTextCursor& cursor, const QString& marker)
{
    const int size = int(marker.size());
    cursor.beginEditBlock();
    if (!cursor.hasSelection()) {
        cursor.insertText(marker + marker);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, size);
        cursor.endEditBlock();
        return;
    }
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const QString selected = cursor.selectedText();
    QTextCursor around(cursor.document());
    around.setPosition(std::max(0, start - size));
    around.setPosition(end + size, QTextCursor::KeepAnchor);
    // Runs of the marker's character decide: in "***word***" one star is italic and two are
    // bold, so italic and bold each come off (or go on) without taking the other with them.
    const QChar markerChar = marker.front();
    QTextDocument* document = cursor.document();
    int before = 0;
    while (start - before > 0 && document->characterAt(start - before - 1) == markerChar)
        ++before;
    int after = 0;
    while (document->characterAt(end + after) == markerChar)
        ++after;
    int leading = 0;
    while (leading < selected.size() && selected.at(leading) == markerChar)
        ++leading;
    int trailing = 0;
    while (trailing < selected.size() - leading &&
           selected.at(selected.size() - 1 - trailing) == markerChar)
        ++trailing;
    const auto carries = [size, &marker](int run) {
        if (marker == QLatin1String("*") || marker == QLatin1String("_"))
            return run == 1 || run == 3;
        if (marker == QLatin1String("**") || marker == QLatin1String("__"))
            return run >= 2;
        return run >= size;
    };
    const bool wrappedInside = selected.size() > 2 * size && carries(std::min(leading, trailing));
    const bool wrappedOutside = carries(std::min(before, after));
    if (wrappedInside) {
        cursor.insertText(selected.mid(size, selected.size() - 2 * size));
        cursor.setPosition(start);
        cursor.setPosition(end - 2 * size, QTextCursor::KeepAnchor);
    } else if (wrappedOutside) {
        around.insertText(selected);
        cursor.setPosition(start - size);
        cursor.setPosition(end - size, QTextCursor::KeepAnchor);
    } else {
        cursor.insertText(marker + selected + marker);
        cursor.setPosition(start + size);
        cursor.setPosition(end + size, QTextCursor::KeepAnchor);
    }
    cursor.endEditBlock();
}

void toggleHeading(QTextCursor& cursor, int level)
{
    level = std::clamp(level, 1, 6);
    const QString wanted = QString(level, u'#') + u' ';
    // Applied to lines that all are of this level already, it takes the headings away.
    bool allAtLevel = true;
    forEachSelectedLine(cursor, [&](const QTextBlock& block, int) {
        const auto match = headingPrefix().match(block.text());
        allAtLevel = allAtLevel && match.hasMatch() && match.capturedLength(1) == level;
    });
    forEachSelectedLine(cursor, [&](const QTextBlock& block, int) {
        const auto match = headingPrefix().match(block.text());
        const int existing = match.hasMatch() ? int(match.capturedLength(0)) : 0;
        replacePrefix(block, existing, allAtLevel ? QString() : wanted);
    });
}

void toggleList(QTextCursor& cursor, bool numbered)
{
    bool allListed = true;
    forEachSelectedLine(cursor, [&](const QTextBlock& block, int) {
        const auto match = listItem().match(block.text());
        allListed = allListed && match.hasMatch() && match.hasCaptured(3) == numbered;
    });
    forEachSelectedLine(cursor, [&](const QTextBlock& block, int index) {
        const auto match = listItem().match(block.text());
        const QString indent = match.hasMatch() ? match.captured(1) : QString();
        const int existing = match.hasMatch() ? int(match.capturedEnd(5)) : 0;
        QString marker;
        if (!allListed)
            marker =
                numbered ? QString::number(index + 1) + QLatin1String(". ") : QStringLiteral("- ");
        replacePrefix(block, existing, indent + marker);
    });
}

void insertLink(QTextCursor& cursor)
{
    const QString label = cursor.selectedText();
    const QString address = QStringLiteral("https://");
    cursor.beginEditBlock();
    const int start = cursor.selectionStart();
    cursor.insertText(u'[' + label + QLatin1String("](") + address + u')');
    cursor.setPosition(start + int(label.size()) + 3);
    cursor.setPosition(start + int(label.size() + address.size()) + 3, QTextCursor::KeepAnchor);
    cursor.endEditBlock();
}

bool continueList(QTextCursor& cursor)
{
    if (cursor.hasSelection())
        return false;
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const auto match = listItem().match(text);
    if (!match.hasMatch() || cursor.positionInBlock() < match.capturedEnd(0))
        return false;
    cursor.beginEditBlock();
    if (match.capturedEnd(0) == text.size()) {
        // An empty item: Enter ends the list, as in every word processor.
        replacePrefix(block, int(text.size()), QString());
        cursor.endEditBlock();
        return true;
    }
    QString marker = match.captured(2);
    if (match.hasCaptured(3))
        marker = QString::number(match.captured(3).toLongLong() + 1) + match.captured(4);
    const QString box = match.hasCaptured(6) ? QStringLiteral("[ ] ") : QString();
    cursor.insertText(u'\n' + match.captured(1) + marker + match.captured(5) + box);
    cursor.endEditBlock();
    return true;
}

} // namespace folio::MarkdownCommands
