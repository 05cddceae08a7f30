#pragma once

#include "pages/PageListModel.h"
#include "store/PageStore.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace folio {

class PageStore;

// The left panel: a filter box over the pages, by title, by kind or as the hierarchy.
class PageListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PageListPanel(QWidget* parent = nullptr);

    void reload(const PageStore& store, PageFilter filter = PageFilter::All);
    void setConflicted(const QSet<qint64>& pageIds);
    void setGrouping(PageGrouping grouping);
    PageGrouping grouping() const;
    // Highlights the page being shown (opening the branches above it), without emitting
    // pageActivated.
    void select(const QString& title);
    void focusFilter();
    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* pageView() const { return m_view; }
    QComboBox* groupingBox() const { return m_grouping; }

    static QString groupingKey(PageGrouping grouping);
    static PageGrouping groupingFromKey(const QString& key);

Q_SIGNALS:
    void pageActivated(const QString& title);
    // From the list's context menu (or F2, Delete), for the page under it.
    void copyLinkRequested(const QString& title);
    void renameRequested(const QString& title);
    void deleteRequested(const QString& title);
    // Dropped onto another page (`parentTitle`; empty: the top), or "Move Under…" chosen.
    void moveRequested(const QString& title, const QString& parentTitle);
    void moveDialogRequested(const QString& title);
    void groupingChanged(PageGrouping grouping);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showContextMenu(const QPoint& position);
    QString currentTitle() const;
    void activate(const QModelIndex& index);
    void applyFilter(const QString& text);
    // The titles of the open branches (by hierarchy), and opening them again.
    QStringList expandedTitles() const;
    void expandTitles(const QStringList& titles);
    void updateCount();
    QModelIndex firstPage() const;

    QLineEdit* m_filter = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QComboBox* m_grouping = nullptr;
    PageListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QStringList m_expandedBeforeFilter; // the branches open when the filter was typed
};

} // namespace folio
