#include "history/HistoryView.h"

#include "common/Heading.h"
#include "common/LocalTime.h"
#include "common/MessageBox.h"
#include "history/DiffView.h"
#include "store/PageStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace folio {

HistoryView::HistoryView(std::function<QString()> author, QWidget* parent)
    : QWidget(parent), m_author(std::move(author)), m_title(new QLabel(this)),
      m_heading(new QLabel(this)), m_revisions(new QTreeWidget(this)), m_diff(new DiffView(this)),
      m_layout(new QPushButton(tr("&Side by Side"), this)),
      m_restore(new QPushButton(tr("&Restore This Revision"), this)),
      m_back(new QPushButton(tr("&Back to Page"), this))
{
    makeHeading(m_title);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_revisions->setHeaderLabels(
        {tr("Revision"), tr("When"), tr("Who"), tr("Status"), tr("Summary")});
    m_revisions->setRootIsDecorated(false);
    m_revisions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_revisions->setAccessibleName(tr("Revisions"));
    m_revisions->setToolTip(tr("Choose one revision to see what it changed, or two (Ctrl+click) "
                               "to compare them."));
    m_revisions->header()->setStretchLastSection(true);
    m_layout->setCheckable(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_layout);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_back);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_revisions);
    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_heading);
    lowerLayout->addWidget(m_diff, 1);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({140, 460}); // a few revisions in sight; the changes get the room
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_revisions, &QTreeWidget::itemSelectionChanged, this, &HistoryView::showChosen);
    connect(m_layout, &QPushButton::toggled, this, [this](bool sideBySide) {
        m_diff->setLayout(sideBySide ? DiffView::Layout::SideBySide : DiffView::Layout::Inline);
    });
    connect(m_restore, &QPushButton::clicked, this, &HistoryView::restoreChosen);
    connect(m_back, &QPushButton::clicked, this,
            [this] { Q_EMIT closeRequested(m_page.content.title); });
}

void HistoryView::open(PageStore& store, const Page& page)
{
    m_store = &store;
    m_page = page;
    m_history = store.history(page.id);
    m_title->setText(tr("History of “%1”").arg(page.content.title));
    const QSignalBlocker blocker(m_revisions);
    m_revisions->clear();
    for (const Revision& revision : std::as_const(m_history)) {
        // Merges write no summary of their own: say what they are.
        QString summary = revision.summary;
        if (summary.isEmpty() && revision.mergeParentId)
            summary = revision.conflicted
                          ? tr("Conflicted: two machines' edits of the same lines, both kept")
                          : tr("Merge of two machines' edits");
        auto* item = new QTreeWidgetItem(
            m_revisions,
            {QString::number(revision.id), shortLocalTime(revision.createdAt), revision.author,
             PageStatuses::displayName(revision.state.status), summary});
        item->setData(0, Qt::UserRole, revision.id);
        if (revision.content.title != page.content.title)
            item->setToolTip(4, tr("Titled “%1” then").arg(revision.content.title));
    }
    for (int column = 0; column < 4; ++column)
        m_revisions->resizeColumnToContents(column);
    if (m_revisions->topLevelItemCount() > 0)
        m_revisions->setCurrentItem(m_revisions->topLevelItem(0));
    showChosen();
}

QList<Revision> HistoryView::chosen() const
{
    QList<Revision> result;
    for (const Revision& revision : m_history) { // newest first
        for (const QTreeWidgetItem* item : m_revisions->selectedItems()) {
            if (item->data(0, Qt::UserRole).toLongLong() == revision.id)
                result.prepend(revision);
        }
    }
    return result;
}

void HistoryView::showChosen()
{
    const QList<Revision> revisions = chosen();
    m_restore->setEnabled(revisions.size() == 1 && revisions.first().id != m_page.revisionId);
    if (revisions.isEmpty() || revisions.size() > 2) {
        m_heading->setText(revisions.isEmpty() ? tr("Choose a revision.")
                                               : tr("Choose one or two revisions."));
        m_diff->showDiff({}, {});
        return;
    }
    if (revisions.size() == 2) {
        m_heading->setText(tr("Changes from revision %1 to revision %2")
                               .arg(revisions.at(0).id)
                               .arg(revisions.at(1).id));
        m_diff->showDiff(revisions.at(0).content.body, revisions.at(1).content.body);
        return;
    }
    // One revision: what it changed from the one before it.
    const Revision& revision = revisions.first();
    QString before;
    for (const Revision& older : std::as_const(m_history)) {
        if (revision.parentId && older.id == *revision.parentId)
            before = older.content.body;
    }
    m_diff->showDiff(before, revision.content.body);
    const QString summary = revision.summary.isEmpty() ? QString() : u' ' + revision.summary;
    m_heading->setText(
        tr("Revision %1 by %2: %n line(s) added, %3 removed.", nullptr, m_diff->addedLines())
            .arg(revision.id)
            .arg(revision.author)
            .arg(m_diff->removedLines()) +
        summary);
}

void HistoryView::restoreChosen()
{
    const QList<Revision> revisions = chosen();
    if (revisions.size() != 1 || !m_store)
        return;
    Page page;
    if (!MessageBox::attempt(window(), tr("Cannot Restore Revision"), [&] {
            page = m_store->restoreRevision(m_page.id, revisions.first().id, m_author());
        }))
        return;
    open(*m_store, page);
    Q_EMIT restored(page);
}

QString HistoryView::heading() const
{
    return m_heading->text();
}

} // namespace folio
