#include "CorpusGenerator.h"
#include "search/SearchEngine.h"
#include "store/Database.h"
#include "store/LinkStore.h"
#include "store/PageStore.h"
#include "store/Statement.h"
#include "store/WikiFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace folio;

// Typing replay: every prefix of a fixed set of real queries, one letter at a time, run the
// way the app runs it; side by side in the same run, on the same pages, the naive FTS5 query
// in the sqlite3 command-line shell and ripgrep over the pages as Markdown files.
namespace {

struct Case
{
    const char* label;
    QString text;
};

const QList<Case> kCases = {
    {"rare word", QStringLiteral("savepoint")},
    {"common word", QStringLiteral("table")},
    {"two words", QStringLiteral("index scan")},
    {"phrase", QStringLiteral("\"foreign key\"")},
    {"filtered", QStringLiteral("kind:faq replication")},
    {"no hits", QStringLiteral("zyxwvuts")},
};

struct Stats
{
    QList<double> ms;
    void add(double value) { ms << value; }
    double at(double quantile) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(qMin(sorted.size() - 1, qsizetype(quantile * double(sorted.size()))));
    }
    double max() const { return ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

QString sqlString(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QLatin1String("''")) + u'\'';
}

// The naive query for one keystroke, as someone would write it in the sqlite3 shell: MATCH,
// bm25 (the table's rank), snippet, ORDER BY rank LIMIT 20 — on the same FTS5 expression
// Folio builds, so both answer the same question. Filters are left out: written as
// "rowid IN (SELECT ...)" they take the shell 30 s a keystroke at 10k pages.
QString naiveSql(const SearchQuery& query)
{
    return QLatin1String(
               "SELECT rowid, snippet(page_search, -1, '[', ']', '...', 14) FROM page_search "
               "WHERE page_search MATCH ") +
           sqlString(query.ftsExpression()) + QLatin1String(" ORDER BY rank LIMIT 20;\n");
}

// Runs the statements in one sqlite3 process and reads its ".timer on" lines; a shell still
// running after `timeoutMs` is stopped, and the statements it did not finish have no time.
QList<double> runSqliteShell(const QString& database, const QStringList& statements,
                             int timeoutMs = -1)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {database});
    shell.write(".timer on\n");
    for (const QString& statement : statements)
        shell.write(statement.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(timeoutMs)) {
        shell.kill();
        shell.waitForFinished(-1);
    }
    QList<double> times;
    static const QRegularExpression line(QStringLiteral("Run Time: real ([0-9.]+)"));
    for (const QRegularExpressionMatch& match :
         line.globalMatch(QString::fromUtf8(shell.readAllStandardOutput())))
        times << match.captured(1).toDouble() * 1000.0;
    return times;
}

double runRipgrep(const QString& text, const QString& folder)
{
    QProcess rg;
    rg.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    rg.start(QStringLiteral("rg"), {QStringLiteral("-i"), QStringLiteral("-l"),
                                    QStringLiteral("-F"), QStringLiteral("--"), text, folder});
    rg.waitForFinished(-1);
    return double(timer.nsecsElapsed()) / 1e6;
}

