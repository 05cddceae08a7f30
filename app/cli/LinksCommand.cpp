#include "cli/LinksCommand.h"

#include "archive/ArchiveStore.h"
#include "cli/CommandArguments.h"
#include "cli/CommandLine.h"
#include "cli/Console.h"
#include "links/LinkImporter.h"
#include "links/LinkQueryParser.h"
#include "links/UrlNormalizer.h"
#include "links/formats/ExportArchive.h"
#include "links/formats/ExportError.h"
#include "links/formats/FormatDetector.h"
#include "store/LinkStore.h"
#include "wiki/Wiki.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace folio {

namespace {

QString isoTime(const std::optional<qint64>& ms)
{
    if (!ms)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

LinksCommand::LinksCommand(WikiAccess wiki, const Console& console, QString author)
    : m_wiki(std::move(wiki)), m_console(console), m_author(std::move(author))
{
}

int LinksCommand::usage(const QString& problem, const QString& usage)
{
    m_console.err << m_console.forErr(tr("folio: %1").arg(problem)) << '\n'
                  << tr("Usage: %1").arg(usage) << '\n';
    return Cli::Usage;
}

int LinksCommand::importLinks(const QStringList& arguments)
{
    const QString usageText =
        tr("folio import-links PATH [--format F] [--channels a,b] [--since DATE] [--until DATE] "
           "[--include-private] [--allow-domain D] [--deny-domain D] [--include-code] [--json]");
    QString path;
    QString format;
    bool asJson = false;
    LinkImporter::Rules rules;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--json")) {
            asJson = true;
        } else if (argument == QLatin1String("--include-private")) {
            rules.includePrivate = true;
        } else if (argument == QLatin1String("--include-code")) {
            rules.harvestCode = true;
        } else if (const auto value = optionValue(arguments, i, QStringLiteral("--format"))) {
            format = *value;
        } else if (const auto value = optionValue(arguments, i, QStringLiteral("--channels"))) {
            for (const QString& channel : value->split(u',', Qt::SkipEmptyParts))
                rules.channels << channel.trimmed().remove(0, channel.trimmed().startsWith(u'#'));
            rules.includePrivate = true; // channels named are wanted, whatever their kind
        } else if (const auto value = optionValue(arguments, i, QStringLiteral("--since"))) {
            rules.since = LinkQueryParser::parseDate(*value);
            if (!rules.since)
                return usage(tr("--since takes a date such as 2024-05-01."), usageText);
        } else if (const auto value = optionValue(arguments, i, QStringLiteral("--until"))) {
            rules.until = LinkQueryParser::parseEndDate(*value);
            if (!rules.until)
                return usage(tr("--until takes a date such as 2024-05-01."), usageText);
        } else if (const auto value = optionValue(arguments, i, QStringLiteral("--allow-domain"))) {
            rules.allowDomains << value->split(u',', Qt::SkipEmptyParts);
        } else if (const auto value = optionValue(arguments, i, QStringLiteral("--deny-domain"))) {
            rules.denyDomains << value->split(u',', Qt::SkipEmptyParts);
        } else if (argument.startsWith(QLatin1String("--")) && argument != QLatin1String("--")) {
            return usage(tr("unknown option “%1”.").arg(argument), usageText);
        } else if (path.isEmpty()) {
            path = argument;
        } else {
            return usage(tr("one export at a time, please."), usageText);
        }
    }
    if (format == QLatin1String("help")) {
        FormatDetector detector;
        for (const auto& known : detector.formats())
            m_console.out << known->key().leftJustified(12) << known->displayName() << '\n';
        return Cli::Success;
    }
    if (path.isEmpty())
        return usage(tr("which export should I import?"), usageText);
    if (rules.since && rules.until && *rules.since >= *rules.until)
        return usage(tr("--since must come before --until."), usageText);

    // The export is checked before the wiki is opened: a refused file creates no wiki.
    try {
        const std::unique_ptr<ExportArchive> archive = ExportArchive::open(path);
        FormatDetector().formatOf(*archive, format);
    } catch (const ExportError& error) {
        m_console.err << m_console.forErr(tr("folio: %1").arg(error.message())) << '\n';
        return Cli::Failure;
    }
    Wiki& wiki = m_wiki();
    LinkImporter importer(wiki.database());
    LinkImporter::Report report;
    try {
        const InterruptGuard interruptible;
        report = importer.import(path, format, rules, m_author, {}, &InterruptGuard::flag());
    } catch (const ExportError& error) {
        m_console.err << m_console.forErr(tr("folio: %1").arg(error.message())) << '\n';
        return Cli::Failure;
    } catch (const LinkImporter::Cancelled&) {
        m_console.err << tr("folio: import cancelled; nothing was imported.") << '\n';
        return Cli::Failure;
    }

