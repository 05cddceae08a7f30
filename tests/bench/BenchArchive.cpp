// Archiving speed: 200 real-looking pages served on loopback, archived by the queue with the
// WebEngine capturer (load, let script settle, Readability, MHTML, store) at concurrency 1,
// 3 and 6, beside a baseline that only loads the same pages in the same engine. Prints pages
// per second and the peak memory over all processes (Folio and Chromium's helpers).
//
//   BenchArchive [PAGES]

#include "HeadlessWebEngine.h"
#include "LoopbackHttpServer.h"
#include "SharedLinks.h"
#include "archive/ArchiveQueue.h"
#include "web/WebPageCapturer.h"
#include "wiki/Wiki.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

#include <cstdio>
#include <unistd.h>

using namespace folio;

namespace {

const char* const kWords[] = {"archive", "browser", "network", "offline", "reader", "support",
                              "guide",   "release", "server",  "client",  "cache",  "latency",
                              "request", "storage", "index",   "search",  "page",   "team",
                              "channel", "export",  "import",  "policy",  "secure", "private"};

QByteArray paragraph(QRandomGenerator& random)
{
    QByteArray text;
    const int words = 40 + int(random.bounded(60));
    for (int i = 0; i < words; ++i) {
        text += kWords[random.bounded(int(std::size(kWords)))];
        text += i % 12 == 11 ? ". " : " ";
    }
    return "<p>" + text + "</p>\n";
}

// A blog-like article: navigation, a sidebar of ads, a header image, paragraphs, a related
// box built by script, a footer; a shared style sheet and images.
QByteArray page(int n, QRandomGenerator& random)
{
    QByteArray body;
    const int paragraphs = 8 + int(random.bounded(10));
    for (int i = 0; i < paragraphs; ++i)
        body += paragraph(random);
    const QByteArray number = QByteArray::number(n);
    return "<!doctype html><html lang=en><head><meta charset=utf-8><title>Article " + number +
           " - Example Engineering Blog</title><link rel=stylesheet href=/site.css>"
           "<meta name=author content=\"Writer " +
           number +
           "\"></head><body><nav><a href=/>Home</a> <a href=/blog>Blog</a> <a href=/jobs>Jobs"
           "</a></nav><aside class=ads><img src=/ad.png> Buy widgets today</aside><main>"
           "<article><h1>Article " +
           number + "</h1><img src=/header" + QByteArray::number(n % 10) + ".png>" + body +
           "</article><div id=related></div></main><footer>Copyright Example. All rights "
           "reserved.</footer><script>document.getElementById('related').innerHTML = "
           "'<h3>Related</h3><ul><li>More on caches</li><li>More on search</li></ul>';"
           "</script></body></html>";
}

QByteArray png()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DA"
                                  "wMDAxMDAwMDAAAANHQEDK+mmyAAAAABJRU5ErkJggg==");
}

qint64 rssKiB(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// This process and every process below it (Chromium's helpers), in KiB.
qint64 treeRssKiB()
{
    QHash<pid_t, pid_t> parents;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const pid_t pid = pid_t(entry.toInt(&ok));
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        parents.insert(pid, pid_t(fields.value(1).toInt()));
    }
    qint64 total = 0;
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        pid_t pid = it.key();
        while (pid > 1 && pid != getpid())
            pid = parents.value(pid, 0);
        if (pid == getpid())
            total += rssKiB(it.key());
    }
    return total;
}

struct Run
{
    double seconds = 0;
    qint64 peakMiB = 0;
    int archived = 0;
};

// Runs `work` until it calls done(), sampling the memory of the process tree meanwhile.
Run measure(const std::function<void(std::function<void()> done)>& work)
{
    Run run;
    QEventLoop loop;
    QTimer sampler;
    qint64 peak = 0;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peak = qMax(peak, treeRssKiB()); });
    sampler.start(100);
    QElapsedTimer clock;
    clock.start();
    work([&] { loop.quit(); });
    loop.exec();
    run.seconds = clock.elapsed() / 1000.0;
    run.peakMiB = qMax(peak, treeRssKiB()) / 1024;
    return run;
}