// Shared links beside the pages, as a team's chat would add them: each link's label is a page
// title and the message that shared it a stretch of real text, so the same words find pages
// and links; links are shared one to three times, across 40 channels and 300 people.
void addLinks(Database& db, const QList<PageContent>& pages, int count)
{
    if (count <= 0 || pages.isEmpty())
        return;
    LinkStore store(db);
    LinkStore::Import import(store);
    for (int i = 0; i < count; ++i) {
        const PageContent& page = pages.at(i % pages.size());
        for (int share = 0; share <= i % 3; ++share) {
            ChatMessage message;
            message.platform = QStringLiteral("slack");
            message.workspace = QStringLiteral("T0BENCH");
            message.channelId = QStringLiteral("C%1").arg((i + share) % 40);
            message.channelName = QStringLiteral("channel-%1").arg((i + share) % 40);
            message.messageId =
                QStringLiteral("%1.%2").arg(1600000000 + i).arg(share, 6, 10, QLatin1Char('0'));
            message.authorName = QStringLiteral("Person %1").arg((i * 7 + share) % 300);
            message.sentAt = (1600000000LL + i * 30 + share) * 1000;
            message.text = page.body.mid((i * 37) % qMax(1, int(page.body.size()) - 300), 280);
            import.add(message,
                       {{ QStringLiteral("https://site%1.example.com/doc/%2").arg(i % 3000).arg(i),
                          QStringLiteral("site%1.example.com").arg(i % 3000),
                          page.title,
                          LinkOrigin::Text,
                          false,
                          0 }});
        }
    }
    import.commit();
}