    if (asJson) {
        QJsonArray problems;
        for (const ImportProblem& problem : std::as_const(report.problems))
            problems.append(QJsonObject{{QStringLiteral("where"), problem.where},
                                        {QStringLiteral("reason"), problem.reason}});
        QJsonObject skipped;
        for (auto it = report.skippedLinks.cbegin(); it != report.skippedLinks.cend(); ++it)
            skipped.insert(it.key(), it.value());
        const QJsonObject answer{{QStringLiteral("format"), report.format},
                                 {QStringLiteral("messages"), report.messages},
                                 {QStringLiteral("linksFound"), report.linksFound},
                                 {QStringLiteral("newLinks"), report.newLinks},
                                 {QStringLiteral("newShares"), report.newShares},
                                 {QStringLiteral("leftOutMessages"), report.leftOutMessages},
                                 {QStringLiteral("leftOutPrivateMessages"), report.leftOutPrivate},
                                 {QStringLiteral("leftOutLinks"), report.leftOutLinks},
                                 {QStringLiteral("secretsRemoved"), report.secretsRemoved},
                                 {QStringLiteral("skippedLinks"), skipped},
                                 {QStringLiteral("problems"), problems},
                                 {QStringLiteral("moreProblems"), report.moreProblems}};
        m_console.out << QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Indented));
        return Cli::Success;
    }
    QTextStream& out = m_console.out;
    out << tr("Imported %1: %2").arg(report.format, m_console.forOut(path)) << '\n'
        << tr("  messages read:   %1").arg(report.messages) << '\n'
        << tr("  links found:     %1").arg(report.linksFound) << '\n'
        << tr("  new links:       %1").arg(report.newLinks) << '\n'
        << tr("  new shares:      %1").arg(report.newShares) << '\n';
    if (report.leftOutPrivate)
        out << tr("  left out: %n message(s) in private channels and direct messages "
                  "(--include-private imports them)",
                  nullptr, int(report.leftOutPrivate))
            << '\n';
    if (report.leftOutMessages > report.leftOutPrivate)
        out << tr("  left out: %n message(s) outside --channels, --since or --until", nullptr,
                  int(report.leftOutMessages - report.leftOutPrivate))
            << '\n';
    if (report.leftOutLinks)
        out << tr("  left out: %n link(s) in code or outside the domain rules", nullptr,
                  int(report.leftOutLinks))
            << '\n';
    if (report.secretsRemoved)
        out << tr("  removed tokens or passwords from %n link(s)", nullptr, report.secretsRemoved)
            << '\n';
    for (auto it = report.skippedLinks.cbegin(); it != report.skippedLinks.cend(); ++it)
        out << tr("  skipped %1: %2").arg(it.value()).arg(it.key()) << '\n';
    if (!report.problems.isEmpty()) {
        m_console.err << tr("%n item(s) could not be read and were skipped:", nullptr,
                            int(report.problems.size() + report.moreProblems))
                      << '\n';
        for (const ImportProblem& problem : std::as_const(report.problems))
            m_console.err << "  " << m_console.forErr(problem.where) << ": "
                          << m_console.forErr(problem.reason) << '\n';
        if (report.moreProblems)
            m_console.err << tr("  … and %n more", nullptr, int(report.moreProblems)) << '\n';
    }
    return Cli::Success;
}

std::optional<Link> LinksCommand::findLink(const LinkStore& store, const QString& url)
{
    if (std::optional<Link> found = store.find(url))
        return found;
    const NormalizedUrl normalized = UrlNormalizer::normalize(url, true);
    return normalized.isKept() ? store.find(normalized.url) : std::nullopt;
}

QJsonObject LinksCommand::archiveJson(const ArchiveState& state,
                                      const std::vector<Capture>& captures)
{
    static const char* const kStatus[] = {"not-queued", "pending", "archived", "failed", "skipped"};
    QJsonArray versions;
    for (const Capture& capture : captures)
        versions.append(
            QJsonObject{{QStringLiteral("captured"), isoTime(capture.capturedAt)},
                        {QStringLiteral("sha256"), capture.sha256},
                        {QStringLiteral("size"), capture.size},
                        {QStringLiteral("contentType"), capture.contentType},
                        {QStringLiteral("finalUrl"), capture.finalUrl},
                        {QStringLiteral("httpStatus"),
                         capture.httpStatus ? QJsonValue(*capture.httpStatus) : QJsonValue()},
                        {QStringLiteral("title"), capture.title},
                        {QStringLiteral("byline"), capture.byline}});
    return QJsonObject{{QStringLiteral("status"), QLatin1String(kStatus[int(state.status)])},
                       {QStringLiteral("reason"), ArchiveReason::key(state.reason)},
                       {QStringLiteral("reasonText"), state.reasonText()},
                       {QStringLiteral("attempts"), state.attempts},
                       {QStringLiteral("versions"), versions}};
}

