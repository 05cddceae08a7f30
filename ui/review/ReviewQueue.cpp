#include "review/ReviewQueue.h"

#include "common/Heading.h"
#include "common/LocalTime.h"
#include "history/DiffView.h"
#include "review/ReviewWorkflow.h"
#include "store/PageStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace folio {

ReviewQueuePanel::ReviewQueuePanel(QWidget* parent)
    : QWidget(parent), m_status(new QLabel(this)), m_list(new QListWidget(this))
{
    m_list->setAccessibleName(tr("Pages in review"));
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    const auto choose = [this](const QListWidgetItem* item) {
        if (item)
            Q_EMIT pageChosen(item->data(Qt::UserRole).toLongLong());
    };
    connect(m_list, &QListWidget::itemActivated, this, choose);
    connect(m_list, &QListWidget::itemClicked, this, choose);
}

void ReviewQueuePanel::reload(const PageStore& store)
{
    m_list->clear();
    for (const PageSummary& page : store.list(PageFilter::InReview)) {
        auto* item = new QListWidgetItem(page.title, m_list);
        item->setData(Qt::UserRole, page.id);
        item->setToolTip(tr("Submitted %1").arg(shortLocalTime(page.updatedAt)));
    }
    m_status->setText(count() == 0 ? tr("No page waits for review.")
                                   : tr("%n page(s) in review", nullptr, count()));
}

int ReviewQueuePanel::count() const
{
    return m_list->count();
}

ReviewView::ReviewView(ReviewWorkflow& workflow, QWidget* parent)
    : QWidget(parent), m_workflow(workflow), m_title(new QLabel(this)), m_heading(new QLabel(this)),
      m_diff(new DiffView(this)), m_publish(new QPushButton(tr("&Publish"), this)),
      m_sendBack(new QPushButton(tr("Send &Back to Draft"), this)),
      m_open(new QPushButton(tr("&Open Page"), this))
{
    makeHeading(m_title);
    m_heading->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_publish);
    buttons->addWidget(m_sendBack);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_heading);
    layout->addWidget(m_diff, 1);
    connect(m_publish, &QPushButton::clicked, this, [this] { m_workflow.publish(m_page); });
    connect(m_sendBack, &QPushButton::clicked, this, [this] { m_workflow.sendBack(m_page); });
    connect(m_open, &QPushButton::clicked, this,
            [this] { Q_EMIT openRequested(m_page.content.title); });
}

bool ReviewView::open(const PageStore& store, qint64 pageId)
{
    const std::optional<Page> page = store.find(pageId);
    if (!page)
        return false;
    m_page = *page;
    m_title->setText(tr("Review “%1”").arg(page->content.title));
    const std::optional<Revision> published = store.lastPublished(pageId);
    m_diff->showDiff(published ? published->content.body : QString(), page->content.body);
    m_heading->setText(published
                           ? tr("Changes since readers last saw it (revision %1, published %2):")
                                 .arg(published->id)
                                 .arg(shortLocalTime(published->createdAt))
                           : tr("A new page: readers have never seen it."));
    const bool inReview = page->state.status == PageStatus::Review;
    m_publish->setEnabled(inReview);
    m_sendBack->setEnabled(inReview);
    return true;
}

QString ReviewView::heading() const
{
    return m_heading->text();
}

} // namespace folio
