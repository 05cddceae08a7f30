#include "markdown/CodeHighlighter.h"

#include "markdown/HtmlText.h"

#include <QCache>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace folio {
namespace {

const QString kPrismFolder = QStringLiteral(":/folio/web/prism/");

QString resourceText(const QString& name)
{
    QFile file(kPrismFolder + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList asList(const QJsonValue& value)
{
    if (value.isString())
        return {value.toString()};
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

std::atomic<int> timeLimitMs{CodeHighlighter::kTimeLimitMs};

// Interrupts an engine that runs past its deadline, from a thread of its own (the engine's
// thread is busy in the script). Only an armed engine is interrupted, under the lock, so once
// disarm() returns no late interrupt can reach the next call.
class Watchdog
{
public:
    static Watchdog& instance()
    {
        static Watchdog watchdog;
        return watchdog;
    }
    void arm(QJSEngine* engine, std::chrono::milliseconds limit)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_deadlines[engine] = std::chrono::steady_clock::now() + limit;
        }
        m_wake.notify_all();
    }
    void disarm(QJSEngine* engine)
    {
        const std::lock_guard lock(m_mutex);
        m_deadlines.erase(engine);
    }

private:
    Watchdog() : m_thread([this] { run(); }) {}
    ~Watchdog()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            if (m_deadlines.empty()) {
                m_wake.wait(lock);
                continue;
            }
            auto next = m_deadlines.begin()->second;
            for (const auto& [engine, deadline] : m_deadlines)
                next = std::min(next, deadline);
            m_wake.wait_until(lock, next);
            const auto now = std::chrono::steady_clock::now();
            for (auto it = m_deadlines.begin(); it != m_deadlines.end();) {
                if (it->second <= now) {
                    it->first->setInterrupted(true);
                    it = m_deadlines.erase(it);
                } else {
                    ++it;
                }
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<QJSEngine*, std::chrono::steady_clock::time_point> m_deadlines;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the rest is built
};

// One thread's Prism: the core at once, each language (and what it needs) on first use.
class PrismEngine
{
public:
    PrismEngine()
    {
        const QJsonObject languages =
            QJsonDocument::fromJson(resourceText(QStringLiteral("components.json")).toUtf8())
                .object()
                .value(QStringLiteral("languages"))
                .toObject();
        for (auto it = languages.begin(); it != languages.end(); ++it) {
            if (it.key() == QLatin1String("meta") ||
                !QFile::exists(kPrismFolder + fileName(it.key())))
                continue; // not built in
            const QJsonObject info = it.value().toObject();
            m_requires.insert(it.key(), asList(info.value(QStringLiteral("require"))) +
                                            asList(info.value(QStringLiteral("optional"))));
            m_ids.insert(it.key(), it.key());
            for (const QString& alias : asList(info.value(QStringLiteral("alias"))))
                m_ids.insert(alias, it.key());
        }
        // What fences say that Prism does not call so.
        for (const auto& [name, id] : {std::pair{"c++", "cpp"},
                                       {"cxx", "cpp"},
                                       {"hpp", "cpp"},
                                       {"h", "c"},
                                       {"zsh", "bash"},
                                       {"console", "bash"},
                                       {"shellsession", "bash"},
                                       {"golang", "go"},
                                       {"ps1", "powershell"},
                                       {"jsonc", "json"}})
            if (m_ids.contains(QLatin1String(id)))
                m_ids.insert(QLatin1String(name), QLatin1String(id));
        m_ready = run(resourceText(fileName(QStringLiteral("core"))), QStringLiteral("core")) &&
                  run(resourceText(QStringLiteral("prism-in-qjsengine.js")),
                      QStringLiteral("prism-in-qjsengine"));
        m_prism = m_engine.globalObject().property(QStringLiteral("Prism"));
        m_highlight = m_prism.property(QStringLiteral("highlight"));
        m_fixGreedy = m_engine.globalObject().property(QStringLiteral("folioFixGreedyPatterns"));
        m_ready = m_ready && m_highlight.isCallable() && m_fixGreedy.isCallable();
    }

    std::optional<QString> id(const QString& language) const
    {
        const auto found = m_ids.constFind(language.toLower());
        if (found == m_ids.constEnd())
            return std::nullopt;
        return *found;
    }

    std::optional<QString> highlight(const QString& code, const QString& id)
    {
        if (!m_ready || !load(id))
            return std::nullopt;
        const QJSValue grammar = m_prism.property(QStringLiteral("languages")).property(id);
        Watchdog::instance().arm(&m_engine, std::chrono::milliseconds(timeLimitMs.load()));
        const QJSValue html = m_highlight.call({QJSValue(code), grammar, QJSValue(id)});
        Watchdog::instance().disarm(&m_engine);
        if (m_engine.isInterrupted()) {
            m_engine.setInterrupted(false);
            return std::nullopt;
        }
        if (html.isError() || !html.isString())
            return std::nullopt;
        return html.toString();
    }

private:
    static QString fileName(const QString& id)
    {
        return QLatin1String("prism-") + id + QLatin1String(".js");
    }

    bool run(const QString& script, const QString& name)
    {
        if (script.isEmpty())
            return false;
        return !m_engine.evaluate(script, name).isError();
    }

    bool load(const QString& id)
    {
        if (m_loaded.contains(id))
            return true;
        if (m_failed.contains(id) || !m_requires.contains(id))
            return false;
        m_loaded.insert(id); // a language that needs itself through another stops here
        for (const QString& needed : m_requires.value(id))
            if (m_requires.contains(needed))
                load(needed);
        // QJSEngine's RegExp.source escapes "/" twice, which breaks Prism's copies of its
        // greedy patterns: they are made global here, from the RegExp itself.
        if (!run(resourceText(fileName(id)), id) || m_fixGreedy.call().isError()) {
            m_loaded.remove(id);
            m_failed.insert(id);
            return false;
        }
        return true;
    }

    QJSEngine m_engine;
    QJSValue m_prism;
    QJSValue m_highlight;
    QJSValue m_fixGreedy;
    bool m_ready = false;
    QHash<QString, QString> m_ids;          // name or alias -> language id
    QHash<QString, QStringList> m_requires; // language id -> what it needs loaded first
    QSet<QString> m_loaded;
    QSet<QString> m_failed;
};

PrismEngine& engine()
{
    thread_local std::unique_ptr<PrismEngine> prism;
    if (!prism)
        prism = std::make_unique<PrismEngine>();
    return *prism;
}

// Blocks already coloured on this thread: opening a page again costs nothing.
QCache<QByteArray, QString>& cache()
{
    thread_local QCache<QByteArray, QString> blocks(4 * 1024 * 1024); // cost: characters
    return blocks;
}

} // namespace

void CodeHighlighter::setTimeLimitForTesting(int milliseconds)
{
    timeLimitMs = milliseconds > 0 ? milliseconds : kTimeLimitMs;
}

std::optional<QString> CodeHighlighter::languageId(const QString& fenceLanguage)
{
    return engine().id(fenceLanguage);
}

std::optional<QString> CodeHighlighter::highlight(const QString& code, const QString& language)
{
    if (code.size() > kMaxBlockChars)
        return std::nullopt;
    const std::optional<QString> id = languageId(language);
    if (!id)
        return std::nullopt;
    QCryptographicHash key(QCryptographicHash::Sha1);
    key.addData(id->toUtf8());
    key.addData(QByteArrayView("\n", 1));
    key.addData(code.toUtf8());
    const QByteArray digest = key.result();
    if (const QString* known = cache().object(digest)) {
        if (known->isNull()) // tried before, and stopped or failed: not tried on every open
            return std::nullopt;
        return *known;
    }
    std::optional<QString> html = engine().highlight(code, *id);
    cache().insert(digest, new QString(html ? *html : QString()),
                   int(qMax<qsizetype>(1, qMin<qsizetype>(html ? html->size() : 1, 1 << 30))));
    return html;
}

QByteArray CodeHighlighter::apply(const QByteArray& html)
{
    static const QByteArray open = QByteArrayLiteral("<pre><code class=\"language-");
    static const QByteArray close = QByteArrayLiteral("</code></pre>");
    // QJSEngine needs an application object; without one (a bare tool) code stays plain.
    if (!html.contains(open) || !QCoreApplication::instance())
        return html;
    QByteArray result;
    result.reserve(html.size() + html.size() / 2);
    qsizetype done = 0, budget = kMaxPageChars;
    for (qsizetype at = html.indexOf(open); at >= 0; at = html.indexOf(open, done)) {
        const qsizetype languageStart = at + open.size();
        const qsizetype languageEnd = html.indexOf('"', languageStart);
        const qsizetype codeStart = html.indexOf('>', languageEnd) + 1;
        const qsizetype codeEnd = html.indexOf(close, codeStart);
        if (languageEnd < 0 || codeStart <= 0 || codeEnd < 0)
            break;
        // md4c escapes the text (&amp; &lt; &gt; &quot;): Prism gets it back as typed.
        const QString code = HtmlText::unescaped(html.mid(codeStart, codeEnd - codeStart));
        const QString language =
            HtmlText::unescaped(html.mid(languageStart, languageEnd - languageStart));
        std::optional<QString> coloured;
        if (code.size() <= budget)
            coloured = highlight(code, language);
        result += html.mid(done, codeStart - done);
        if (coloured) {
            budget -= code.size();
            result += coloured->toUtf8();
        } else {
            result += html.mid(codeStart, codeEnd - codeStart);
        }
        done = codeEnd;
    }
    result += html.mid(done);
    return result;
}

} // namespace folio