QString LinksCommand::describe(const Link& link) const
{
    QString line = link.url;
    if (!link.label.isEmpty())
        line = link.label + QStringLiteral("  ") + link.url;
    return m_console.forOut(line);
}

// "3 shares, last 2024-05-01, first by dana in general", each part only when known (a
// bookmark has no author, a message without a time no date).
QString LinksCommand::summary(const Link& link)
{
    QStringList parts{tr("%n share(s)", nullptr, link.shareCount)};
    if (link.lastSharedAt)
        parts << tr("last %1").arg(isoTime(link.lastSharedAt).left(10));
    if (!link.firstSharedBy.isEmpty() && !link.firstChannel.isEmpty())
        parts << tr("first by %1 in %2").arg(link.firstSharedBy, link.firstChannel);
    else if (!link.firstSharedBy.isEmpty())
        parts << tr("first by %1").arg(link.firstSharedBy);
    else if (!link.firstChannel.isEmpty())
        parts << tr("first in %1").arg(link.firstChannel);
    return parts.join(QLatin1String(", "));
}

int LinksCommand::list(const QStringList& arguments)
{
    const QString usageText = tr("folio links [--json] [--limit N] [QUERY]");
    bool asJson = false;
    int limit = 50;
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--json")) {
            asJson = true;
        } else if (const auto value = optionValue(arguments, i, QStringLiteral("--limit"))) {
            bool ok = false;
            limit = value->toInt(&ok);
            if (!ok || limit < 1 || limit > 1000000)
                return usage(tr("--limit takes a number from 1 to 1000000."), usageText);
        } else if (argument.startsWith(QLatin1String("--"))) {
            return usage(tr("unknown option “%1”.").arg(argument), usageText);
        } else {
            words << argument;
        }
    }
    QString problem;
    const LinkQuery query = LinkQueryParser::parse(words.join(u' '), &problem);
    if (!problem.isEmpty())
        return usage(problem, usageText);
    LinkStore& store = m_wiki().links();
    const std::vector<Link> links = store.list(query, 0, limit);
    if (asJson) {
        QJsonArray items;
        for (const Link& link : links)
            items.append(QJsonObject{{QStringLiteral("url"), link.url},
                                     {QStringLiteral("label"), link.label},
                                     {QStringLiteral("domain"), link.host},
                                     {QStringLiteral("shares"), link.shareCount},
                                     {QStringLiteral("firstShared"), isoTime(link.firstSharedAt)},
                                     {QStringLiteral("lastShared"), isoTime(link.lastSharedAt)},
                                     {QStringLiteral("firstSharedBy"), link.firstSharedBy},
                                     {QStringLiteral("channel"), link.firstChannel}});
        m_console.out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
        return Cli::Success;
    }
    for (const Link& link : links)
        m_console.out << describe(link) << '\n'
                      << "    " << m_console.forOut(summary(link)) << '\n';
    if (links.empty())
        m_console.err << (words.isEmpty()
                              ? tr("No links yet. Import a chat export with “folio import-links "
                                   "PATH”.")
                              : tr("No link matches."))
                      << '\n';
    return Cli::Success;
}

