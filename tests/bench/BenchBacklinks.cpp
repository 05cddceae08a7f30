#include "CorpusGenerator.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/WikiFile.h"
#include "wiki/Backlinks.h"
#include "wiki/PageDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace folio;

// What "Linked from" and unlinked mentions add to opening a page on a large wiki: the page
// document without them (rendering alone) beside the backlink search, per page, for pages
// picked at random and for the titles the most pages name.
namespace {

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}

void run(int pages)
{
    QTemporaryDir dir;
    bench::CorpusGenerator generator(bench::CorpusGenerator::defaultSource(), 20261127);
    QList<PageContent> corpus = generator.pages(pages);
    // One page in five links to another page, as a wiki that is used does; every fiftieth
    // links to the same hub.
    for (qsizetype i = 0; i < corpus.size(); i += 5)
        corpus[i].body += QStringLiteral("\n\nSee also [[%1]] and [[%2]].\n")
                              .arg(corpus.at((i * 7919) % corpus.size()).title,
                                   corpus.at(i % 50 == 0 ? 0 : (i * 104729) % corpus.size()).title);
    const std::unique_ptr<Database> db =
        WikiFile::open(dir.filePath(QStringLiteral("wiki.folio"))).database;
    PageStore store(*db);
    store.writeAll(corpus, QStringLiteral("bench"));

    QList<double> render, backlinks;
    int linked = 0, mentioned = 0;
    const auto measure = [&](const QString& title) {
        const std::optional<Page> page = store.find(title);
        QElapsedTimer timer;
        timer.start();
        const QByteArray html = PageDocument(store).forPage(*page);
        render << msSince(timer);
        timer.restart();
        const Backlinks found = BacklinkFinder(store).find(page->id, page->content.title);
        backlinks << msSince(timer);
        linked += int(found.linkedFrom.size());
        mentioned += int(found.mentionedIn.size()) + found.moreMentions;
        return found;
    };
    for (int i = 0; i < 300; ++i)
        measure(corpus.at((qsizetype(i) * 2654435761u) % corpus.size()).title);
    std::printf("%d pages, 300 pages opened at random (%d links, %d mentions found):\n", pages,
                linked, mentioned);
    std::printf("  %-28s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms\n", "page document alone",
                percentile(render, 0.5), percentile(render, 0.95), percentile(render, 1.0));
    std::printf("  %-28s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms\n", "backlinks",
                percentile(backlinks, 0.5), percentile(backlinks, 0.95),
                percentile(backlinks, 1.0));
    // The worst case: titles of one common word, named by a large share of the pages.
    for (const QString& title :
         {corpus.at(0).title, QStringLiteral("SELECT"), QStringLiteral("Indexes"),
          QStringLiteral("CREATE TABLE"), QStringLiteral("Data Types")}) {
        if (!store.find(title))
            continue;
        render.clear();
        backlinks.clear();
        const Backlinks found = measure(title);
        std::printf("  %-28s document %7.2f ms  backlinks %7.2f ms  (%d linked, %d mentions)\n",
                    qPrintable(title.left(28)), render.value(0), backlinks.value(0),
                    int(found.linkedFrom.size()),
                    int(found.mentionedIn.size()) + found.moreMentions);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int pages = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    if (bench::CorpusGenerator(bench::CorpusGenerator::defaultSource(), 1).isEmpty()) {
        std::fprintf(stderr, "BenchBacklinks: the corpus (postgresql-doc-15) is not installed\n");
        return 1;
    }
    run(pages);
    return 0;
}
