#include "editor/PageEditor.h"

#include "editor/MarkdownEdit.h"
#include "editor/PagePreview.h"
#include "store/PageTags.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextCursor>
#include <QToolBar>
#include <QVBoxLayout>

namespace folio {

namespace {

// Cycles source, split and preview while the editor has focus.
const QKeySequence kNextLayout(Qt::CTRL | Qt::SHIFT | Qt::Key_P);

} // namespace
namespace {

// The preview follows a moment after typing pauses: long enough not to render at every
// letter, short enough to feel live.
constexpr int kTypingPauseMs = 250;

} // namespace

PageEditor::PageEditor(QWidget* parent)
    : QWidget(parent), m_title(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_tags(new QLineEdit(this)), m_body(new MarkdownEdit(this)), m_toolBar(new QToolBar(this)),
      m_split(new QSplitter(this))
{
    for (const QString& key : PageKinds::keys())
        m_kind->addItem(PageKinds::displayName(*PageKinds::fromKey(key)), key);
    m_title->setPlaceholderText(tr("Page title"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_body->setPlaceholderText(tr("Write in Markdown. Link to other pages with [[Page title]]."));
    m_body->setAccessibleName(tr("Page text"));
    setZoom(1.0);
    m_body->setTabChangesFocus(false);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto* fields = new QHBoxLayout;
    auto* titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    fields->addWidget(titleLabel);
    fields->addWidget(m_title, 3);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    fields->addWidget(kindLabel);
    fields->addWidget(m_kind);
    auto* tagsLabel = new QLabel(tr("T&ags:"), this);
    tagsLabel->setBuddy(m_tags);
    fields->addWidget(tagsLabel);
    fields->addWidget(m_tags, 2);

    buildToolBar();
    m_previewPause.setSingleShot(true);
    m_previewPause.setInterval(kTypingPauseMs);
    connect(&m_previewPause, &QTimer::timeout, this, [this] {
        if (m_preview && m_viewMode != ViewMode::Source)
            renderPreview();
    });
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_body);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(fields);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_split, 1);

    connect(m_title, &QLineEdit::textChanged, this, &PageEditor::contentChanged);
    connect(m_tags, &QLineEdit::textChanged, this, &PageEditor::contentChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PageEditor::contentChanged);
    connect(m_body, &QPlainTextEdit::textChanged, this, &PageEditor::contentChanged);
    connect(m_body->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &PageEditor::syncPreviewScroll);
    connect(m_body->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &PageEditor::syncPreviewScroll);
}

void PageEditor::buildToolBar()
{
    m_toolBar->setAccessibleName(tr("Formatting"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    using F = MarkdownEdit::Format;
    // The keys belong to the text box (MarkdownEdit), so the buttons only name them.
    const auto add = [this](const QString& text, const QString& tip, F format) {
        QAction* action = m_toolBar->addAction(text, this, [this, format] {
            m_body->apply(format);
            m_body->setFocus(Qt::ShortcutFocusReason);
        });
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            tip, MarkdownEdit::shortcut(format).toString(QKeySequence::NativeText)));
        return action;
    };
    QFont bold = font();
    bold.setBold(true);
    add(tr("B", "bold button"), tr("Bold"), F::Bold)->setFont(bold);
    QFont italic = font();
    italic.setItalic(true);
    add(tr("I", "italic button"), tr("Italic"), F::Italic)->setFont(italic);
    add(tr("Code"), tr("Code"), F::Code);
    add(tr("Link"), tr("Link"), F::Link);
    m_toolBar->addSeparator();
    add(tr("H1"), tr("Heading 1"), F::Heading1);
    add(tr("H2"), tr("Heading 2"), F::Heading2);
    add(tr("H3"), tr("Heading 3"), F::Heading3);
    add(tr("• List"), tr("Bulleted list"), F::BulletList);
    add(tr("1. List"), tr("Numbered list"), F::NumberedList);
    m_toolBar->addSeparator();
    // Arrows rather than words: the bar must keep its layout buttons in sight in every language.
    QAction* undo = m_toolBar->addAction(tr("Undo"), m_body, &QPlainTextEdit::undo);
    undo->setIconText(QStringLiteral("↶"));
    undo->setToolTip(
        tr("Undo (%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    undo->setEnabled(false);
    connect(m_body, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    QAction* redo = m_toolBar->addAction(tr("Redo"), m_body, &QPlainTextEdit::redo);
    redo->setIconText(QStringLiteral("↷"));
    redo->setToolTip(
        tr("Redo (%1)").arg(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)));
    redo->setEnabled(false);
    connect(m_body, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);

    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_modes = new QActionGroup(this);
    const auto mode = [this](const QString& text, ViewMode viewMode) {
        QAction* action = m_toolBar->addAction(text);
        action->setCheckable(true);
        action->setData(int(viewMode));
        action->setChecked(viewMode == m_viewMode);
        action->setVisible(false); // until there is a preview to show
        m_modes->addAction(action);
        connect(action, &QAction::triggered, this, [this, viewMode] { setViewMode(viewMode); });
    };
    mode(tr("Source"), ViewMode::Source);
    mode(tr("Split"), ViewMode::Split);
    mode(tr("Preview"), ViewMode::Preview);
    // Cycles source, split and preview while the editor has focus.
    auto* cycle = new QAction(tr("Next Layout"), this);
    cycle->setShortcut(kNextLayout);
    cycle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(cycle, &QAction::triggered, this, [this] {
        if (m_preview)
            setViewMode(ViewMode((int(m_viewMode) + 1) % 3));
    });
    addAction(cycle);
    for (QAction* action : m_modes->actions())
        action->setToolTip(
            tr("%1 (%2 switches)")
                .arg(action->text(), cycle->shortcut().toString(QKeySequence::NativeText)));
}

QList<std::pair<QString, QString>> PageEditor::keyboardShortcuts()
{
    using F = MarkdownEdit::Format;
    const auto keys = [](const QKeySequence& key) {
        return key.toString(QKeySequence::NativeText);
    };
    QList<std::pair<QString, QString>> rows;
    for (const auto& [name, format] :
         QList<std::pair<QString, F>>{{tr("Bold"), F::Bold},
                                      {tr("Italic"), F::Italic},
                                      {tr("Code"), F::Code},
                                      {tr("Link"), F::Link},
                                      {tr("Heading 1"), F::Heading1},
                                      {tr("Heading 2"), F::Heading2},
                                      {tr("Heading 3"), F::Heading3},
                                      {tr("Bulleted list"), F::BulletList},
                                      {tr("Numbered list"), F::NumberedList}})
        rows.append({name, keys(MarkdownEdit::shortcut(format))});
    rows.append({tr("Source, split or preview"), keys(kNextLayout)});
    rows.append({tr("Undo"), keys(QKeySequence::Undo)});
    rows.append({tr("Redo"), keys(QKeySequence::Redo)});
    rows.append({tr("Choose a page to link to"), QStringLiteral("[[")});
    return rows;
}

void PageEditor::setZoom(double factor)
{
    m_zoom = factor;
    applyFont();
    if (m_preview)
        m_preview->setZoomFactor(factor);
}

QFont PageEditor::defaultFont()
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() + 1);
    return mono;
}

void PageEditor::setTextFont(const QFont& font)
{
    m_textFont = font;
    applyFont();
}

void PageEditor::applyFont()
{
    QFont font = m_textFont;
    font.setPointSizeF(m_textFont.pointSizeF() * m_zoom);
    m_body->setFont(font);
}

void PageEditor::attachPreview(PagePreview* preview)
{
    m_preview = preview;
    m_split->addWidget(preview);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    for (QAction* action : m_modes->actions())
        action->setVisible(true);
    connect(preview, &PagePreview::shown, this, &PageEditor::syncPreviewScroll);
    setViewMode(m_viewMode);
}

void PageEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Source and preview share the width until the writer moves the divider; before the first
    // show the splitter cannot know the width, and the web view asks for almost none.
    if (m_preview && !m_splitSized && m_split->width() > 0) {
        m_splitSized = true;
        m_split->setSizes({m_split->width() / 2, m_split->width() / 2});
    }
}

void PageEditor::setViewMode(ViewMode mode)
{
    const bool changed = mode != m_viewMode;
    showViewMode(mode);
    if (changed)
        Q_EMIT viewModeChanged(mode);
}

void PageEditor::showViewMode(ViewMode mode)
{
    m_viewMode = mode;
    for (QAction* action : m_modes->actions())
        action->setChecked(action->data().toInt() == int(mode));
    m_body->setVisible(mode != ViewMode::Preview || !m_preview);
    if (m_preview) {
        m_preview->setVisible(mode != ViewMode::Source);
        // A pane shown again after being hidden may come back with no width at all.
        const QList<int> sizes = m_split->sizes();
        if (mode == ViewMode::Split && (sizes.value(0) == 0 || sizes.value(1) == 0)) {
            const int half = std::max(1, (sizes.value(0) + sizes.value(1)) / 2);
            m_split->setSizes({half, half});
        }
        if (mode != ViewMode::Source)
            renderPreview();
    }
    if (mode == ViewMode::Preview && m_preview)
        m_preview->setFocus(Qt::OtherFocusReason);
    else if (isVisible())
        m_body->setFocus(Qt::OtherFocusReason);
}

void PageEditor::edit(const Page& page)
{
    m_base = page;
    m_pageId = page.id;
    m_baseRevision = page.revisionId;
    m_body->forgetTitles();
    m_unsavedAttachments.clear();
    load(page.content);
}

void PageEditor::editNew(const QString& title, const PageContent& start)
{
    m_base = Page{};
    m_pageId = 0;
    m_baseRevision = 0;
    m_body->forgetTitles();
    m_unsavedAttachments.clear();
    PageContent content = start;
    content.title = title;
    load(content);
    m_original.title.clear(); // a new page counts as modified: it exists nowhere yet
}

void PageEditor::rebase(const Page& newer, const PageContent& draft)
{
    edit(newer);
    m_title->setText(draft.title);
    m_kind->setCurrentIndex(m_kind->findData(PageKinds::key(draft.kind)));
    m_tags->setText(PageTags::join(draft.tags));
    // One undoable step: Ctrl+Z brings back the saved text the merge started from.
    QTextCursor cursor(m_body->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(draft.body);
}

void PageEditor::restore(qint64 baseRevision, const PageContent& draft)
{
    const Page current = m_base;
    rebase(current, draft);
    m_baseRevision = baseRevision;
}

void PageEditor::load(const PageContent& content)
{
    m_original = content;
    {
        const QSignalBlocker blockTitle(m_title);
        const QSignalBlocker blockTags(m_tags);
        const QSignalBlocker blockKind(m_kind);
        const QSignalBlocker blockBody(m_body);
        m_title->setText(content.title);
        m_kind->setCurrentIndex(m_kind->findData(PageKinds::key(content.kind)));
        m_tags->setText(PageTags::join(content.tags));
        m_body->setPlainText(content.body); // also resets the undo history
    }
    // The blocker held back undoAvailable(false): the Undo and Redo buttons learn it here.
    Q_EMIT m_body->undoAvailable(false);
    Q_EMIT m_body->redoAvailable(false);
    if (m_preview && m_viewMode != ViewMode::Source && m_pageId + content.body.size() > 0)
        renderPreview();
    Q_EMIT modifiedChanged(isModified());
}

void PageEditor::contentChanged()
{
    if (m_preview && m_viewMode != ViewMode::Source)
        m_previewPause.start(); // the page is read once typing pauses, not at every key
    Q_EMIT modifiedChanged(isModified());
}

void PageEditor::addAttachment(const QString& name, const QString& sha256)
{
    m_unsavedAttachments.insert(name, sha256);
}

void PageEditor::renderPreview()
{
    m_previewPause.stop();
    m_preview->render(previewPage(), m_unsavedAttachments);
}

Page PageEditor::previewPage() const
{
    Page page = m_base;
    page.content = content();
    page.updatedAt = QDateTime::currentDateTimeUtc();
    return page;
}

void PageEditor::syncPreviewScroll()
{
    if (!m_preview || m_viewMode != ViewMode::Split)
        return;
    const QScrollBar* bar = m_body->verticalScrollBar();
    m_preview->scrollToShare(bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0);
}

PageContent PageEditor::content() const
{
    PageContent result;
    result.title = m_title->text();
    result.kind = PageKinds::fromKey(m_kind->currentData().toString()).value_or(PageKind::Note);
    result.tags = PageTags::parse(m_tags->text());
    result.body = m_body->toPlainText();
    return result;
}

bool PageEditor::isModified() const
{
    return m_pageId == 0 || !(content() == m_original);
}

void PageEditor::focusBody()
{
    if (m_viewMode == ViewMode::Preview && m_preview)
        showViewMode(ViewMode::Split); // the writer wants to type; the chosen layout stays
    m_body->setFocus(Qt::OtherFocusReason);
}

} // namespace folio
