#include "markdown/MarkdownRenderer.h"
#include "store/PageStore.h"
#include "wiki/PageDocument.h"
#include "wiki/Wiki.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <md4c-html.h>

using namespace folio;

// Rendering a page, Folio's whole path (md4c, wiki links looked up in the wiki, heading ids,
// safe URLs, the page document) beside plain md4c-html on the same text, for pages that are
// ordinary and pages built to hit every step's worst case. Each step must stay linear.
namespace {

struct Case
{
    const char* label;
    QString markdown;
};

QList<Case> cases()
{
    QString links;
    for (int i = 0; i < 20000; ++i)
        links += QStringLiteral("- [[Page %1]]\n").arg(i);
    QString definitions;
    for (int i = 0; i < 20000; ++i)
        definitions += QStringLiteral("[d%1]: /u\n").arg(i);
    definitions += QStringLiteral("[[x]]\n");
    QString guide;
    for (int i = 0; i < 200; ++i)
        guide += QStringLiteral(
                     "## Step %1\n\nRun the tool, then check the [log](https://example.org/%1) "
                     "and the [[Welcome to Folio|welcome page]].\n\n")
                     .arg(i);
    // Code in colour (CodeHighlighter): the first page starts the thread's engine and loads
    // each language; the same page again comes from the cache; a page of new code pays Prism.
    QString code;
    const char* languages[] = {"cpp", "python", "bash", "json", "yaml"};
    for (int i = 0; i < 10; ++i)
        code += QStringLiteral("```%1\n// step %2\nint f%2(int x) { return x * %2; } \"s\" # c\n"
                               "```\n\n")
                    .arg(QLatin1String(languages[i % 5]))
                    .arg(i);
    QString newCode;
    for (int i = 0; i < 10; ++i)
        newCode += QStringLiteral("```cpp\n// other step %1\nint g%1(int y) { return y + %1; }\n"
                                  "```\n\n")
                       .arg(i);
    const QString line = QStringLiteral("for (int i = 0; i < n; ++i) total += values[i]; // sum\n");
    const QString biggest = QStringLiteral("```cpp\n") +
                            line.repeated(16 * 1024 / int(line.size())) + QStringLiteral("```\n");
    QString manyBlocks;
    for (int i = 0; i < 2000; ++i)
        manyBlocks += QStringLiteral("```cpp\nint v%1 = %1;\n```\n\n").arg(i);
    return {
        {"10 code blocks, 5 languages, first", code},
        {"the same page again", code},
        {"10 new C++ blocks", newCode},
        {"one 16 KB C++ block", biggest},
        {"2,000 code blocks (32 KB coloured)", manyBlocks},
        {"a long guide, 200 sections", guide},
        {"40,000 headings alike", QStringLiteral("# a\n").repeated(40000)},
        {"80,000 links", QStringLiteral("[a](b) ").repeated(80000)},
        {"80,000 autolinks", QStringLiteral("<https://a.b> ").repeated(80000)},
        {"40,000 wiki links, one page", QStringLiteral("[[same]] ").repeated(40000)},
        {"20,000 wiki links, all different", links},
        {"20,000 definitions and a wiki link", definitions},
    };
}

double milliseconds(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const std::unique_ptr<Wiki> wiki = Wiki::open(dir.filePath(QStringLiteral("render.folio")));
    std::printf("%-36s %8s | %12s %12s\n", "page", "KB", "md4c-html ms", "Folio ms");
    for (const Case& c : cases()) {
        const QByteArray utf8 = c.markdown.toUtf8();
        const double plain = milliseconds([&] {
            QByteArray html;
            md_html(
                utf8.constData(), MD_SIZE(utf8.size()),
                [](const MD_CHAR* text, MD_SIZE size, void* out) {
                    static_cast<QByteArray*>(out)->append(text, qsizetype(size));
                },
                &html,
                MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS |
                    MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_WIKILINKS | MD_FLAG_NOHTML,
                0);
        });
        Page page;
        page.content = PageContent{QString::fromLatin1(c.label), PageKind::Note, {}, c.markdown};
        page.updatedAt = QDateTime::currentDateTimeUtc();
        const double folio = milliseconds([&] { PageDocument(wiki->pages()).forPage(page); });
        std::printf("%-36s %8.0f | %12.1f %12.1f\n", c.label, double(utf8.size()) / 1024.0, plain,
                    folio);
        std::fflush(stdout);
    }
    return 0;
}
