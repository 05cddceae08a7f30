#include "pages/TagsPanel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace folio {

namespace {

constexpr int kTagRole = Qt::UserRole;

} // namespace

TagsPanel::TagsPanel(std::function<QStringList(const QString&)> pagesWithTag, QWidget* parent)
    : QWidget(parent), m_pagesWithTag(std::move(pagesWithTag)), m_tags(new QListWidget(this)),
      m_heading(new QLabel(this)), m_pages(new QListWidget(this))
{
    m_tags->setObjectName(QStringLiteral("tagList"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setUniformItemSizes(true);
    m_pages->setObjectName(QStringLiteral("taggedPages"));
    m_pages->setAccessibleName(tr("Pages with the chosen tag"));
    m_pages->setUniformItemSizes(true);
    m_heading->setContentsMargins(4, 4, 4, 0);
    m_heading->setWordWrap(true);
    m_heading->setBuddy(m_pages);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->setSpacing(2);
    lowerLayout->addWidget(m_heading);
    lowerLayout->addWidget(m_pages, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tags);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_tags->installEventFilter(this);
    m_pages->installEventFilter(this);
    connect(m_tags, &QListWidget::currentItemChanged, this, &TagsPanel::listPages);
    connect(m_pages, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT pageActivated(item->text()); });
    connect(m_pages, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT pageActivated(item->text()); });
    listPages();
}

void TagsPanel::setTags(const QList<TagCount>& tags)
{
    const QString chosen = currentTag();
    {
        const QSignalBlocker blocker(m_tags);
        m_tags->clear();
        for (const TagCount& count : tags) {
            auto* item = new QListWidgetItem(
                tr("%1 (%2)").arg(count.tag, QLocale().toString(count.pages)), m_tags);
            item->setData(kTagRole, count.tag);
            item->setToolTip(tr("%n page(s) tagged “%1”", nullptr, count.pages).arg(count.tag));
        }
        m_tags->setCurrentItem(itemOf(chosen));
    }
    listPages();
}

void TagsPanel::showTag(const QString& tag)
{
    QListWidgetItem* item = itemOf(tag);
    // A tag no page here carries (only drafts, and drafts hidden): nothing else is listed.
    m_tags->setCurrentItem(item);
    listPages();
    if (item && m_pages->count() > 0) {
        m_pages->setCurrentRow(0);
        m_pages->setFocus(Qt::OtherFocusReason);
    } else {
        // The focus stays where it was: in the list of tags it would choose the first.
        m_heading->setText(tr("No page shown here carries the tag “%1”.").arg(tag));
    }
}

QString TagsPanel::currentTag() const
{
    const QListWidgetItem* item = m_tags->currentItem();
    return item ? item->data(kTagRole).toString() : QString();
}

QListWidgetItem* TagsPanel::itemOf(const QString& tag) const
{
    for (int row = 0; row < m_tags->count(); ++row) {
        if (m_tags->item(row)->data(kTagRole).toString() == tag)
            return m_tags->item(row);
    }
    return nullptr;
}

void TagsPanel::listPages()
{
    const QString tag = currentTag();
    m_pages->clear();
    if (tag.isEmpty()) {
        m_heading->setText(m_tags->count() == 0 ? tr("No page has tags yet.")
                                                : tr("Choose a tag to see its pages."));
        return;
    }
    m_heading->setText(tr("Pages tagged “%1”:").arg(tag));
    m_pages->addItems(m_pagesWithTag(tag));
}

bool TagsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (watched == m_tags &&
        (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Right) &&
        m_pages->count() > 0) {
        if (!m_pages->currentItem())
            m_pages->setCurrentRow(0);
        m_pages->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (watched == m_pages && (key == Qt::Key_Left || key == Qt::Key_Backspace)) {
        m_tags->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace folio
