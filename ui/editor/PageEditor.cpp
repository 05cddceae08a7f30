#include "editor/PageEditor.h"

#include "store/PageTags.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QVBoxLayout>

namespace folio {

PageEditor::PageEditor(QWidget* parent)
    : QWidget(parent), m_title(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_tags(new QLineEdit(this)), m_body(new QPlainTextEdit(this))
{
    for (const QString& key : PageKinds::keys())
        m_kind->addItem(PageKinds::displayName(*PageKinds::fromKey(key)), key);
    m_title->setPlaceholderText(tr("Page title"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_body->setPlaceholderText(tr("Write in Markdown. Link to other pages with [[Page title]]."));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() + 1);
    m_body->setFont(mono);
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(fields);
    layout->addWidget(m_body, 1);

    const auto notify = [this] { Q_EMIT modifiedChanged(isModified()); };
    connect(m_title, &QLineEdit::textChanged, this, notify);
    connect(m_tags, &QLineEdit::textChanged, this, notify);
    connect(m_kind, &QComboBox::currentIndexChanged, this, notify);
    connect(m_body, &QPlainTextEdit::textChanged, this, notify);
}

void PageEditor::edit(const Page& page)
{
    m_pageId = page.id;
    m_baseRevision = page.revisionId;
    load(page.content);
}

void PageEditor::editNew(const QString& title)
{
    m_pageId = 0;
    m_baseRevision = 0;
    load(PageContent{title, PageKind::Note, {}, {}});
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

void PageEditor::load(const PageContent& content)
{
    m_original = content;
    const QSignalBlocker blockTitle(m_title);
    const QSignalBlocker blockTags(m_tags);
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockBody(m_body);
    m_title->setText(content.title);
    m_kind->setCurrentIndex(m_kind->findData(PageKinds::key(content.kind)));
    m_tags->setText(PageTags::join(content.tags));
    m_body->setPlainText(content.body); // also resets the undo history
    Q_EMIT modifiedChanged(isModified());
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
    m_body->setFocus(Qt::OtherFocusReason);
}

} // namespace folio
