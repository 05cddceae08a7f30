#include "CorpusGenerator.h"
#include "navigation/QuickSwitcher.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/WikiFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace folio;

// The quick switcher (Ctrl+P) on a large wiki: listing the titles when it opens, and each
// keystroke, beside a plain case-insensitive substring filter over the same titles (what a
// filter box does) in the same run.
namespace {

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void run(int pages)
{
    QTemporaryDir dir;
    bench::CorpusGenerator generator(bench::CorpusGenerator::defaultSource(), 20261127);
    const QList<PageContent> corpus = generator.pages(pages);
    const std::unique_ptr<Database> db =
        WikiFile::open(dir.filePath(QStringLiteral("wiki.folio"))).database;
    PageStore store(*db);
    store.writeAll(corpus, QStringLiteral("bench"));

    QElapsedTimer timer;
    timer.start();
    const QStringList titles = store.titles();
    const double listMs = msSince(timer);
    QStringList recent = titles.mid(0, 30);
    std::reverse(recent.begin(), recent.end());

    QuickSwitcher switcher;
    auto* field = switcher.findChild<QLineEdit*>();
    timer.restart();
    switcher.setPages(titles, recent);
    const double openMs = msSince(timer);
    std::printf("%d pages: titles listed from the wiki %.1f ms; switcher filled %.1f ms\n",
                int(titles.size()), listMs, openMs);
    std::printf("  %-14s %14s %16s %10s\n", "typed", "switcher ms", "substring ms", "listed");
    // Typed a key at a time, as a reader does; each row is the slowest key of the word.
    for (const QString& word :
         {QStringLiteral("vacuum"), QStringLiteral("faq"), QStringLiteral("cr ta"),
          QStringLiteral("pg_stat"), QStringLiteral("zzzz")}) {
        field->clear();
        double slowest = 0, slowestSubstring = 0;
        for (qsizetype n = 1; n <= word.size(); ++n) {
            timer.restart();
            field->setText(word.left(n)); // refreshes at once
            slowest = std::max(slowest, msSince(timer));
            timer.restart();
            int found = 0;
            for (const QString& title : std::as_const(titles))
                found += title.contains(word.left(n), Qt::CaseInsensitive) ? 1 : 0;
            slowestSubstring = std::max(slowestSubstring, msSince(timer));
            Q_UNUSED(found);
        }
        std::printf("  %-14s %14.2f %16.2f %10d\n", qPrintable(word), slowest, slowestSubstring,
                    int(switcher.findChild<QListWidget*>()->count()));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int pages = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    bench::CorpusGenerator probe(bench::CorpusGenerator::defaultSource(), 20261127);
    if (probe.isEmpty()) {
        std::fprintf(stderr, "no documentation in %s: install postgresql-doc-15 (make deps)\n",
                     qPrintable(bench::CorpusGenerator::defaultSource()));
        return 1;
    }
    run(pages);
    return 0;
}
