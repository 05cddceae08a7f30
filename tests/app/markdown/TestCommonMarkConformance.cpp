#include "markdown/MarkdownRenderer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <md4c-html.h>

using namespace folio;

// Runs every example of the CommonMark 0.30 spec through plain md4c and through Folio's
// renderer (wiki links on, same dialect otherwise): wherever plain md4c gives the spec's
// answer, Folio must give exactly the same output.
class TestCommonMarkConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wikiLinksChangeNoPassingExample();

private:
    struct Example
    {
        int number = 0;
        QString section;
        QByteArray markdown;
        QByteArray html;
    };
    static QList<Example> parseSpec(const QByteArray& spec);
    static QByteArray plainMd4c(const QByteArray& markdown, unsigned flags);
    static QString normalized(const QByteArray& html);

    QList<Example> m_examples;
};

QList<TestCommonMarkConformance::Example>
TestCommonMarkConformance::parseSpec(const QByteArray& spec)
{
    const QByteArray fence(32, '`');
    QList<Example> examples;
    QString section;
    Example current;
    enum { Outside, Markdown, Html } state = Outside;
    for (const QByteArray& line : spec.split('\n')) {
        if (state == Outside) {
            if (line.startsWith('#'))
                section = QString::fromUtf8(line).remove(u'#').trimmed();
            if (line == fence + " example") {
                current = Example{int(examples.size()) + 1, section, {}, {}};
                state = Markdown;
            }
        } else if (state == Markdown) {
            if (line == ".")
                state = Html;
            else
                current.markdown += line + '\n';
        } else if (line == fence) {
            // The spec shows tabs as arrows so they survive copying.
            current.markdown.replace("\xE2\x86\x92", "\t");
            current.html.replace("\xE2\x86\x92", "\t");
            examples << current;
            state = Outside;
        } else {
            current.html += line + '\n';
        }
    }
    return examples;
}

QByteArray TestCommonMarkConformance::plainMd4c(const QByteArray& markdown, unsigned flags)
{
    QByteArray html;
    md_html(
        markdown.constData(), MD_SIZE(markdown.size()),
        [](const MD_CHAR* text, MD_SIZE size, void* out) {
            static_cast<QByteArray*>(out)->append(text, size);
        },
        &html, flags, MD_HTML_FLAG_SKIP_UTF8_BOM);
    return html;
}

// Like the spec's own test runner, compares HTML up to XHTML slashes and line breaks between
// tags, which md4c places differently without changing the document.
QString TestCommonMarkConformance::normalized(const QByteArray& html)
{
    static const QRegularExpression selfClosing(QStringLiteral(" />"));
    static const QRegularExpression beforeTag(QStringLiteral("\\s*\\n\\s*(?=<)"));
    static const QRegularExpression afterTag(QStringLiteral("(?<=>)\\s*\\n\\s*"));
    QString text = QString::fromUtf8(html);
    text.replace(selfClosing, QStringLiteral(">"));
    text.remove(beforeTag);
    text.remove(afterTag);
    return text;
}

void TestCommonMarkConformance::initTestCase()
{
    QFile spec(QStringLiteral(COMMONMARK_SPEC));
    QVERIFY2(spec.open(QIODevice::ReadOnly), "the build fetches spec.txt with npm; it is missing");
    m_examples = parseSpec(spec.readAll());
    QCOMPARE(m_examples.size(), 652); // every example of CommonMark 0.30
}

void TestCommonMarkConformance::wikiLinksChangeNoPassingExample()
{
    MarkdownRenderer::Options options;
    options.extensions = false; // the CommonMark dialect alone...
    options.rawHtml = true;     // ...which allows raw HTML
    options.headingIds = false;
    options.wikiLinks = true;
    MarkdownRenderer folio(options);
    const unsigned plainFlags = folio.parserFlags() & ~unsigned(MD_FLAG_WIKILINKS);

    int plainPasses = 0;
    int folioPasses = 0;
    QStringList changed;
    for (const Example& example : std::as_const(m_examples)) {
        const QByteArray plain = plainMd4c(example.markdown, plainFlags);
        const QByteArray ours = folio.toHtml(example.markdown);
        const QString expected = normalized(example.html);
        const bool plainPass = normalized(plain) == expected;
        plainPasses += plainPass;
        folioPasses += normalized(ours) == expected;
        if (plainPass && ours != plain)
            changed << QStringLiteral("example %1 (%2)").arg(example.number).arg(example.section);
    }
    qInfo("CommonMark 0.30: %d examples; plain md4c passes %d, Folio passes %d; "
          "Folio changes %d that plain md4c passes",
          int(m_examples.size()), plainPasses, folioPasses, int(changed.size()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1String(", "))));
    QVERIFY(plainPasses > 600); // guards the harness itself: a parsing bug would fail everything
}

QTEST_GUILESS_MAIN(TestCommonMarkConformance)
#include "TestCommonMarkConformance.moc"
