#include "cli/SearchCommand.h"

#include "cli/Cli.h"
#include "cli/CommandArguments.h"
#include "cli/CommandLine.h"
#include "cli/Console.h"
#include "search/SearchEngine.h"
#include "search/SearchSnippet.h"
#include "store/PageTitle.h"
#include "wiki/Wiki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace folio {

SearchCommand::SearchCommand(WikiAccess wiki, const Console& console)
    : m_wiki(std::move(wiki)), m_console(console), m_out(console.out), m_err(console.err)
{
}

namespace {
constexpr int kMaxLimit = 10000;
}

int SearchCommand::run(const QStringList& arguments)
{
    // Options are read by hand: "-draft" in a query is an exclusion, not an option.
    bool asJson = false;
    bool withDrafts = false;
    int count = 20;
    QStringList words;
    QString problem;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--json")) {
            asJson = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            m_console.out << CommandLine::usage();
            return Cli::Success;
        } else if (argument == QLatin1String("--drafts")) {
            withDrafts = true;
        } else if (const auto value = optionValue(arguments, i, QStringLiteral("--limit"))) {
            const std::optional<int> limit = numberIn(*value, 1, kMaxLimit);
            if (!limit)
                problem = tr("--limit takes a number from 1 to %1.").arg(kMaxLimit);
            count = limit.value_or(count);
        } else if (argument == QLatin1String("--")) {
            words += arguments.mid(i + 1);
            break;
        } else {
            words << argument;
        }
    }
    const QString text = words.join(u' ');
    if (problem.isEmpty() && text.trimmed().isEmpty())
        problem = tr("What should I search for?");
    if (!problem.isEmpty()) {
        m_err << m_console.forErr(
                     tr("folio: %1 Usage: folio search [--limit N] [--drafts] [--json] QUERY")
                         .arg(problem))
              << '\n';
        return Cli::Usage;
    }

    SearchQuery query = SearchQuery::parse(text, false);
    query.setIncludesUnpublished(withDrafts);
    if (!query.problem().isEmpty()) {
        m_err << tr("folio: %1 Usage: folio search [--limit N] [--drafts] [--json] QUERY")
                     .arg(query.problem())
              << '\n';
        return Cli::Usage;
    }
    if (query.hasTooManyTerms()) {
        m_err << tr("folio: a search can have at most %1 words.").arg(SearchQuery::kMaxTerms)
              << '\n';
        return Cli::Usage;
    }
    const SearchResult result = SearchEngine(m_wiki().database()).search(query, count);
    if (asJson) {
        QJsonArray hits;
        for (const SearchHit& hit : result.hits) {
            QJsonObject item{{QStringLiteral("title"), hit.title},
                             {QStringLiteral("type"),
                              hit.isLink() ? QStringLiteral("link") : QStringLiteral("page")},
                             {QStringLiteral("snippet"), SearchSnippet::toPlainText(hit.snippet)}};
            if (hit.isLink())
                item.insert(QStringLiteral("url"), hit.url);
            else
                item.insert(QStringLiteral("kind"), PageKinds::key(hit.kind));
            hits.append(item);
        }
        const QJsonObject answer{
            {QStringLiteral("query"), text},
            {QStringLiteral("hits"), hits},
            {QStringLiteral("total"), result.total},
            {QStringLiteral("linkTotal"), result.linkTotal},
            {QStringLiteral("totalIsLowerBound"), result.totalIsLowerBound},
            {QStringLiteral("suggestions"), QJsonArray::fromStringList(result.suggestions)}};
        m_out << QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Indented));
        return Cli::Success;
    }
    const bool ansi = m_console.outIsTerminal;
    for (const SearchHit& hit : result.hits) {
        const QString title = m_console.forOut(hit.title);
        m_out << (ansi ? QStringLiteral("\x1b[1m%1\x1b[0m") : QStringLiteral("%1")).arg(title);
        if (hit.isLink())
            m_out << "  (" << tr("link") << ") " << m_console.forOut(hit.url) << '\n';
        else
            m_out << "  (" << PageKinds::key(hit.kind) << ")\n";
        if (!hit.snippet.isEmpty())
            m_out << "    " << SearchSnippet::toTerminal(hit.snippet, ansi) << '\n';
    }
    int pagesShown = 0;
    for (const SearchHit& hit : result.hits)
        pagesShown += hit.isLink() ? 0 : 1;
    if (result.hits.isEmpty()) {
        // A pasted page of text is not echoed whole.
        const QString shown = PageTitle::leftCharacters(text, 80) == text
                                  ? text
                                  : PageTitle::leftCharacters(text, 77) + QStringLiteral("…");
        m_err << m_console.forErr(tr("Nothing matches “%1”.").arg(shown)) << '\n';
        if (!result.suggestions.isEmpty())
            m_err << m_console.forErr(tr("Did you mean: %1").arg(result.suggestions.first()))
                  << '\n';
    } else if ((result.totalIsLowerBound || result.total > pagesShown) && count < kMaxLimit) {
        m_err << (result.totalIsLowerBound
                      ? tr("Showing %1 of more than %2 matching pages; --limit shows more.")
                            .arg(pagesShown)
                            .arg(result.total)
                      : tr("Showing %1 of %2 matching pages; --limit shows more.")
                            .arg(pagesShown)
                            .arg(result.total))
              << '\n';
    }
    return Cli::Success;
}

} // namespace folio
