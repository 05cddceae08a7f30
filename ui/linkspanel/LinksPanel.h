#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
class QTreeView;

namespace folio {

class LinkStore;
class LinksModel;

// The links side panel: a filter box (words and channel:, from:, domain:, tag:, after:,
// before:), an order, a menu of the most common channels, people and domains, and the
// table of links. It reports what the user picks; LinksWorkspace acts on it.
class LinksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LinksPanel(QWidget* parent = nullptr);

    // Throws StoreError.
    void setStore(const LinkStore* store);
    void reload();
    void focusFilter();
    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* view() const { return m_view; }
    LinksModel* model() const { return m_model; }
    qint64 currentLinkId() const;

Q_SIGNALS:
    void linkSelected(qint64 id);
    void openRequested(qint64 id);
    void copyRequested(qint64 id);
    void promoteRequested(qint64 id);
    void hiddenChangeRequested(qint64 id, bool hidden);
    void tagRequested(qint64 id);
    void importRequested();

private:
    void applyFilter();
    void fillFacets();
    void showContextMenu(const QPoint& position);
    void updateCount();

    const LinkStore* m_store = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_order = nullptr;
    QToolButton* m_facets = nullptr;
    QMenu* m_facetMenu = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_problem = nullptr;
    LinksModel* m_model = nullptr;
};

} // namespace folio
