#pragma once

#include "store/PageStore.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace folio {

class PageListModel;
class PageStore;

// The left panel: a filter box over the list of pages.
class PageListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PageListPanel(QWidget* parent = nullptr);

    void reload(const PageStore& store, PageFilter filter = PageFilter::All);
    void setConflicted(const QSet<qint64>& pageIds);
    // Highlights the page being shown, without emitting pageActivated.
    void select(const QString& title);
    void focusFilter();
    QLineEdit* filterEdit() const { return m_filter; }
    QListView* listView() const { return m_list; }

Q_SIGNALS:
    void pageActivated(const QString& title);
    // From the list's context menu (or F2, Delete), for the page under it.
    void copyLinkRequested(const QString& title);
    void renameRequested(const QString& title);
    void deleteRequested(const QString& title);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showContextMenu(const QPoint& position);
    QString currentTitle() const;
    void activate(const QModelIndex& index);
    void updateCount();

    QLineEdit* m_filter = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_count = nullptr;
    PageListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

} // namespace folio
