#include "editor/MarkdownEdit.h"

#include "core/FolioUrl.h"
#include "editor/MarkdownCommands.h"
#include "editor/MarkdownHighlighter.h"
#include "search/FuzzyMatch.h"

#include <QAbstractItemView>
#include <QBuffer>
#include <QCompleter>
#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QUrl>

namespace folio {
namespace {

constexpr int kCompletions = 12;

const QList<std::pair<MarkdownEdit::Format, QKeySequence>>& shortcuts()
{
    using F = MarkdownEdit::Format;
    static const QList<std::pair<F, QKeySequence>> table{
        {F::Bold, QKeySequence(Qt::CTRL | Qt::Key_B)},
        {F::Italic, QKeySequence(Qt::CTRL | Qt::Key_I)},
        {F::Code, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        {F::Link, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
        {F::Heading1, QKeySequence(Qt::CTRL | Qt::Key_1)},
        {F::Heading2, QKeySequence(Qt::CTRL | Qt::Key_2)},
        {F::Heading3, QKeySequence(Qt::CTRL | Qt::Key_3)},
        // Not Ctrl+Shift+U: input methods (IBus) enter Unicode characters with it.
        {F::BulletList, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
        {F::NumberedList, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
    };
    return table;
}

} // namespace

MarkdownEdit::MarkdownEdit(QWidget* parent)
    : QPlainTextEdit(parent), m_highlighter(new MarkdownHighlighter(document())),
      m_completer(new QCompleter(this)), m_candidates(new QStringListModel(this))
{
    m_completer->setModel(m_candidates);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_completer->setMaxVisibleItems(kCompletions);
    m_completer->popup()->setAccessibleName(tr("Page titles"));
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &MarkdownEdit::insertTitle);
}

QKeySequence MarkdownEdit::shortcut(Format format)
{
    for (const auto& [f, keys] : shortcuts())
        if (f == format)
            return keys;
    return {};
}

void MarkdownEdit::apply(Format format)
{
    QTextCursor cursor = textCursor();
    switch (format) {
    case Format::Bold:
        MarkdownCommands::toggleWrap(cursor, QStringLiteral("**"));
        break;
    case Format::Italic:
        MarkdownCommands::toggleWrap(cursor, QStringLiteral("*"));
        break;
    case Format::Code:
        MarkdownCommands::toggleWrap(cursor, QStringLiteral("`"));
        break;
    case Format::Link:
        MarkdownCommands::insertLink(cursor);
        break;
    case Format::Heading1:
    case Format::Heading2:
    case Format::Heading3:
        MarkdownCommands::toggleHeading(cursor, int(format) - int(Format::Heading1) + 1);
        break;
    case Format::BulletList:
    case Format::NumberedList:
        MarkdownCommands::toggleList(cursor, format == Format::NumberedList);
        break;
    }
    setTextCursor(cursor);
}

std::optional<MarkdownEdit::Format> MarkdownEdit::formatFor(const QKeyEvent* event) const
{
    const QKeySequence pressed(event->keyCombination());
    for (const auto& [format, keys] : shortcuts())
        if (keys == pressed)
            return format;
    return std::nullopt;
}

bool MarkdownEdit::event(QEvent* event)
{
    // The formatting keys win over the window's shortcuts (Ctrl+B shows the side panel
    // elsewhere) while the writer is typing.
    if (event->type() == QEvent::ShortcutOverride && formatFor(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette()); // light or dark: the colours follow
    return QPlainTextEdit::event(event);
}

void MarkdownEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer chooses or closes
            return;
        default:
            break;
        }
    }
    if (const std::optional<Format> format = formatFor(event)) {
        apply(*format);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        QTextCursor cursor = textCursor();
        if (MarkdownCommands::continueList(cursor)) {
            setTextCursor(cursor);
            ensureCursorVisible();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    if (!event->text().isEmpty() || event->key() == Qt::Key_Backspace)
        updateCompletion();
}

bool MarkdownEdit::canInsertFromMimeData(const QMimeData* source) const
{
    return (m_attach && (source->hasImage() || source->hasUrls())) ||
           QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEdit::insertFromMimeData(const QMimeData* source)
{
    // A copied page link (Copy Link to Page) becomes a wiki link to that page.
    if (const QUrl link(source->text().trimmed()); FolioUrl::kind(link) == FolioUrl::Kind::Page) {
        const QString title = FolioUrl::target(link);
        if (!title.isEmpty()) {
            insertPlainText(QLatin1String("[[") + title +
                            (link.hasFragment() ? u'#' + link.fragment() : QString()) +
                            QLatin1String("]]"));
            return;
        }
    }
    QList<QString> files;
    for (const QUrl& url : source->urls())
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    if (m_attach && !files.isEmpty()) {
        for (const QString& path : files)
            if (!attach(AttachmentFile::read(path, m_attachmentLimit)))
                break;
        return;
    }
    // Spreadsheet cells come with a picture of themselves: their text is what is wanted.
    if (m_attach && source->hasImage() && !source->hasText()) {
        // The copied bytes when the source offers PNG, so pasting the same picture twice
        // gives the same bytes (and one stored copy); else the picture encoded as PNG.
        QByteArray png = source->data(QStringLiteral("image/png"));
        if (png.isEmpty()) {
            QBuffer buffer(&png);
            qvariant_cast<QImage>(source->imageData()).save(&buffer, "PNG");
        }
        attach(
            AttachmentFile::fromBytes(QStringLiteral("pasted-image.png"), png, m_attachmentLimit));
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

bool MarkdownEdit::attach(const AttachmentFile& file)
{
    const std::optional<QString> name = m_attach(file);
    if (!name)
        return false;
    QTextCursor cursor = textCursor();
    cursor.insertText(file.markdownLink(file.name, *name));
    setTextCursor(cursor);
    return true;
}

std::optional<QString> MarkdownEdit::linkPrefix() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype open = before.lastIndexOf(QLatin1String("[["));
    if (open < 0)
        return std::nullopt;
    const QString typed = before.mid(open + 2);
    // Past a label or heading separator, or a closed link, there is no title to complete.
    if (typed.contains(QLatin1String("]]")) || typed.contains(u'|') || typed.contains(u'#') ||
        typed.contains(u'['))
        return std::nullopt;
    return typed;
}

void MarkdownEdit::updateCompletion()
{
    const std::optional<QString> prefix = linkPrefix();
    if (!prefix || !m_titleSource) {
        m_completer->popup()->hide();
        return;
    }
    if (!m_titles)
        m_titles = m_titleSource();
    QStringList shown;
    for (const int index : FuzzyMatch(*prefix).rank(*m_titles, kCompletions * 4))
        shown.append(m_titles->at(index));
    m_candidates->setStringList(shown);
    if (shown.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QRect where = cursorRect();
    where.setWidth(
        std::max(320, m_completer->popup()->sizeHintForColumn(0) +
                          m_completer->popup()->verticalScrollBar()->sizeHint().width()));
    m_completer->complete(where);
    m_completer->popup()->setCurrentIndex(m_candidates->index(0));
}

void MarkdownEdit::insertTitle(const QString& title)
{
    const std::optional<QString> prefix = linkPrefix();
    if (!prefix)
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    // Positions count UTF-16 units, as the prefix does (movePosition would count graphemes).
    cursor.setPosition(cursor.position() - int(prefix->size()), QTextCursor::KeepAnchor);
    cursor.insertText(title);
    // Close the link unless it already is closed just after the cursor.
    QTextCursor after = cursor;
    after.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, 2);
    if (after.selectedText() == QLatin1String("]]"))
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 2);
    else
        cursor.insertText(QStringLiteral("]]"));
    cursor.endEditBlock();
    setTextCursor(cursor);
    m_completer->popup()->hide();
}

} // namespace folio
