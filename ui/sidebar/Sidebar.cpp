#include "sidebar/Sidebar.h"

#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace folio {

Sidebar::Sidebar(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabBar(this)), m_stack(new QStackedWidget(this))
{
    m_tabs->setExpanding(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setDrawBase(false);
    m_tabs->setFocusPolicy(Qt::TabFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index < 0 || index >= m_panels.size())
            return;
        m_stack->setCurrentWidget(m_panels.at(index));
        Q_EMIT panelChanged(m_ids.at(index));
    });
}

void Sidebar::addPanel(const QString& id, const QString& title, QWidget* panel)
{
    m_ids << id;
    m_panels << panel;
    m_stack->addWidget(panel);
    m_tabs->addTab(title);
    m_tabs->setVisible(m_panels.size() > 1);
}

void Sidebar::showPanel(const QString& id)
{
    const qsizetype index = m_ids.indexOf(id);
    if (index < 0)
        return;
    hideOverlay();
    m_tabs->setCurrentIndex(int(index));
    m_stack->setCurrentWidget(m_panels.at(index));
}

QString Sidebar::currentPanel() const
{
    return m_ids.value(m_tabs->currentIndex());
}

QWidget* Sidebar::panel(const QString& id) const
{
    const qsizetype index = m_ids.indexOf(id);
    return index < 0 ? nullptr : m_panels.at(index);
}

void Sidebar::showOverlay(QWidget* overlay)
{
    if (m_stack->indexOf(overlay) < 0)
        m_stack->addWidget(overlay);
    m_stack->setCurrentWidget(overlay);
}

void Sidebar::hideOverlay()
{
    if (!isShowingOverlay())
        return;
    m_stack->setCurrentWidget(m_panels.value(m_tabs->currentIndex()));
}

bool Sidebar::isShowingOverlay() const
{
    return !m_panels.contains(m_stack->currentWidget());
}

} // namespace folio
