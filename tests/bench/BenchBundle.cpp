#include "CorpusGenerator.h"
#include "core/LocalTimeZone.h"
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
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace folio;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    double seconds = 0;
    double cpuSeconds = 0; // user + system: what the disk's mood does not change
    long peakMB = 0;
    bool ok = false;
};

// Runs a program as a child and measures it as `time` would: wall clock and peak memory.
// posix_spawn, not fork: a forked child would count the bench's own memory as its peak.
Run measure(const QStringList& arguments, const QString& workingFolder = {})
{
    QStringList command = arguments;
    if (!workingFolder.isEmpty()) // tar's -C would be the same; this keeps the calls alike
        command =
            QStringList{u"sh"_s, u"-c"_s, u"cd \"$0\" && exec \"$@\""_s, workingFolder} + arguments;
    std::vector<QByteArray> bytes;
    for (const QString& argument : command)
        bytes.push_back(QFile::encodeName(argument));
    std::vector<char*> argv;
    for (QByteArray& argument : bytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    // What the phase before left for the disk to write goes first: it would slow this one.
    ::sync();
    QElapsedTimer timer;
    timer.start();
    pid_t child = 0;
    if (posix_spawnp(&child, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        return {};
    // The child's own high-water mark, read while it runs: wait4's would also count the
    // bench's memory, which a spawned child shares until it runs its program.
    long peakKB = 0;
    int status = 0;
    rusage usage = {};
    for (;;) {
        QFile proc(QStringLiteral("/proc/%1/status").arg(child));
        if (proc.open(QIODevice::ReadOnly))
            for (const QByteArray& line : proc.readAll().split('\n'))
                if (line.startsWith("VmHWM:"))
                    peakKB = std::max(peakKB, line.mid(6).trimmed().split(' ').value(0).toLong());
        if (wait4(child, &status, WNOHANG, &usage) == child)
            break;
        usleep(20000);
    }
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return {double(timer.elapsed()) / 1000.0, seconds(usage.ru_utime) + seconds(usage.ru_stime),
            peakKB / 1024, WIFEXITED(status) && WEXITSTATUS(status) == 0};
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
    std::printf("%-52s %9.2f %9.2f %10.0f %9ld%s\n", what, run.seconds, run.cpuSeconds,
                pages / run.seconds, run.peakMB, run.ok ? "" : "   FAILED");
}

} // namespace

// Export and import of a whole wiki as a bundle (folio export / folio import), against tar
// of the same pages as Markdown files in the same run: tar packs (and unpacks) the text alone,
// the floor for moving these pages as files; Folio's bundle also carries every revision,
// checksums, and merges on import.
int main(int argc, char* argv[])
{
    LocalTimeZone::keepLoaded(); // as folio's main() does
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
    // FOLIO_BENCH_DIR keeps the files (to profile a phase alone: --export / --import).
    QTemporaryDir temporary;
    const QString kept = qEnvironmentVariable("FOLIO_BENCH_DIR");
    if (!kept.isEmpty())
        QDir().mkpath(kept);
    const QDir dir(kept.isEmpty() ? temporary.path() : kept);
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
    std::printf("%-52s %9s %9s %10s %9s\n", "", "seconds", "CPU s", "pages/s", "peak MB");
    row("baseline: tar -cf of the Markdown files",
        measure({u"tar"_s, u"-cf"_s, u"docs.tar"_s, u"docs"_s}, dir.absolutePath()), pages);
    row("baseline: tar -czf (compressed, as a bundle is)",
        measure({u"tar"_s, u"-czf"_s, u"docs.tar.gz"_s, u"docs"_s}, dir.absolutePath()), pages);
    row("Folio: folio export (whole wiki, compressed)",
        measure({self, u"--export"_s, wiki, bundle}), pages);
    QDir(dir.absolutePath()).mkdir(QStringLiteral("untar"));
    row("baseline: tar -xzf",
        measure({u"tar"_s, u"-xzf"_s, u"docs.tar.gz"_s, u"-C"_s, u"untar"_s}, dir.absolutePath()),
        pages);
    row("Folio: folio import into a new wiki", measure({self, u"--import"_s, bundle, fresh}),
        pages);
    row("Folio: folio import again (all unchanged, copy first)",
        measure({self, u"--import"_s, bundle, fresh}), pages);
    std::printf("\nbundle %.1f MB; docs.tar.gz %.1f MB\n", double(QFileInfo(bundle).size()) / 1e6,
                double(QFileInfo(dir.filePath(u"docs.tar.gz"_s)).size()) / 1e6);
    return 0;
}
