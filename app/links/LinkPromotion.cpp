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

QString LinkPromotion::asMarkdownText(const QString& text)
{
    // What would open a block at the start of a line: a heading, quote, list, setext line.
    static const QRegularExpression blockStart(QStringLiteral("^\\s*(?:([#>=+\\-])|\\d+([.)]))"));
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        QString safe;
        safe.reserve(line.size() + line.size() / 8);
        for (const QChar c : line) {
            if (c == u'&')
                safe += QLatin1String("&amp;");
            else if (c == u'<')
                safe += QLatin1String("&lt;");
            else if (QStringView(u"\\`*_[]|~").contains(c))
                safe += u'\\' + QString(c);
            else
                safe += c;
        }
        const QRegularExpressionMatch opens = blockStart.match(safe);
        if (opens.hasMatch()) // "1." is escaped as "1\.": a digit takes no backslash
            safe.insert(opens.capturedStart(opens.hasCaptured(1) ? 1 : 2), u'\\');
        lines << safe;
    }
    return lines.join(u'\n');
}

PageContent LinkPromotion::pageFor(const Link& link, const std::vector<LinkShare>& shares,
                                   const std::optional<Capture>& archived)
{
    PageContent page;
    Link named = link;
    if (named.label.isEmpty() && archived)
        named.label = archived->title;
    page.title = titleFor(named);
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
    if (archived && !archived->text.trimmed().isEmpty()) {
        page.tags << QStringLiteral("from-archive");
        body += QStringLiteral("## ") + tr("From the page") + QStringLiteral("\n\n");
        QStringList about;
        if (!archived->byline.isEmpty())
            about << asMarkdownText(archived->byline);
        about << tr("archived %1").arg(dateOf(archived->capturedAt));
        body += QStringLiteral("*") + about.join(QLatin1String(", ")) + QStringLiteral("*\n\n");
        QString text = archived->text.trimmed();
        const bool cut = text.size() > kMaxArchivedText;
        if (cut)
            text = text.left(kMaxArchivedText);
        body += asMarkdownText(text) + QStringLiteral("\n\n");
        if (cut)
            body += tr("(The page's text goes on; its archived copy holds all of it.)") +
                    QStringLiteral("\n\n");
    }
    page.body = body.trimmed() + u'\n';
    return page;
}

} // namespace folio
