#include "linkspanel/ArchivedLinkView.h"

#include "common/MessageBox.h"
#include "web/ArchivedPageView.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace folio {

ArchivedLinkView::ArchivedLinkView(WebProfile& profile, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_reader(new QPushButton(tr("&Reader"), this)),
      m_snapshot(new QPushButton(tr("&Snapshot"), this)),
      m_view(new ArchivedPageView(profile, this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setMinimumWidth(1);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_reader->setCheckable(true);
    m_reader->setToolTip(tr("The page's text in Folio's style"));
    m_snapshot->setCheckable(true);
    m_snapshot->setToolTip(tr("The page as it looked when it was archived, with nothing loaded "
                              "from the network"));
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_reader);
    modes->addButton(m_snapshot);
    auto* original = new QPushButton(tr("&Open Original"), this);
    original->setToolTip(tr("Open the page on the web, in the system browser"));
    auto* details = new QPushButton(tr("&Details"), this);
    details->setToolTip(tr("Who shared the link, where and when"));
    m_view->setAccessibleName(tr("Archived page"));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_reader);
    bar->addWidget(m_snapshot);
    bar->addWidget(original);
    bar->addWidget(details);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_reader, &QPushButton::clicked, this, [this] { showMode(Mode::Reader); });
    connect(m_snapshot, &QPushButton::clicked, this, [this] { showMode(Mode::Snapshot); });
    connect(original, &QPushButton::clicked, this,
            [this] { Q_EMIT openOriginalRequested(m_link.id); });
    connect(details, &QPushButton::clicked, this, [this] { Q_EMIT detailsRequested(m_link.id); });
    connect(m_view, &ArchivedPageView::linkClicked, this, &ArchivedLinkView::linkClicked);
}

bool ArchivedLinkView::open(const Link& link, const ArchiveStore& store, Mode mode,
                            const QStringList& highlight)
{
    const std::optional<Capture> capture = store.latestCapture(link.id);
    if (!capture)
        return false;
    m_link = link;
    m_capture = *capture;
    m_store = &store;
    m_highlight = highlight;
    m_title->setText(link.displayTitle());
    m_title->setToolTip(link.url);
    // A PDF has no page to show here: its text is the Reader view.
    const bool isPdf = capture->contentType == QLatin1String("application/pdf");
    m_snapshot->setEnabled(!isPdf);
    showMode(isPdf ? Mode::Reader : mode);
    return true;
}

void ArchivedLinkView::showMode(Mode mode)
{
    m_mode = mode;
    m_reader->setChecked(mode == Mode::Reader);
    m_snapshot->setChecked(mode == Mode::Snapshot);
    if (mode == Mode::Reader || !m_store) {
        m_view->showReader(m_capture, m_link.url, m_highlight);
        return;
    }
    MessageBox::attempt(this, tr("Cannot Show Snapshot"), [this] {
        m_view->showSnapshot(m_capture, m_store->snapshotData(m_capture.sha256));
    });
}

} // namespace folio