Run loadOnly(const QList<QUrl>& urls, int concurrency)
{
    QWebEngineProfile profile;
    profile.settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
    qsizetype next = 0;
    int finished = 0;
    std::vector<std::unique_ptr<QWebEnginePage>> pages; // gone before their profile
    const auto loadNext = [&](QWebEnginePage* page) {
        if (next < urls.size())
            page->load(urls.at(next++));
    };
    Run run = measure([&](std::function<void()> done) {
        for (int i = 0; i < concurrency; ++i) {
            pages.push_back(std::make_unique<QWebEnginePage>(&profile));
            QWebEnginePage* page = pages.back().get();
            page->setVisible(true);
            QObject::connect(page, &QWebEnginePage::loadFinished, page, [&, page, done] {
                if (++finished == urls.size())
                    done();
                loadNext(page);
            });
            loadNext(page);
        }
    });
    run.archived = finished;
    QCoreApplication::processEvents();
    return run;
}

Run archive(const QList<QUrl>& urls, int concurrency, const QString& folder)
{
    auto wiki =
        Wiki::open(QDir(folder).filePath(QStringLiteral("bench-%1.folio").arg(concurrency)));
    QStringList addresses;
    for (const QUrl& url : urls)
        addresses << url.toString();
    const QList<qint64> ids = test::shareLinks(wiki->links(), addresses);
    ArchiveStore store(wiki->database());
    store.enqueue(ids);
    WebPageCapturer capturer;
    ArchivePolicy policy;
    policy.allowPrivate = true;
    ArchiveQueue::Options options;
    options.concurrency = concurrency;
    ArchiveQueue queue(store, capturer, policy, options);
    Run run = measure([&](std::function<void()> done) {
        QObject::connect(&queue, &ArchiveQueue::finished, [done] { done(); });
        queue.start();
    });
    run.archived = int(store.counts().archived);
    return run;
}

} // namespace

int main(int argc, char* argv[])
{
    bench::prepareHeadlessWebEngine();
    WebPageCapturer::prepareEngine();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const int pages = argc > 1 ? QByteArray(argv[1]).toInt() : 200;

    test::LoopbackHttpServer server;
    if (!server.listen())
        return 1;
    QRandomGenerator random(42);
    QList<QUrl> urls;
    qint64 bytes = 0;
    for (int i = 0; i < pages; ++i) {
        const QByteArray html = page(i, random);
        bytes += html.size();
        server.route(QStringLiteral("/article/%1").arg(i), html);
        urls << server.url(QStringLiteral("/article/%1").arg(i));
    }
    test::LoopbackHttpServer::Response image;
    image.contentType = "image/png";
    image.body = png();
    server.route(QStringLiteral("/ad.png"), image);
    for (int i = 0; i < 10; ++i)
        server.route(QStringLiteral("/header%1.png").arg(i), image);
    test::LoopbackHttpServer::Response css;
    css.contentType = "text/css";
    css.body = "body{font:16px/1.5 serif;max-width:40em;margin:auto} nav,footer{color:#666}";
    server.route(QStringLiteral("/site.css"), css);

    QTemporaryDir folder;
    std::printf("Archiving %d pages (%lld KB of HTML, each with a style sheet and 2 images) "
                "served on loopback\n\n",
                pages, bytes / 1024);
    std::printf("| concurrency | what | seconds | pages/s | peak MB, all processes |\n");
    std::printf("|---:|---|---:|---:|---:|\n");
    for (const int concurrency : {1, 3, 6}) {
        const Run base = loadOnly(urls, concurrency);
        std::printf("| %d | baseline: load only (WebEngine) | %.1f | %.1f | %lld |\n", concurrency,
                    base.seconds, base.archived / base.seconds, base.peakMiB);
        const Run folio = archive(urls, concurrency, folder.path());
        std::printf("| %d | **Folio: archive** (%d archived) | **%.1f** | **%.1f** | **%lld** |\n",
                    concurrency, folio.archived, folio.seconds, folio.archived / folio.seconds,
                    folio.peakMiB);
        std::fflush(stdout);
    }
    return 0;
}
