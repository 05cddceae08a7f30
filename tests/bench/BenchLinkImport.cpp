#include "links/LinkImporter.h"
#include "links/UrlNormalizer.h"
#include "links/formats/ExportArchive.h"
#include "links/formats/Json.h"
#include "links/formats/SlackExport.h"
#include "store/LinkStore.h"
#include "wiki/Wiki.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace folio;

namespace {

// A Slack-shaped export: users.json, channels.json, a folder per channel of day files of
// 1,000 messages. Messages are what real channels hold: text with one link in 70% of them
// (in the mrkdwn text and in a rich_text block), a preview attachment in half of those, and
// chat without links in the rest. Links are drawn from `links` distinct URLs, the popular
// ones shared far more often (a power law).
qint64 writeExport(const QString& root, int messages, int links)
{
    QRandomGenerator random(20261126);
    QDir().mkpath(root);
    QByteArray users = "[";
    for (int u = 0; u < 300; ++u)
        users += QStringLiteral(
                     "%1{\"id\":\"U%2\",\"team_id\":\"T0BENCH\",\"name\":\"user%2\","
                     "\"profile\":{\"display_name\":\"User %2\",\"real_name\":\"Person %2\"}}")
                     .arg(u ? QStringLiteral(",") : QString())
                     .arg(u)
                     .toUtf8();
    users += "]";
    {
        QFile file(root + QStringLiteral("/users.json"));
        file.open(QIODevice::WriteOnly);
        file.write(users);
    }
    const int channels = 40;
    QByteArray list = "[";
    for (int c = 0; c < channels; ++c)
        list += QStringLiteral("%1{\"id\":\"C%2\",\"name\":\"channel-%2\"}")
                    .arg(c ? QStringLiteral(",") : QString())
                    .arg(c)
                    .toUtf8();
    list += "]";
    {
        QFile file(root + QStringLiteral("/channels.json"));
        file.open(QIODevice::WriteOnly);
        file.write(list);
    }
    const QStringList words =
        QStringLiteral(
            "deploy staging release build broken fixed review please look docs guide update "
            "incident postmortem customer ticket latency dashboard query index cache config")
            .split(u' ');
    qint64 bytes = 0;
    const int perFile = 1000;
    qint64 ts = 1600000000;
    for (int start = 0; start < messages; start += perFile) {
        const int channel = (start / perFile) % channels;
        const QString day =
            QDate(2020, 1, 1).addDays(start / perFile / channels).toString(Qt::ISODate);
        QByteArray json = "[\n";
        for (int m = start; m < qMin(messages, start + perFile); ++m) {
            ts += 1 + random.bounded(30);
            QString text;
            for (int w = 0; w < 6 + random.bounded(10); ++w)
                text += words.at(random.bounded(words.size())) + u' ';
            QByteArray message =
                QStringLiteral("{\"type\":\"message\",\"user\":\"U%1\",\"ts\":\"%2.%3\"")
                    .arg(random.bounded(300))
                    .arg(ts)
                    .arg(m % 1000000, 6, 10, QLatin1Char('0'))
                    .toUtf8();
            if (random.bounded(100) < 70) {
                // Power law: a few links are shared very often, most once or twice.
                const double u = random.generateDouble();
                const int link = int(double(links) * u * u * u) % links;
                const QString url =
                    QStringLiteral("https://site%1.example.com/articles/%2?utm_source=slack")
                        .arg(link % 2000)
                        .arg(link);
                message += QStringLiteral(",\"text\":\"%1<%2|Article %3> %1\"")
                               .arg(text, url)
                               .arg(link)
                               .toUtf8();
                message +=
                    QStringLiteral(
                        ",\"blocks\":[{\"type\":\"rich_text\",\"elements\":[{\"type\":"
                        "\"rich_text_section\",\"elements\":[{\"type\":\"text\",\"text\":\"%1\"},"
                        "{\"type\":\"link\",\"url\":\"%2\",\"text\":\"Article %3\"}]}]}]")
                        .arg(text, url)
                        .arg(link)
                        .toUtf8();
                if (random.bounded(2))
                    message += QStringLiteral(
                                   ",\"attachments\":[{\"from_url\":\"%1\",\"title\":\"Article %2 "
                                   "title\",\"text\":\"A preview of the article.\",\"image_url\":"
                                   "\"https://site.example.com/i/%2.png\"}]")
                                   .arg(url)
                                   .arg(link)
                                   .toUtf8();
            } else {
                message += QStringLiteral(",\"text\":\"%1\"").arg(text).toUtf8();
            }
            message += "}";
            json += message;
            json += m + 1 < qMin(messages, start + perFile) ? ",\n" : "\n";
        }
        json += "]\n";
        const QString folder = root + QStringLiteral("/channel-%1").arg(channel);
        QDir().mkpath(folder);
        QFile file(folder + u'/' + day + QStringLiteral(".json"));
        file.open(QIODevice::WriteOnly);
        file.write(json);
        bytes += json.size();
    }
    return bytes;
}

struct Run
{
    double seconds = 0;
    long peakKb = 0;
    int status = 0;
};

// Runs `work` in a child process: its wall time and peak memory, unmixed with the others'.
Run inChild(const std::function<int()>& work)
{
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int code = work();
        std::fflush(stdout);
        _exit(code);
    }
    int status = 0;
    rusage usage = {};
    wait4(pid, &status, 0, &usage);
    return {double(timer.elapsed()) / 1000.0, usage.ru_maxrss, WEXITSTATUS(status)};
}

} // namespace

