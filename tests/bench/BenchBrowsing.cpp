#include "CorpusGenerator.h"
#include "HeadlessWebEngine.h"
#include "core/Settings.h"
#include "mainwindow/MainWindow.h"
#include "pages/PageListModel.h"
#include "pages/PageListPanel.h"
#include "store/PageStore.h"
#include "web/FolioScheme.h"
#include "web/PageView.h"
#include "web/WebProfile.h"
#include "wiki/PageDocument.h"
#include "wiki/Wiki.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWebEngineView>

#include <algorithm>
#include <cstdio>

using namespace folio;

// Reading at 100,000 pages, as an agent does: the window started on the wiki until its first
// page is shown, then pages opened from the page list (Enter on a row) until each is loaded,
// and the memory of every process involved (Pss: shared pages counted once). Beside it, in a
// process of its own, a bare QWebEngineView loading the same pages' HTML, prepared before the
// clock starts: what the web engine alone costs.
namespace {

constexpr int kOpens = 200;
constexpr int kStarts = 3;

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}

// Proportional set size of this process and all it started (the web engine's), in MB.
double memoryMb()
{
    QHash<qint64, qint64> parentOf;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("PPid:"))
                parentOf.insert(pid, line.mid(5).trimmed().toLongLong());
    }
    const qint64 self = QCoreApplication::applicationPid();
    double kb = 0;
    for (auto it = parentOf.begin(); it != parentOf.end(); ++it) {
        qint64 pid = it.key();
        while (pid > 1 && pid != self)
            pid = parentOf.value(pid, 0);
        if (pid != self)
            continue;
        QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(it.key()));
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : rollup.readAll().split('\n'))
            if (line.startsWith("Pss:"))
                kb += line.mid(4).trimmed().split(' ').first().toDouble();
    }
    return kb / 1024.0;
}

QStringList sampleTitles(const PageStore& store)
{
    const QStringList all = store.titles();
    QStringList sample;
    for (int i = 0; i < kOpens; ++i)
        sample << all.at(qsizetype(i) * all.size() / kOpens);
    return sample;
}

struct Figures
{
    double startMs = 0; // the slowest of the starts
    double openP50 = 0;
    double openP95 = 0;
    double memory = 0;
};

void print(const char* who, const Figures& figures)
{
    std::printf("  %-22s %10.0f %10.1f %10.1f %12.0f\n", who, figures.startMs, figures.openP50,
                figures.openP95, figures.memory);
    std::fflush(stdout);
}

Figures folioWindow(const QString& wikiPath)
{
    WebProfile profile;
    QTemporaryDir settingsDir;
    const std::unique_ptr<Settings> settings =
        Settings::inFile(settingsDir.filePath(QStringLiteral("settings.ini")));
    Figures figures;
    std::unique_ptr<MainWindow> window;
    for (int start = 0; start < kStarts; ++start) {
        window.reset();
        QElapsedTimer timer;
        timer.start();
        window = std::make_unique<MainWindow>(profile, *settings, Wiki::open(wikiPath));
        QSignalSpy loaded(window->pageView(), &QWebEngineView::loadFinished);
        window->show();
        if (loaded.isEmpty() && !loaded.wait(30000))
            qFatal("the window showed no page");
        figures.startMs = std::max(figures.startMs, msSince(timer));
    }
    QList<double> opens;
    const QStringList titles = sampleTitles(window->wiki().pages());
    QTreeView* list = window->pageList()->pageView();
    for (const QString& title : titles) {
        window->pageList()->select(title);
        QSignalSpy loaded(window->pageView(), &QWebEngineView::loadFinished);
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(list, Qt::Key_Return);
        if (loaded.isEmpty() && !loaded.wait(30000))
            qFatal("a page did not load");
        opens << msSince(timer);
    }
    figures.openP50 = percentile(opens, 0.5);
    figures.openP95 = percentile(opens, 0.95);
    figures.memory = memoryMb();
    return figures;
}

Figures bareView(const QString& wikiPath)
{
    const std::unique_ptr<Wiki> wiki = Wiki::open(wikiPath);
    QList<QByteArray> documents;
    for (const QString& title : sampleTitles(wiki->pages()))
        documents << PageDocument(wiki->pages()).forTitle(title);
    Figures figures;
    std::unique_ptr<QWebEngineView> view;
    for (int start = 0; start < kStarts; ++start) {
        view.reset();
        QElapsedTimer timer;
        timer.start();
        view = std::make_unique<QWebEngineView>();
        QSignalSpy loaded(view.get(), &QWebEngineView::loadFinished);
        view->setHtml(QString::fromUtf8(documents.first()));
        view->show();
        if (loaded.isEmpty() && !loaded.wait(30000))
            qFatal("the bare view showed no page");
        figures.startMs = std::max(figures.startMs, msSince(timer));
    }
    QList<double> opens;
    for (const QByteArray& html : std::as_const(documents)) {
        QSignalSpy loaded(view.get(), &QWebEngineView::loadFinished);
        QElapsedTimer timer;
        timer.start();
        view->setHtml(QString::fromUtf8(html));
        if (loaded.isEmpty() && !loaded.wait(30000))
            qFatal("a page did not load in the bare view");
        opens << msSince(timer);
    }
    figures.openP50 = percentile(opens, 0.5);
    figures.openP95 = percentile(opens, 0.95);
    figures.memory = memoryMb();
    return figures;
}

} // namespace

int main(int argc, char* argv[])
{
    bench::prepareHeadlessWebEngine();
    FolioScheme::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = app.arguments();
    // Each side runs in a process of its own, started by the benchmark, so neither counts
    // the memory of the corpus it was made from or of the other.
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--bare")) {
        print("bare QWebEngineView", bareView(arguments.at(2)));
        return 0;
    }
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--window")) {
        print("Folio window", folioWindow(arguments.at(2)));
        return 0;
    }
    const int pages = arguments.size() > 1 ? arguments.at(1).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wiki.folio"));
    {
        bench::CorpusGenerator generator(bench::CorpusGenerator::defaultSource(), 20261127);
        const std::unique_ptr<Wiki> wiki = Wiki::open(path);
        wiki->pages().writeAll(generator.pages(pages), QStringLiteral("bench"));
    }
    std::printf("%d pages; start: window shown to its first page loaded (slowest of %d); open: "
                "Enter on a row of the page list to the page loaded (%d pages)\n",
                pages, kStarts, kOpens);
    std::printf("  %-22s %10s %10s %10s %12s\n", "", "start ms", "open p50", "open p95",
                "memory MB");
    std::fflush(stdout);
    for (const QString& side : {QStringLiteral("--bare"), QStringLiteral("--window")}) {
        QProcess run;
        run.setProcessChannelMode(QProcess::ForwardedOutputChannel);
        run.start(QCoreApplication::applicationFilePath(), {side, path});
        run.waitForFinished(-1);
    }
    return 0;
}
