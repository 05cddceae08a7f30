#include "linkspanel/LinkDetailsView.h"

#include "common/Heading.h"
#include "common/LocalTime.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace folio {

namespace {

QString when(const std::optional<qint64>& ms)
{
    if (!ms)
        return {};
    return shortLocalTime(QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()));
}

} // namespace

LinkDetailsView::LinkDetailsView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_url(new QLabel(this)),
      m_facts(new QLabel(this)), m_open(new QPushButton(tr("&Open in Browser"), this)),
      m_copy(new QPushButton(tr("&Copy Link"), this)),
      m_promote(new QPushButton(tr("&Promote to Page"), this)),
      m_archive(new QPushButton(tr("&Archive"), this)),
      m_read(new QPushButton(tr("&Read Offline"), this)), m_shares(new QTextBrowser(this))
{
    makeHeading(m_title);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setTextFormat(Qt::PlainText);
    m_url->setWordWrap(true);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_promote->setToolTip(
        tr("Start a wiki page from this link and the conversation that shared it"));
    // Chat text is shown as text: no link in it is followed, nothing is fetched.
    m_shares->setOpenLinks(false);
    m_shares->setOpenExternalLinks(false);
    m_shares->setAccessibleName(tr("Messages that shared the link"));

    m_read->setToolTip(tr("Read the archived page, with the network off if need be"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_read);
    buttons->addWidget(m_open);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_promote);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_url);
    layout->addWidget(m_facts);
    layout->addLayout(buttons);
    layout->addWidget(m_shares, 1);

    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_linkId); });
    connect(m_copy, &QPushButton::clicked, this, [this] { Q_EMIT copyRequested(m_linkId); });
    connect(m_promote, &QPushButton::clicked, this, [this] { Q_EMIT promoteRequested(m_linkId); });
    connect(m_archive, &QPushButton::clicked, this, [this] { Q_EMIT archiveRequested(m_linkId); });
    connect(m_read, &QPushButton::clicked, this, [this] { Q_EMIT readRequested(m_linkId); });
    clear();
}

void LinkDetailsView::clear()
{
    m_linkId = 0;
    m_title->setText(tr("No link selected"));
    m_url->clear();
    m_facts->setText(tr("Pick a link in the Links panel to see who shared it, where and when."));
    m_shares->clear();
    for (QPushButton* button : {m_open, m_copy, m_promote, m_archive, m_read})
        button->setEnabled(false);
}

void LinkDetailsView::show(const Link& link, const QStringList& tags,
                           const std::vector<LinkShare>& shares, const ArchiveState& archive)
{
    m_linkId = link.id;
    m_title->setText(link.displayTitle() == link.url ? link.host : link.displayTitle());
    m_url->setText(link.url);
    QStringList facts;
    facts << tr("Shared %n time(s)", nullptr, link.shareCount);
    if (link.firstSharedAt)
        facts << tr("first %1").arg(when(link.firstSharedAt));
    if (link.lastSharedAt && link.lastSharedAt != link.firstSharedAt)
        facts << tr("last %1").arg(when(link.lastSharedAt));
    facts << archive.describe(when(archive.updatedAt));
    QString text = facts.join(QStringLiteral(" · "));
    if (link.flags & LinkCarriedSecret)
        text += u'\n' + tr("A token or password was removed from this link when it was imported.");
    if (!tags.isEmpty())
        text += u'\n' + tr("Tags: %1").arg(tags.join(QLatin1String(", ")));
    m_facts->setText(text);
    for (QPushButton* button : {m_open, m_copy, m_promote, m_archive})
        button->setEnabled(true);
    m_archive->setText(archive.status == ArchiveStatus::Archived ? tr("&Archive Again")
                                                                 : tr("&Archive"));
    m_archive->setEnabled(archive.status != ArchiveStatus::Pending);
    m_read->setEnabled(archive.captures > 0);

    QString html;
    for (const LinkShare& share : shares) {
        const ChatMessage& m = share.message;
        QString who = m.authorName.toHtmlEscaped();
        if (m.authorIsBot)
            who += tr(" (bot)").toHtmlEscaped();
        if (share.origin == LinkOrigin::Quoted)
            who = tr("quoted by %1").arg(who);
        const QString kind = LinkStore::kindName(m.channelKind);
        const QString where =
            QString(m.channelName +
                    (kind.isEmpty() ? QString() : QStringLiteral(" (") + kind + u')'))
                .toHtmlEscaped();
        html += QStringLiteral("<p><b>%1</b> · %2 · <span style='color:gray'>%3</span><br>")
                    .arg(who, where, when(m.sentAt).toHtmlEscaped());
        QString body = m.text.toHtmlEscaped();
        body.replace(u'\n', QLatin1String("<br>"));
        html += body;
        if (!m.reactions.isEmpty())
            html += QStringLiteral("<br><span style='color:gray'>%1</span>")
                        .arg(m.reactions.toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    m_shares->setHtml(html);
}

} // namespace folio