int LinksCommand::link(const QStringList& arguments)
{
    const QString usageText = tr("folio link show URL [--text] [--json]");
    if (arguments.value(0) != QLatin1String("show"))
        return usage(arguments.isEmpty() ? tr("what should I do with the link?")
                                         : tr("unknown link command “%1”.").arg(arguments.value(0)),
                     usageText);
    bool textOnly = false;
    bool asJson = false;
    QString url;
    for (const QString& argument : arguments.mid(1)) {
        if (argument == QLatin1String("--text"))
            textOnly = true;
        else if (argument == QLatin1String("--json"))
            asJson = true;
        else if (argument.startsWith(QLatin1String("--")))
            return usage(tr("unknown option “%1”.").arg(argument), usageText);
        else if (url.isEmpty())
            url = argument;
        else
            return usage(tr("one link at a time, please."), usageText);
    }
    if (url.isEmpty())
        return usage(tr("which link?"), usageText);
    LinkStore& store = m_wiki().links();
    const std::optional<Link> found = findLink(store, url);
    if (!found) {
        m_console.err << m_console.forErr(tr("folio: no link “%1” was imported.").arg(url)) << '\n';
        return Cli::Failure;
    }
    const ArchiveStore archive(m_wiki().database());
    const std::vector<Capture> captures = archive.captures(found->id);
    if (textOnly) {
        // Only the page's readable text, so that it can be piped.
        if (captures.empty()) {
            m_console.err << m_console.forErr(
                                 tr("folio: “%1” is not archived yet; “folio archive %1” keeps it.")
                                     .arg(found->url))
                          << '\n';
            return Cli::Failure;
        }
        m_console.out << m_console.forOut(captures.front().text) << '\n';
        return Cli::Success;
    }
    const ArchiveState state = archive.state(found->id);
    const std::vector<LinkShare> shares = store.shares(found->id);
    if (asJson) {
        QJsonArray items;
        for (const LinkShare& share : shares) {
            const ChatMessage& m = share.message;
            items.append(
                QJsonObject{{QStringLiteral("platform"), m.platform},
                            {QStringLiteral("workspace"), m.workspace},
                            {QStringLiteral("channel"), m.channelName},
                            {QStringLiteral("channelKind"), LinkStore::kindKey(m.channelKind)},
                            {QStringLiteral("author"), m.authorName},
                            {QStringLiteral("authorIsBot"), m.authorIsBot},
                            {QStringLiteral("sent"), isoTime(m.sentAt)},
                            {QStringLiteral("sentRaw"), m.sentRaw},
                            {QStringLiteral("edited"), isoTime(m.editedAt)},
                            {QStringLiteral("messageId"), m.messageId},
                            {QStringLiteral("threadRoot"), m.threadRoot},
                            {QStringLiteral("text"), m.text},
                            {QStringLiteral("reactions"), m.reactions},
                            {QStringLiteral("label"), share.label},
                            {QStringLiteral("origin"), LinkStore::originKey(share.origin)},
                            {QStringLiteral("source"), m.source}});
        }
        const QJsonObject answer{
            {QStringLiteral("url"), found->url},
            {QStringLiteral("label"), found->label},
            {QStringLiteral("domain"), found->host},
            {QStringLiteral("internal"), bool(found->flags & LinkInternal)},
            {QStringLiteral("carriedSecret"), bool(found->flags & LinkCarriedSecret)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(store.tags(found->id))},
            {QStringLiteral("archive"), archiveJson(state, captures)},
            {QStringLiteral("shares"), items}};
        m_console.out << QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Indented));
        return Cli::Success;
    }
    QTextStream& out = m_console.out;
    out << describe(*found) << '\n';
    out << m_console.forOut(tr("Status: %1").arg(state.describe(isoTime(state.updatedAt).left(10))))
        << '\n';
    for (const Capture& capture : captures)
        out << "  " << isoTime(capture.capturedAt) << "  "
            << tr("%1 KB").arg((capture.size + 1023) / 1024).rightJustified(9) << "  "
            << m_console.forOut(capture.title.isEmpty() ? capture.finalUrl : capture.title) << '\n';
    if (found->flags & LinkCarriedSecret)
        out << tr("A token or password was removed from this link when it was imported.") << '\n';
    if (found->flags & LinkInternal)
        out << tr("A link into the chat platform itself.") << '\n';
    const QStringList tags = store.tags(found->id);
    if (!tags.isEmpty())
        out << m_console.forOut(tr("Tags: %1").arg(tags.join(QLatin1String(", ")))) << '\n';
    out << tr("Shared %n time(s):", nullptr, int(shares.size())) << '\n';
    for (const LinkShare& share : shares) {
        const ChatMessage& m = share.message;
        QString where = m.channelName;
        if (m.channelKind != ChannelKind::Public)
            where += QStringLiteral(" (") + LinkStore::kindName(m.channelKind) + u')';
        QString who = m.authorName;
        if (m.authorIsBot)
            who += QStringLiteral(" (") + tr("bot") + u')';
        out << "  " << isoTime(m.sentAt) << "  " << m_console.forOut(who) << "  "
            << m_console.forOut(QStringLiteral("%1 / %2").arg(m.workspace, where)) << '\n';
        if (!m.text.isEmpty())
            out << "    "
                << m_console.forOut(QString(m.text).replace(u'\n', QLatin1String("\n    ")))
                << '\n';
    }
    return Cli::Success;
}

} // namespace folio
