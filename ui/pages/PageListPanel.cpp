#include "pages/PageListPanel.h"

#include "pages/PageListModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QShortcut>
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
    m_filter->installEventFilter(this);
    m_list->installEventFilter(this);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &PageListPanel::showContextMenu);
    auto* rename =
        new QShortcut(QKeySequence(Qt::Key_F2), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(rename, &QShortcut::activated, this, [this] {
        if (!currentTitle().isEmpty())
            Q_EMIT renameRequested(currentTitle());
    });
    auto* remove =
        new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (!currentTitle().isEmpty())
            Q_EMIT deleteRequested(currentTitle());
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

QString PageListPanel::currentTitle() const
{
    return m_list->currentIndex().data(PageListModel::TitleRole).toString();
}

void PageListPanel::showContextMenu(const QPoint& position)
{
    // The Menu key asks at no particular item: it means the current one.
    const QModelIndex at = m_list->indexAt(position);
    const QModelIndex index = at.isValid() ? at : m_list->currentIndex();
    if (!index.isValid())
        return;
    m_list->setCurrentIndex(index);
    const QString title = index.data(PageListModel::TitleRole).toString();
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, title] { Q_EMIT pageActivated(title); });
    menu.addAction(tr("Copy &Link"), this, [this, title] { Q_EMIT copyLinkRequested(title); });
    menu.addSeparator();
    menu.addAction(tr("&Rename…"), this, [this, title] { Q_EMIT renameRequested(title); })
        ->setShortcut(QKeySequence(Qt::Key_F2));
    menu.addAction(tr("&Delete…"), this, [this, title] { Q_EMIT deleteRequested(title); })
        ->setShortcut(QKeySequence::Delete);
    const QPoint global =
        at.isValid() ? m_list->viewport()->mapToGlobal(position)
                     : m_list->viewport()->mapToGlobal(m_list->visualRect(index).bottomLeft());
    menu.exec(global);
}

bool PageListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    // Down from the filter goes into the list, Up from its first row comes back: a page is
    // found and opened without the mouse.
    if (watched == m_filter && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) &&
        m_proxy->rowCount() > 0) {
        m_list->setFocus(Qt::TabFocusReason);
        // Filtered, the first match; else the page on screen, where the list is scrolled to.
        const QModelIndex current = m_list->currentIndex();
        m_list->setCurrentIndex(
            m_filter->text().isEmpty() && current.isValid() ? current : m_proxy->index(0, 0));
        return true;
    }
    if (watched == m_list && key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier &&
        m_list->currentIndex().row() <= 0) {
        m_filter->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PageListPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n page(s)", nullptr, total)
                                    : tr("%1 of %n page(s)", nullptr, total).arg(shown));
}

} // namespace folio