void benchmark(bench::CorpusGenerator& generator, int size, int links, const QString& workFolder)
{
    const QString wikiPath = workFolder + QStringLiteral("/bench-%1-%2.folio").arg(size).arg(links);
    const QString markdown = workFolder + QStringLiteral("/md-%1").arg(size);
    const QList<PageContent> pages = generator.pages(size);
    const qint64 bytes = bench::CorpusGenerator::writeMarkdown(pages, markdown);

    // FOLIO_BENCH_DIR keeps the wikis between runs: a second run measures the same file.
    const bool reuse = QFileInfo::exists(wikiPath);
    double importSeconds = 0, rebuildSeconds = 0, linkSeconds = 0;
    if (reuse) {
        WikiFile::open(wikiPath); // brings a kept wiki to the current format
    } else {
        const WikiFile::Opened wiki = WikiFile::open(wikiPath);
        Database& db = *wiki.database;
        PageStore store(db);
        QElapsedTimer timer;
        timer.start();
        store.writeAll(pages, QStringLiteral("bench"));
        importSeconds = double(timer.elapsed()) / 1000.0;
        timer.restart();
        db.exec(QStringLiteral("INSERT INTO page_search (page_search) VALUES ('rebuild')"));
        rebuildSeconds = double(timer.elapsed()) / 1000.0;
        timer.restart();
        addLinks(db, pages, links);
        linkSeconds = double(timer.elapsed()) / 1000.0;
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    std::printf(
        "\n=== %d pages: %.1f MB of Markdown; import with indexing %.1f s; index rebuild alone "
        "%.1f s; wiki file %.1f MB\n",
        size, double(bytes) / 1e6, importSeconds, rebuildSeconds,
        double(QFileInfo(wikiPath).size()) / 1e6);
    if (links > 0)
        std::printf("    and %d shared links (1–3 shares each), written in %.1f s\n", links,
                    linkSeconds);
    std::printf("%-12s %5s | %23s | %17s | %13s | %s\n", "query", "keys", "Folio p50/p95/max ms",
                "naive p50/p95/max", "rg p50/p95", "slower than naive");

    // The app's own read connection, as the search thread has it.
    Database reader(wikiPath, Database::OpenMode::ReadOnly);
    SearchEngine engine(reader);
    Stats folioAll, naiveAll, rgAll;
    // FOLIO_BENCH_ONLY_FOLIO=1 leaves the baselines out, for quick runs while working.
    const bool onlyFolio = qEnvironmentVariableIsSet("FOLIO_BENCH_ONLY_FOLIO");
    int slowerTotal = 0;
    QList<Case> cases = kCases;
    if (links > 0)
        cases << Case{"links only", QStringLiteral("in:links index")};
    for (const Case& c : cases) {
        Stats folio, naive, rg;
        QStringList statements;
        QList<int> statementKeys;
        QList<double> folioTimes;
        for (qsizetype length = 1; length <= c.text.size(); ++length) {
            const QString typed = c.text.left(length);
            QElapsedTimer keystroke;
            keystroke.start();
            SearchQuery query = SearchQuery::parse(typed, true);
            // As readers search (published pages only), unless asked to search as a writer
            // who shows drafts: the two runs measure what leaving drafts out costs.
            query.setIncludesUnpublished(qEnvironmentVariableIsSet("FOLIO_BENCH_WITH_DRAFTS"));
            engine.search(query, 20);
            const double ms = double(keystroke.nsecsElapsed()) / 1e6;
            if (qEnvironmentVariableIsSet("FOLIO_BENCH_VERBOSE")) {
                QElapsedTimer t;
                t.start();
                engine.search(SearchQuery::parse(QStringLiteral("in:pages ") + typed, true), 20);
                const double pagesMs = double(t.nsecsElapsed()) / 1e6;
                t.restart();
                engine.search(SearchQuery::parse(QStringLiteral("in:links ") + typed, true), 20);
                const double linksMs = double(t.nsecsElapsed()) / 1e6;
                std::printf("  %-24s %8.2f ms  pages %8.2f links %8.2f\n", qPrintable(typed), ms,
                            pagesMs, linksMs);
            }
            folio.add(ms);
            folioAll.add(ms);
            folioTimes << ms;
            if (onlyFolio)
                continue;
            if (!query.ftsExpression().isEmpty()) {
                statements << naiveSql(query);
                statementKeys << int(length - 1);
            }
            if (!query.plainText().isEmpty()) {
                const double r = runRipgrep(query.plainText(), markdown);
                rg.add(r);
                rgAll.add(r);
            }
        }
        const QList<double> naiveTimes = runSqliteShell(wikiPath, statements);
        int slower = 0;
        for (qsizetype i = 0; i < naiveTimes.size() && i < statementKeys.size(); ++i) {
            naive.add(naiveTimes.at(i));
            naiveAll.add(naiveTimes.at(i));
            // The shell's timer counts whole milliseconds; give it that much benefit of doubt.
            if (folioTimes.at(statementKeys.at(i)) > naiveTimes.at(i) + 1.0)
                ++slower;
        }
        slowerTotal += slower;
        std::printf("%-12s %5d | %7.2f %7.2f %7.2f | %5.1f %5.1f %5.1f | %6.1f %6.1f | %d\n",
                    c.label, int(c.text.size()), folio.at(0.5), folio.at(0.95), folio.max(),
                    naive.at(0.5), naive.at(0.95), naive.max(), rg.at(0.5), rg.at(0.95), slower);
    }
    std::printf("%-12s %5d | p50 %.2f  p95 %.2f  p99 %.2f  max %.2f ms | naive p50 %.1f p95 %.1f "
                "max %.1f | "
                "rg p50 %.1f p95 %.1f | slower than naive on %d keystrokes\n",
                "ALL", int(folioAll.ms.size()), folioAll.at(0.5), folioAll.at(0.95),
                folioAll.at(0.99), folioAll.max(), naiveAll.at(0.5), naiveAll.at(0.95),
                naiveAll.max(), rgAll.at(0.5), rgAll.at(0.95), slowerTotal);
    std::printf("ripgrep / Folio at the median: %.0fx\n",
                rgAll.at(0.5) / qMax(0.001, folioAll.at(0.5)));
    std::fflush(stdout);
}

// A wiki of ordinary pages plus one huge page (a log or a dump someone imported before pages
// had a size limit), written straight into the file as an older version would have. Snippets
// used to cost the square of a word's occurrences on such a page: 34 s at 4 MB.
void benchmarkHugePage(bench::CorpusGenerator& generator, int megabytes, const QString& folder)
{
    const QString wikiPath = folder + QStringLiteral("/huge-%1.folio").arg(megabytes);
    {
        const WikiFile::Opened wiki = WikiFile::open(wikiPath);
        Database& db = *wiki.database;
        PageStore store(db);
        const QList<PageContent> pages = generator.pages(1000);
        store.writeAll(pages, QStringLiteral("bench"));
        // A service log: every line has "worker" and "error", and words of the manual.
        QString text;
        for (int i = 0; text.size() < megabytes * 1024 * 1024; ++i)
            text += QStringLiteral("2026-11-26T10:%1:%2 worker-%3 error: ")
                        .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                        .arg(i % 60, 2, 10, QLatin1Char('0'))
                        .arg(i % 8) +
                    pages.at(i % pages.size()).body.section(u' ', 0, 9) + u'\n';
        const Page page = store.create(
            PageContent{QStringLiteral("Huge page"), PageKind::Note, {}, QStringLiteral("x")},
            QStringLiteral("bench"));
        Statement revision(db, QStringLiteral("INSERT INTO revisions (page_id, author, created_at, "
                                              "title, kind, body, content_hash) VALUES (?, "
                                              "'bench', 0, 'Huge page', 'note', ?, '')"));
        revision.bind(1, page.id).bind(2, text).run();
        Statement current(db, QStringLiteral("UPDATE pages SET revision_id = ? WHERE id = ?"));
        current.bind(1, db.lastInsertId()).bind(2, page.id).run();
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    Database reader(wikiPath, Database::OpenMode::ReadOnly);
    SearchEngine engine(reader);
    for (const QString& text : {QStringLiteral("error"), QStringLiteral("worker error"),
                                QStringLiteral("table"), QStringLiteral("savepoint")}) {
        const SearchQuery query = SearchQuery::parse(text, false);
        Stats folio;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            engine.search(query, 20);
            folio.add(double(timer.nsecsElapsed()) / 1e6);
        }
        const QList<double> naive = runSqliteShell(wikiPath, {naiveSql(query)}, 120000);
        const QString naiveText = naive.isEmpty()
                                      ? QStringLiteral("> 120 s")
                                      : QStringLiteral("%1 ms").arg(naive.first(), 0, 'f', 0);
        std::printf("%5d MB page | %-12s | Folio p50 %7.2f ms max %7.2f ms | naive %s\n", megabytes,
                    qPrintable(text), folio.at(0.5), folio.max(), qPrintable(naiveText));
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    QList<int> hugePages; // "huge=1,4,50": megabytes of the one huge page in each wiki
    int links = 0;        // "links=500000": shared links added to each wiki
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument.startsWith(QLatin1String("links="))) {
            links = argument.mid(6).toInt();
        } else if (argument.startsWith(QLatin1String("huge="))) {
            for (const QString& size : argument.mid(5).split(u',', Qt::SkipEmptyParts))
                hugePages << size.toInt();
        } else {
            sizes << argument.toInt();
        }
    }
    if (!hugePages.isEmpty()) {
        QTemporaryDir work;
        for (int megabytes : hugePages) {
            bench::CorpusGenerator sized(bench::CorpusGenerator::defaultSource(), 20261125);
            benchmarkHugePage(sized, megabytes, work.path());
        }
        if (sizes.isEmpty())
            return 0;
    }
    if (sizes.isEmpty())
        sizes = {1000, 10000, 100000};
    bench::CorpusGenerator generator(bench::CorpusGenerator::defaultSource(), 20261125);
    if (generator.isEmpty()) {
        std::fprintf(stderr, "no documentation in %s: install postgresql-doc-15 (make deps)\n",
                     qPrintable(bench::CorpusGenerator::defaultSource()));
        return 1;
    }
    std::printf("corpus source: %s (%d titles, %d paragraphs), seed 20261125\n",
                qPrintable(bench::CorpusGenerator::defaultSource()), generator.titleCount(),
                generator.paragraphCount());
    QTemporaryDir work;
    const QString kept = qEnvironmentVariable("FOLIO_BENCH_DIR");
    for (int size : sizes) {
        bench::CorpusGenerator sized(bench::CorpusGenerator::defaultSource(), 20261125);
        benchmark(sized, size, links, kept.isEmpty() ? work.path() : kept);
    }
    return 0;
}
