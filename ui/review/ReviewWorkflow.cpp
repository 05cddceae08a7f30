#include "review/ReviewWorkflow.h"

#include "common/MessageBox.h"
#include "store/PageStore.h"

#include <QAction>
#include <QWidget>

namespace folio {

ReviewWorkflow::ReviewWorkflow(const Actions& actions, std::function<QString()> author,
                               QWidget* window)
    : QObject(window), m_actions(actions), m_author(std::move(author)), m_window(window)
{
    m_actions.makePublic->setCheckable(true);
    connect(m_actions.submit, &QAction::triggered, this, [this] {
        if (m_page)
            apply(*m_page, {PageStatus::Review, m_page->state.visibility},
                  tr("Submitted for review"));
    });
    connect(m_actions.publish, &QAction::triggered, this, [this] {
        if (m_page)
            publish(*m_page);
    });
    connect(m_actions.sendBack, &QAction::triggered, this, [this] {
        if (m_page)
            sendBack(*m_page);
    });
    connect(m_actions.makePublic, &QAction::triggered, this, [this](bool checked) {
        if (!m_page)
            return;
        apply(*m_page,
              {m_page->state.status, checked ? PageVisibility::Public : PageVisibility::Internal},
              checked ? tr("Made public") : tr("Made internal"));
    });
    updateActions();
}

void ReviewWorkflow::setStore(PageStore* store)
{
    m_store = store;
    setPage(std::nullopt);
}

void ReviewWorkflow::setPage(const std::optional<Page>& page)
{
    m_page = page;
    updateActions();
}

QString ReviewWorkflow::describe(const PageState& state)
{
    return tr("%1 · %2").arg(PageStatuses::displayName(state.status),
                             PageStatuses::displayName(state.visibility));
}

bool ReviewWorkflow::publish(const Page& page)
{
    return apply(page, {PageStatus::Published, page.state.visibility}, tr("Published"));
}

bool ReviewWorkflow::sendBack(const Page& page)
{
    return apply(page, {PageStatus::Draft, page.state.visibility}, tr("Sent back to draft"));
}

bool ReviewWorkflow::apply(const Page& page, const PageState& state, const QString& summary)
{
    if (!m_store)
        return false;
    Page saved;
    const bool ok = MessageBox::attempt(m_window, tr("Cannot Change the Page's Status"), [&] {
        saved = m_store->setState(page.id, state, m_author(), summary);
    });
    if (ok && m_page && m_page->id == saved.id)
        m_page = saved;
    updateActions(); // a refused "Public" unchecks again
    if (ok)
        Q_EMIT changed(saved);
    return ok;
}

void ReviewWorkflow::updateActions()
{
    const std::optional<PageStatus> status =
        m_page ? std::optional(m_page->state.status) : std::nullopt;
    m_actions.submit->setEnabled(status == PageStatus::Draft);
    m_actions.publish->setEnabled(status && status != PageStatus::Published);
    m_actions.sendBack->setEnabled(status && status != PageStatus::Draft);
    m_actions.makePublic->setEnabled(m_page.has_value());
    m_actions.makePublic->setChecked(m_page && m_page->state.visibility == PageVisibility::Public);
}

} // namespace folio
