#pragma once

class QTextCursor;
class QString;

namespace folio {

// What the editor's formatting shortcuts and toolbar do to the Markdown source. Each is one
// undo step, and each undoes itself when applied twice.
namespace MarkdownCommands {

// Surrounds the selection with `marker` ("**", "*", "`"), or removes it when the selection is
// already surrounded; with no selection, puts the cursor between a new pair.
void toggleWrap(QTextCursor& cursor, const QString& marker);
// Makes the lines of the selection headings of `level` (1–6), or plain text when they already
// are of that level.
void toggleHeading(QTextCursor& cursor, int level);
// Makes the lines of the selection a bulleted ("- ") or numbered ("1. ") list, or plain lines
// when they already are one.
void toggleList(QTextCursor& cursor, bool numbered);
// [selection](https://) with the address selected, ready to be typed over.
void insertLink(QTextCursor& cursor);
// Enter at the end of a list item: a new item with the same indent and marker (the next
// number, an unchecked box). Enter on an empty item ends the list instead. False when the
// cursor is not in a list item (the caller inserts a plain line break).
bool continueList(QTextCursor& cursor);

} // namespace MarkdownCommands
} // namespace folio
