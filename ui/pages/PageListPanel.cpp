#include "pages/PageListPanel.h"

#include "pages/PageListModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace folio {

PageListPanel::PageListPanel(QWidget* parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_list(new QListView(this)),
      m_count(new QLabel(this)), m_model(new PageListModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setPlaceholderText(tr("Filter pages"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true); // keeps very long lists fast to lay out
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_count->setObjectName(QStringLiteral("pageCount"));
    m_count->setContentsMargins(4, 0, 4, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    // Enter in the filter opens the first match, so a page is a few keystrokes away.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0)
            activate(m_proxy->index(0, 0));
    });
    connect(m_list, &QListView::activated, this, &PageListPanel::activate);
    connect(m_list, &QListView::clicked, this, &PageListPanel::activate);
}

void PageListPanel::setConflicted(const QSet<qint64>& pageIds)
{
    m_model->setConflicted(pageIds);
}

void PageListPanel::reload(const PageStore& store, PageFilter filter)
{
    m_model->reload(store, filter);
    updateCount();
}

void PageListPanel::select(const QString& title)
{
    const int row = m_model->rowOf(title);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    } else {
        m_list->clearSelection();
    }
}

void PageListPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void PageListPanel::activate(const QModelIndex& index)
{
    if (index.isValid())
        Q_EMIT pageActivated(index.data(PageListModel::TitleRole).toString());
}

void PageListPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n page(s)", nullptr, total)
                                    : tr("%1 of %n page(s)", nullptr, total).arg(shown));
}

} // namespace folio
