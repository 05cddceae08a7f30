#include "CorpusGenerator.h"
#include "importers/MarkdownFolderImporter.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/WikiFile.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace folio;

// `page import DIR` on a generated folder of N pages, against two baselines in the same run:
// only reading the files (the floor any importer pays), and the naive way, one transaction per
// page (what a store without bulk writes does).
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int pages = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int naivePages = qMin(pages, 2000);

    bench::CorpusGenerator generator(bench::CorpusGenerator::defaultSource(), 20261125);
    if (generator.isEmpty()) {
        std::fprintf(stderr, "no documentation in %s: install postgresql-doc-15 (make deps)\n",
                     qPrintable(bench::CorpusGenerator::defaultSource()));
        return 1;
    }
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("docs"));
    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = bench::CorpusGenerator::writeMarkdown(generator.pages(pages), folder);
    std::printf("corpus: %d pages, %.1f MB of Markdown from %d real paragraphs and %d titles "
                "(generated in %.1f s)\n",
                pages, double(bytes) / 1e6, generator.paragraphCount(), generator.titleCount(),
                double(timer.elapsed()) / 1000.0);

    // Baseline 1: read every file, nothing else.
    timer.restart();
    qint64 read = 0;
    QDirIterator files(folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            read += file.readAll().size();
    }
    const double readSeconds = double(timer.elapsed()) / 1000.0;

    // Folio: the importer behind `folio page import`, one transaction.
    const QString wikiPath = dir.filePath(QStringLiteral("bench.folio"));
    double importSeconds = 0;
    double reimportSeconds = 0;
    {
        const WikiFile::Opened wiki = WikiFile::open(wikiPath);
        PageStore store(*wiki.database);
        timer.restart();
        const auto result = MarkdownFolderImporter(store).import(folder, QStringLiteral("bench"));
        importSeconds = double(timer.elapsed()) / 1000.0;
        if (result.pages.created != pages) {
            std::fprintf(stderr, "imported %d pages, expected %d\n", result.pages.created, pages);
            return 1;
        }
        // The same folder again, unchanged: every file is compared with its page.
        timer.restart();
        const auto again = MarkdownFolderImporter(store).import(folder, QStringLiteral("bench"));
        reimportSeconds = double(timer.elapsed()) / 1000.0;
        if (again.pages.unchanged != pages) {
            std::fprintf(stderr, "re-import changed %d pages\n", pages - again.pages.unchanged);
            return 1;
        }
    }
    const double megabytes = double(QFileInfo(wikiPath).size()) / 1e6;

    // Baseline 2: the naive import, a transaction per page, on the first pages only.
    double naiveSeconds = 0;
    {
        const WikiFile::Opened wiki = WikiFile::open(dir.filePath(QStringLiteral("naive.folio")));
        PageStore store(*wiki.database);
        QDirIterator it(folder, {QStringLiteral("*.md")}, QDir::Files,
                        QDirIterator::Subdirectories);
        timer.restart();
        for (int n = 0; n < naivePages && it.hasNext(); ++n) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            store.create(MarkdownFolderImporter::pageFrom(file.fileName(),
                                                          QString::fromUtf8(file.readAll())),
                         QStringLiteral("bench"));
        }
        naiveSeconds = double(timer.elapsed()) / 1000.0;
    }
    const double naivePerPage = naiveSeconds / naivePages;

    std::printf("\n%-44s %10s %12s\n", "import of the same folder", "seconds", "pages/s");
    std::printf("%-44s %10.2f %12.0f\n", "baseline: read the files only", readSeconds,
                pages / readSeconds);
    std::printf("%-44s %10.2f %12.0f\n", "Folio: folio page import (one transaction)",
                importSeconds, pages / importSeconds);
    std::printf("%-44s %10.2f %12.0f\n", "Folio: the same folder again, unchanged", reimportSeconds,
                pages / reimportSeconds);
    std::printf("%-44s %10.2f %12.0f   (measured on %d pages, %.2f ms each)\n",
                "baseline: one transaction per page", naivePerPage * pages, 1.0 / naivePerPage,
                naivePages, naivePerPage * 1000.0);
    std::printf("\nwiki file: %.1f MB (%.1f MB read)\n", megabytes, double(read) / 1e6);
    return 0;
}
