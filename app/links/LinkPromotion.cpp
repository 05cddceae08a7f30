#include "links/LinkPromotion.h"

#include "store/PageTitle.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace folio {

namespace {

// Chat text as Markdown that shows it as written: no raw HTML, no accidental headings.
QString quoted(const QString& text)
{
    QString safe = text;
    safe.replace(u'&', QLatin1String("&amp;")).replace(u'<', QLatin1String("&lt;"));
    QStringList lines;
    for (const QString& line : safe.split(u'\n'))
        lines << QStringLiteral("> ") + line;
    return lines.join(u'\n');
}

QString dateOf(const std::optional<qint64>& ms)
{
    if (!ms)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).date().toString(Qt::ISODate);
}

} // namespace

QString LinkPromotion::titleFor(const Link& link)
{
    QString title = link.label.simplified();
    if (title.isEmpty()) {
        const QUrl url(link.url);
        title = url.host() + url.path();
        while (title.endsWith(u'/'))
            title.chop(1);
    }
    title = PageTitle::normalized(title);
    if (!PageTitle::problem(title).isEmpty())
        title = PageTitle::normalized(
            QString(title).remove(QRegularExpression(QStringLiteral("[\\[\\]|#]"))));
    if (!PageTitle::problem(title).isEmpty())
        title = tr("Link from %1").arg(link.host);
    return PageTitle::leftCharacters(title, 120);
}

PageContent LinkPromotion::pageFor(const Link& link, const std::vector<LinkShare>& shares)
{
    PageContent page;
    page.title = titleFor(link);
    page.kind = PageKind::Note;
    page.tags = {QStringLiteral("from-chat")};
    QString body = QStringLiteral("<%1>\n\n").arg(link.url);
    if (!shares.empty()) {
        const ChatMessage& first = shares.front().message;
        body += tr("Shared %n time(s); first by %1 in %2 on %3.", nullptr, link.shareCount)
                    .arg(first.authorName, first.channelName, dateOf(first.sentAt));
        body += QStringLiteral("\n\n## ") + tr("Where it was shared") + QStringLiteral("\n\n");
    }
    int quotedShares = 0;
    for (const LinkShare& share : shares) {
        if (++quotedShares > kMaxQuotedShares)
            break;
        const ChatMessage& message = share.message;
        if (!message.text.trimmed().isEmpty())
            body += quoted(message.text.trimmed()) + QStringLiteral("\n>\n");
        body += QStringLiteral("> — **%1**, %2, %3\n\n")
                    .arg(QString(message.authorName).replace(u'<', QLatin1String("&lt;")),
                         QString(message.channelName).replace(u'<', QLatin1String("&lt;")),
                         dateOf(message.sentAt));
    }
    page.body = body.trimmed() + u'\n';
    return page;
}

} // namespace folio
