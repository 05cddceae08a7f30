#include "cli/ArchiveCommand.h"

#include "archive/ArchiveQueue.h"
#include "archive/ArchiveStore.h"
#include "archive/PageCapturer.h"
#include "cli/CommandArguments.h"
#include "cli/Console.h"
#include "cli/LinksCommand.h"
#include "cli/TerminalProgress.h"
#include "core/Settings.h"
#include "store/LinkStore.h"
#include "wiki/Wiki.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace folio {

namespace {

// What one run did to each link it finished, in the order they finished.
struct Outcome
{
    qint64 linkId = 0;
    ArchiveStatus status = ArchiveStatus::Pending;
};

} // namespace

ArchiveCommand::ArchiveCommand(WikiAccess wiki, const Console& console, CapturerFactory capturers)
    : m_wiki(std::move(wiki)), m_console(console), m_capturers(std::move(capturers))
{
}

int ArchiveCommand::usage(const QString& problem)
{
    m_console.err << m_console.forErr(tr("folio: %1").arg(problem)) << '\n'
                  << tr("Usage: folio archive [--pending | --failed | URL…] [--allow-private] "
                        "[--concurrency N] [--timeout SECONDS]")
                  << '\n';
    return Cli::Usage;
}

int ArchiveCommand::run(const QStringList& arguments)
{
    bool pendingOnly = false;
    bool failedOnly = false;
    bool allowPrivate = false;
    std::optional<int> concurrency;
    std::optional<int> timeoutSeconds;
    QStringList urls;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--pending")) {
            pendingOnly = true;
        } else if (argument == QLatin1String("--failed")) {
            failedOnly = true;
        } else if (argument == QLatin1String("--allow-private")) {
            allowPrivate = true;
        } else if (const auto value = optionValue(arguments, i, QStringLiteral("--concurrency"))) {
            if (!(concurrency = numberIn(*value, 1, 16)))
                return usage(tr("--concurrency takes a number from 1 to 16."));
        } else if (const auto value = optionValue(arguments, i, QStringLiteral("--timeout"))) {
            if (!(timeoutSeconds = numberIn(*value, 5, 3600)))
                return usage(tr("--timeout takes seconds, from 5 to 3600."));
        } else if (argument.startsWith(QLatin1String("--"))) {
            return usage(tr("unknown option “%1”.").arg(argument));
        } else {
            urls << argument;
        }
    }
    if (int(pendingOnly) + int(failedOnly) + int(!urls.isEmpty()) > 1)
        return usage(tr("choose one: --pending, --failed or addresses."));
    if (!m_capturers) {
        m_console.err << tr("folio: this build of Folio cannot archive pages.") << '\n';
        return Cli::Failure;
    }

    Wiki& wiki = m_wiki();
    ArchiveStore store(wiki.database());
    const std::unique_ptr<Settings> settings = Settings::forUser();
    ArchivePolicy policy = ArchivePolicy::fromSettings(*settings);
    policy.allowPrivate = policy.allowPrivate || allowPrivate;
    ArchiveQueue::Options options = ArchiveQueue::fromSettings(*settings);
    options.concurrency = concurrency.value_or(options.concurrency);
    options.timeoutMs = timeoutSeconds ? *timeoutSeconds * 1000 : options.timeoutMs;
    options.maxAttempts = kAttempts;
    options.firstRetryMs = kFirstRetryMs;

    if (!urls.isEmpty()) {
        QList<qint64> ids;
        for (const QString& url : std::as_const(urls)) {
            const std::optional<Link> link = LinksCommand::findLink(wiki.links(), url);
            if (!link) {
                m_console.err << m_console.forErr(tr("folio: no link “%1” was imported.").arg(url))
                              << '\n';
                return Cli::Failure;
            }
            ids << link->id;
        }
        store.enqueue(ids, true); // named links are archived again, the older capture kept
        options.only = ids;
    } else if (failedOnly) {
        options.only = store.retryFailed();
        if (options.only.isEmpty()) {
            m_console.err << tr("No link failed to archive.") << '\n';
            return Cli::Success;
        }
    } else if (!pendingOnly) {
        store.enqueueAll();
    }
    store.makeDueNow(options.only); // retries a window scheduled for later start now
    if (store.pendingCount(options.only) == 0) {
        m_console.err << tr("Nothing to archive: every link was archived or tried. "
                            "“folio archive --failed” tries the failed ones again.")
                      << '\n';
        return Cli::Success;
    }

    const std::unique_ptr<PageCapturer> capturer = m_capturers();
    ArchiveQueue queue(store, *capturer, policy, options);
    QEventLoop loop;
    TerminalProgress progress(m_console.err);
    QList<Outcome> outcomes;
    QString storeError;
    QObject::connect(&queue, &ArchiveQueue::progress, &loop,
                     [&](qint64 done, qint64 total, const QString& url) {
                         // One line that \r redraws: a long address is cut.
                         const QString shown = url.size() > 60 ? url.left(59) + QChar(0x2026) : url;
                         progress.show(m_console.forErr(shown), int(done), int(total));
                     });
    QObject::connect(&queue, &ArchiveQueue::linkFinished, &loop,
                     [&](qint64 id, ArchiveStatus status) {
                         outcomes.append({id, status});
                     });
    QObject::connect(&queue, &ArchiveQueue::finished, &loop, &QEventLoop::quit);
    QObject::connect(&queue, &ArchiveQueue::failed, &loop, [&](const QString& message) {
        storeError = message;
        loop.quit();
    });
    std::optional<InterruptGuard> interruptible(std::in_place);
    QTimer interruptions;
    QObject::connect(&interruptions, &QTimer::timeout, &loop, [&] {
        if (InterruptGuard::interrupted()) {
            queue.pause();
            loop.quit();
        }
    });
    interruptions.start(100);
    queue.start();
    if (queue.isRunning())
        loop.exec();
    interruptible.reset();
    progress.finish();

    // The summary: each link once, with its final state in the wiki.
    int archived = 0, failed = 0, skipped = 0;
    QStringList problems;
    QSet<qint64> seen;
    for (const Outcome& outcome : std::as_const(outcomes)) {
        if (outcome.status == ArchiveStatus::Pending || seen.contains(outcome.linkId))
            continue;
        seen.insert(outcome.linkId);
        const ArchiveState state = store.state(outcome.linkId);
        const QString url = wiki.links().byId(outcome.linkId).value_or(Link()).url;
        switch (state.status) {
        case ArchiveStatus::Archived:
            ++archived;
            break;
        case ArchiveStatus::Failed:
            ++failed;
            problems << tr("  failed   %1\n           %2").arg(url, state.reasonText());
            break;
        case ArchiveStatus::Skipped:
            ++skipped;
            problems << tr("  skipped  %1\n           %2").arg(url, state.reasonText());
            break;
        default:
            break;
        }
    }
    QTextStream& out = m_console.out;
    out << tr("Archived: %1, failed: %2, skipped: %3").arg(archived).arg(failed).arg(skipped)
        << '\n';
    for (const QString& problem : std::as_const(problems))
        out << m_console.forOut(problem) << '\n';
    if (!storeError.isEmpty()) {
        m_console.err << m_console.forErr(tr("folio: %1").arg(storeError)) << '\n';
        return Cli::Failure;
    }
    if (InterruptGuard::interrupted()) {
        m_console.err << tr("Stopped: %n link(s) wait; “folio archive --pending” goes on.", nullptr,
                            int(store.pendingCount(options.only)))
                      << '\n';
        return Cli::Failure;
    }
    return Cli::Success;
}

} // namespace folio
