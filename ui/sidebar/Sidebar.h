#pragma once

#include <QWidget>

class QStackedWidget;
class QTabBar;

namespace folio {

// The window's side column: the panels (Pages, Links; History and Backlinks later) register
// here with an id and a title, and one shows at a time under a row of tabs. A transient
// panel (the search results) can cover them without a tab of its own. Modelled on Zeal's
// sidebar container.
class Sidebar : public QWidget
{
    Q_OBJECT

public:
    explicit Sidebar(QWidget* parent = nullptr);

    void addPanel(const QString& id, const QString& title, QWidget* panel);
    void showPanel(const QString& id);
    // The registered panel shown (or under the overlay).
    QString currentPanel() const;
    QWidget* panel(const QString& id) const;
    QStringList panelIds() const { return m_ids; }

    // Shows `overlay` over the panels until hideOverlay().
    void showOverlay(QWidget* overlay);
    void hideOverlay();
    bool isShowingOverlay() const;

Q_SIGNALS:
    void panelChanged(const QString& id);

private:
    QTabBar* m_tabs = nullptr;
    QStackedWidget* m_stack = nullptr;
    QStringList m_ids;
    QList<QWidget*> m_panels;
};

} // namespace folio
