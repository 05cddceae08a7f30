#include "CorpusGenerator.h"
#include "store/Database.h"
#include "store/PageStore.h"
#include "store/WikiFile.h"
#include "sync/BundleImport.h"
#include "sync/BundleReader.h"
#include "sync/BundleWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace folio;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    double seconds = 0;
    long peakMB = 0;
    bool ok = false;
};

// Runs a program as a child and measures it as `time` would: wall clock and peak memory.
Run measure(const QStringList& arguments, const QString& workingFolder = {})
{
    QElapsedTimer timer;
    timer.start();
    const pid_t child = fork();
    if (child == 0) {
        if (!workingFolder.isEmpty() && chdir(QFile::encodeName(workingFolder).constData()) != 0)
            _exit(127);
        std::vector<QByteArray> bytes;
        for (const QString& argument : arguments)
            bytes.push_back(QFile::encodeName(argument));
        std::vector<char*> argv;
        for (QByteArray& argument : bytes)
            argv.push_back(argument.data());
        argv.push_back(nullptr);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    return {double(timer.elapsed()) / 1000.0, usage.ru_maxrss / 1024,
            WIFEXITED(status) && WEXITSTATUS(status) == 0};
}

// The phases run as children of the bench, each measured alone.
int exportPhase(const QString& wiki, const QString& bundle)
{
    const WikiFile::Opened opened = WikiFile::open(wiki);
    BundleWriter(*opened.database, QStringLiteral("bench")).write(bundle);
    return 0;
}

int importPhase(const QString& bundle, const QString& wiki)
{
    const WikiFile::Opened opened = WikiFile::open(wiki);
    BundleReader reader(bundle);
    const BundleMerger::Summary summary = BundleImport(*opened.database).run(reader, bundle);
    std::fprintf(stderr, "  (%d new, %d unchanged)\n", summary.added, summary.unchanged);
    return 0;
}

void row(const char* what, const Run& run, int pages)
{
    std::printf("%-52s %9.2f %10.0f %9ld%s\n", what, run.seconds, pages / run.seconds, run.peakMB,
                run.ok ? "" : "   FAILED");
}

} // namespace

// Export and import of a whole wiki as a bundle (folio export / folio import), against tar
// of the same pages as Markdown files in the same run: tar packs (and unpacks) the text alone,
// the floor for moving these pages as files; Folio's bundle also carries every revision,
// checksums, and merges on import.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--export"))
        return exportPhase(args.value(2), args.value(3));
    if (args.value(1) == QLatin1String("--import"))
        return importPhase(args.value(2), args.value(3));
    const int pages = args.size() > 1 ? args.value(1).toInt() : 100000;

    bench::CorpusGenerator generator(bench::CorpusGenerator::defaultSource(), 20261127);
    if (generator.isEmpty()) {
        std::fprintf(stderr, "no documentation in %s: install postgresql-doc-15 (make deps)\n",
                     qPrintable(bench::CorpusGenerator::defaultSource()));
        return 1;
    }
    QTemporaryDir dir;
    const QList<PageContent> corpus = generator.pages(pages);
    const qint64 bytes = bench::CorpusGenerator::writeMarkdown(corpus, dir.filePath(u"docs"_s));
    const QString wiki = dir.filePath(QStringLiteral("laptop.folio"));
    {
        const WikiFile::Opened opened = WikiFile::open(wiki);
        PageStore(*opened.database).writeAll(corpus, QStringLiteral("bench"));
    }
    std::printf("corpus: %d pages, %.1f MB of Markdown; wiki file %.1f MB\n\n", pages,
                double(bytes) / 1e6, double(QFileInfo(wiki).size()) / 1e6);

    const QString self = QCoreApplication::applicationFilePath();
    const QString bundle = dir.filePath(QStringLiteral("laptop.foliobundle"));
    const QString fresh = dir.filePath(QStringLiteral("desktop.folio"));
    std::printf("%-52s %9s %10s %9s\n", "", "seconds", "pages/s", "peak MB");
    row("baseline: tar -cf of the Markdown files",
        measure({u"tar"_s, u"-cf"_s, u"docs.tar"_s, u"docs"_s}, dir.path()), pages);
    row("baseline: tar -czf (compressed, as a bundle is)",
        measure({u"tar"_s, u"-czf"_s, u"docs.tar.gz"_s, u"docs"_s}, dir.path()), pages);
    row("Folio: folio export (whole wiki, compressed)",
        measure({self, u"--export"_s, wiki, bundle}), pages);
    QDir(dir.path()).mkdir(QStringLiteral("untar"));
    row("baseline: tar -xzf",
        measure({u"tar"_s, u"-xzf"_s, u"docs.tar.gz"_s, u"-C"_s, u"untar"_s}, dir.path()), pages);
    row("Folio: folio import into a new wiki", measure({self, u"--import"_s, bundle, fresh}),
        pages);
    row("Folio: folio import again (all unchanged, copy first)",
        measure({self, u"--import"_s, bundle, fresh}), pages);
    std::printf("\nbundle %.1f MB; docs.tar.gz %.1f MB\n", double(QFileInfo(bundle).size()) / 1e6,
                double(QFileInfo(dir.filePath(u"docs.tar.gz"_s)).size()) / 1e6);
    return 0;
}
