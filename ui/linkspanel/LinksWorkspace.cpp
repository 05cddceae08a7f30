#include "linkspanel/LinksWorkspace.h"

#include "common/MessageBox.h"
#include "common/TextInputDialog.h"
#include "links/LinkPromotion.h"
#include "linkspanel/ArchiveRunner.h"
#include "linkspanel/ArchivedLinkView.h"
#include "linkspanel/ImportLinksDialog.h"
#include "linkspanel/LinkDetailsView.h"
#include "linkspanel/LinksPanel.h"
#include "wiki/Wiki.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

namespace folio {

LinksWorkspace::LinksWorkspace(QWidget* window, std::function<QString()> author,
                               ArchiveRunner* archive)
    : QObject(window), m_window(window), m_author(std::move(author)),
      m_panel(new LinksPanel(window)), m_details(new LinkDetailsView(window)), m_archive(archive)
{
    connect(m_panel, &LinksPanel::linkSelected, this, &LinksWorkspace::showLink);
    // Enter on a link reads it offline when it was archived, else opens it in the browser.
    connect(m_panel, &LinksPanel::openRequested, this, [this](qint64 id) {
        if (!read(id))
            open(id);
    });
    connect(m_panel, &LinksPanel::copyRequested, this, &LinksWorkspace::copy);
    connect(m_panel, &LinksPanel::hiddenChangeRequested, this, &LinksWorkspace::setHidden);
    connect(m_panel, &LinksPanel::tagRequested, this, &LinksWorkspace::editTags);
    connect(m_panel, &LinksPanel::promoteRequested, this, &LinksWorkspace::promote);
    connect(m_panel, &LinksPanel::importRequested, this, [this] { importLinks(); });
    connect(m_details, &LinkDetailsView::openRequested, this, &LinksWorkspace::open);
    connect(m_details, &LinkDetailsView::copyRequested, this, &LinksWorkspace::copy);
    connect(m_details, &LinkDetailsView::promoteRequested, this, &LinksWorkspace::promote);
    connectArchive();
}

void LinksWorkspace::setReader(ArchivedLinkView* reader)
{
    m_reader = reader;
    connect(m_details, &LinkDetailsView::readRequested, this, [this](qint64 id) { read(id); });
    connect(m_reader, &ArchivedLinkView::detailsRequested, this, &LinksWorkspace::showLink);
    connect(m_reader, &ArchivedLinkView::openOriginalRequested, this, &LinksWorkspace::open);
    connect(m_reader, &ArchivedLinkView::linkClicked, this,
            [](const QUrl& url) { QDesktopServices::openUrl(url); });
}

bool LinksWorkspace::read(qint64 id, const QStringList& highlight)
{
    if (!m_wiki || !m_reader || !m_archive || !m_archive->store())
        return false;
    bool shown = false;
    attempt(tr("Cannot Show Archived Page"), [&] {
        const std::optional<Link> link = m_wiki->links().byId(id);
        shown = link && m_reader->open(*link, *m_archive->store(), ArchivedLinkView::Mode::Reader,
                                       highlight);
    });
    if (shown)
        Q_EMIT readerShown();
    return shown;
}

void LinksWorkspace::connectArchive()
{
    m_panel->archiveButton()->setEnabled(m_archive != nullptr);
    if (!m_archive)
        return;
    const auto act = [this](const std::function<void()>& action) {
        return [this, action] { attempt(tr("Cannot Archive"), action); };
    };
    const auto archiveOne = [this](qint64 id) {
        attempt(tr("Cannot Archive"), [this, id] {
            m_archive->archive({id});
            showLink(id);
        });
    };
    connect(m_panel, &LinksPanel::archiveRequested, this, archiveOne);
    connect(m_details, &LinkDetailsView::archiveRequested, this, archiveOne);
    connect(m_panel, &LinksPanel::archiveAllRequested, this,
            act([this] { m_archive->archiveAll(); }));
    connect(m_panel, &LinksPanel::retryFailedRequested, this,
            act([this] { m_archive->retryFailed(); }));
    connect(m_panel, &LinksPanel::pauseArchivingRequested, m_archive, &ArchiveRunner::pause);
    connect(m_panel, &LinksPanel::resumeArchivingRequested, this,
            act([this] { m_archive->resume(); }));
    connect(m_archive, &ArchiveRunner::runningChanged, m_panel, &LinksPanel::setArchiving);
    connect(m_archive, &ArchiveRunner::progress, m_panel, &LinksPanel::setArchiveProgress);
    connect(m_archive, &ArchiveRunner::message, this, &LinksWorkspace::message);
    // The list shows each link's status: read again once a second at most while archiving.
    auto* refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(1000);
    connect(refresh, &QTimer::timeout, this, [this] { m_panel->reload(); });
    connect(m_archive, &ArchiveRunner::linkFinished, this, [this, refresh](qint64 id) {
        if (!refresh->isActive())
            refresh->start();
        if (m_details->linkId() == id)
            fillDetails(id); // in place: the window stays on what the user reads
    });
    connect(m_archive, &ArchiveRunner::runningChanged, this, [this, refresh](bool running) {
        if (!running) {
            refresh->stop();
            m_panel->reload();
        }
    });
}

bool LinksWorkspace::attempt(const QString& failure, const std::function<void()>& action)
{
    return MessageBox::attempt(m_window, failure, action);
}

void LinksWorkspace::setWiki(Wiki* wiki)
{
    m_wiki = wiki;
    if (m_archive)
        m_archive->setWiki(wiki);
    m_details->clear();
    attempt(tr("Cannot List Links"),
            [this] { m_panel->setStore(m_wiki ? &m_wiki->links() : nullptr); });
}

void LinksWorkspace::showLink(qint64 id)
{
    if (fillDetails(id))
        Q_EMIT detailsShown();
}

bool LinksWorkspace::fillDetails(qint64 id)
{
    if (!m_wiki || !id)
        return false;
    bool filled = false;
    attempt(tr("Cannot Show Link"), [&] {
        const std::optional<Link> link = m_wiki->links().byId(id);
        if (!link)
            return;
        m_details->show(*link, m_wiki->links().tags(id), m_wiki->links().shares(id, 200),
                        m_archive && m_archive->store() ? m_archive->store()->state(id)
                                                        : ArchiveState());
        filled = true;
    });
    return filled;
}

void LinksWorkspace::open(qint64 id)
{
    if (!m_wiki)
        return;
    attempt(tr("Cannot Open Link"), [&] {
        if (const std::optional<Link> link = m_wiki->links().byId(id))
            QDesktopServices::openUrl(QUrl(link->url));
    });
}

void LinksWorkspace::copy(qint64 id)
{
    if (!m_wiki)
        return;
    attempt(tr("Cannot Copy Link"), [&] {
        if (const std::optional<Link> link = m_wiki->links().byId(id)) {
            QGuiApplication::clipboard()->setText(link->url);
            Q_EMIT message(tr("Copied %1").arg(link->url));
        }
    });
}

void LinksWorkspace::setHidden(qint64 id, bool hidden)
{
    if (!m_wiki)
        return;
    attempt(hidden ? tr("Cannot Hide Link") : tr("Cannot Show Link"), [&] {
        m_wiki->links().setHidden(id, hidden);
        m_panel->reload();
        m_details->clear();
        Q_EMIT message(hidden ? tr("Link hidden. Type “hidden:yes” in the filter to list hidden "
                                   "links and show them again.")
                              : tr("The link is shown again."));
    });
}

void LinksWorkspace::editTags(qint64 id)
{
    if (!m_wiki)
        return;
    QStringList current;
    if (!attempt(tr("Cannot Tag Link"), [&] { current = m_wiki->links().tags(id); }))
        return;
    const std::optional<QString> text =
        TextInputDialog::getText(m_window, tr("Tags"), tr("Tags of the link, separated by commas:"),
                                 current.join(QLatin1String(", ")));
    if (!text)
        return;
    QStringList tags;
    for (const QString& tag : text->split(u',', Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            tags << tag.trimmed();
    attempt(tr("Cannot Tag Link"), [&] {
        m_wiki->links().setTags(id, tags);
        showLink(id);
    });
}

void LinksWorkspace::promote(qint64 id)
{
    if (!m_wiki)
        return;
    attempt(tr("Cannot Create Page"), [&] {
        const std::optional<Link> link = m_wiki->links().byId(id);
        if (!link)
            return;
        // An archived link brings its page's text for the writer to curate.
        const std::optional<Capture> archived =
            m_archive && m_archive->store() ? m_archive->store()->latestCapture(id) : std::nullopt;
        PageContent content = LinkPromotion::pageFor(
            *link, m_wiki->links().shares(id, LinkPromotion::kMaxQuotedShares), archived);
        // A title the wiki already has gets a number, as imports do.
        const QString base = content.title;
        for (int n = 2; m_wiki->pages().exists(content.title); ++n)
            content.title = QStringLiteral("%1 (%2)").arg(base).arg(n);
        // A draft for a writer to curate before readers see it.
        const Page page = m_wiki->pages().create(content, m_author(),
                                                 {PageStatus::Draft, PageVisibility::Internal});
        Q_EMIT pageCreated(page.content.title);
        Q_EMIT message(tr("Created the page “%1” from the link.").arg(page.content.title));
    });
}

void LinksWorkspace::importLinks(const QString& path)
{
    if (!m_wiki)
        return;
    auto* dialog = new ImportLinksDialog(m_wiki->path(), m_author(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty())
        dialog->setPath(path);
    connect(dialog, &ImportLinksDialog::imported, this,
            [this] { attempt(tr("Cannot List Links"), [this] { m_panel->reload(); }); });
    dialog->open();
}

} // namespace folio