// `folio import-links` on a generated Slack export of N messages (default 1,000,000) sharing
// L distinct links (default 100,000), beside a baseline that only reads and parses the same
// JSON with simdjson (the floor any importer pays), in the same run.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const int links = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100000;
    QTemporaryDir dir;
    // FOLIO_BENCH_DIR keeps the export between runs (one per size).
    const QString kept = qEnvironmentVariable("FOLIO_BENCH_DIR");
    const QString root = (kept.isEmpty() ? dir.path() : kept) +
                         QStringLiteral("/slack-export-%1-%2").arg(messages).arg(links);
    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = QFileInfo::exists(root) ? 0 : writeExport(root, messages, links);
    std::printf("export: %d messages, %d distinct links drawn, %.0f MB of JSON in %d day files "
                "(generated in %.1f s)\n",
                messages, links, double(bytes) / 1e6, (messages + 999) / 1000,
                double(timer.elapsed()) / 1000.0);

    const Run parse = inChild([&] {
        JsonDocument document;
        qint64 items = 0;
        QDirIterator files(root, {QStringLiteral("*.json")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                return 1;
            const JsonValue value = document.parse(file.readAll());
            items += qint64(value.size());
        }
        return items > 0 ? 0 : 1;
    });

    const Run qtParse = inChild([&] {
        qint64 items = 0;
        QDirIterator files(root, {QStringLiteral("*.json")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                return 1;
            items += QJsonDocument::fromJson(file.readAll()).array().size();
        }
        return items > 0 ? 0 : 1;
    });

    // Folio's Slack reader alone (messages and their URLs, nothing normalised or stored), then
    // with every URL normalised: where the import's time goes.
    struct Counter : ExportSink
    {
        bool normalise = false;
        qint64 urls = 0;
        void message(ChatMessage& message) override
        {
            for (const FoundLink& link : message.links)
                urls += normalise ? UrlNormalizer::normalize(link.url).isKept() : 1;
        }
        void problem(const ImportProblem&) override {}
    };
    const auto readOnly = [&](bool normalise) {
        return inChild([&] {
            Counter counter;
            counter.normalise = normalise;
            const auto archive = ExportArchive::open(root);
            SlackExport().read(*archive, counter);
            return counter.urls > 0 ? 0 : 1;
        });
    };
    const Run read = readOnly(false);
    const Run normalised = readOnly(true);

    const QString wiki = dir.filePath(QStringLiteral("bench.folio"));
    const Run import = inChild([&] {
        auto opened = Wiki::open(wiki);
        const LinkImporter::Report report =
            LinkImporter(opened->database()).import(root, {}, {}, QStringLiteral("bench"));
        std::printf("import: %lld messages read, %lld links kept, %d new links, %d new shares\n",
                    report.messages, report.linksFound, report.newLinks, report.newShares);
        std::fflush(stdout);
        return 0;
    });
    const Run again = inChild([&] {
        auto opened = Wiki::open(wiki);
        const LinkImporter::Report report =
            LinkImporter(opened->database()).import(root, {}, {}, QStringLiteral("bench"));
        return report.newShares == 0 ? 0 : 1;
    });
    const Run query = inChild([&] {
        auto opened = Wiki::open(wiki);
        QElapsedTimer t;
        t.start();
        LinkQuery newest;
        const auto page = opened->links().list(newest, 0, 200);
        const double listMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const qint64 total = opened->links().count(newest);
        const double countMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        LinkQuery words;
        words.words = QStringLiteral("article 4242");
        const auto found = opened->links().list(words, 0, 50);
        const double searchMs = double(t.nsecsElapsed()) / 1e6;
        std::printf("panel: first 200 of %lld links in %.1f ms, count in %.1f ms, a word search in "
                    "%.1f ms (%zu hits)\n",
                    total, listMs, countMs, searchMs, found.size());
        return page.size() == 200 ? 0 : 1;
    });

    std::printf("\n%-36s %10s %12s\n", "", "seconds", "peak MB");
    std::printf("%-36s %10.1f %12.0f\n", "baseline: read + parse (simdjson)", parse.seconds,
                double(parse.peakKb) / 1024.0);
    std::printf("%-36s %10.1f %12.0f\n", "baseline: read + parse (QJsonDocument)", qtParse.seconds,
                double(qtParse.peakKb) / 1024.0);
    std::printf("%-36s %10.1f %12.0f\n", "Folio Slack reader only", read.seconds,
                double(read.peakKb) / 1024.0);
    std::printf("%-36s %10.1f %12.0f\n", "Folio reader + URL normaliser", normalised.seconds,
                double(normalised.peakKb) / 1024.0);
    std::printf("%-36s %10.1f %12.0f\n", "Folio import-links", import.seconds,
                double(import.peakKb) / 1024.0);
    std::printf("%-36s %10.1f %12.0f\n", "Folio import-links again (no change)", again.seconds,
                double(again.peakKb) / 1024.0);
    std::printf(
        "Folio ÷ simdjson baseline: %.1f×; ÷ QJsonDocument baseline: %.1f×; wiki file %.0f MB\n",
        import.seconds / parse.seconds, import.seconds / qtParse.seconds,
        double(QFileInfo(wiki).size()) / 1e6);
    return parse.status || qtParse.status || import.status || again.status || query.status;
}
