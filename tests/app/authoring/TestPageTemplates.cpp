#include "authoring/PageTemplates.h"
#include "store/PageStore.h"
#include "wiki/Wiki.h"

#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestPageTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theStarterWikiShipsGuideFaqAndBestPractice();
    void anyPageTaggedTemplateIsOne();
    void aNewPageTakesKindTagsAndFilledInText();

private:
    QTemporaryDir m_dir;
};

void TestPageTemplates::theStarterWikiShipsGuideFaqAndBestPractice()
{
    const auto wiki = Wiki::open(m_dir.filePath(QStringLiteral("starter.folio")));
    QStringList titles;
    QSet<PageKind> kinds;
    for (const PageSummary& page : PageTemplates::list(wiki->pages())) {
        titles << page.title;
        kinds << page.kind;
    }
    QCOMPARE(titles,
             (QStringList{QStringLiteral("Template: Best practice"),
                          QStringLiteral("Template: FAQ"), QStringLiteral("Template: Guide")}));
    QCOMPARE(kinds, (QSet<PageKind>{PageKind::Guide, PageKind::Faq, PageKind::BestPractice}));
}

void TestPageTemplates::anyPageTaggedTemplateIsOne()
{
    const auto wiki = Wiki::open(m_dir.filePath(QStringLiteral("own.folio")));
    PageStore& pages = wiki->pages();
    const Page incident = pages.create({QStringLiteral("Incident report"),
                                        PageKind::Note,
                                        {QStringLiteral("template"), QStringLiteral("ops")},
                                        QStringLiteral("x")},
                                       QStringLiteral("Ana"));
    QCOMPARE(PageTemplates::list(pages).size(), 4);
    // A deleted template is no longer offered.
    pages.remove(incident.id);
    QCOMPARE(PageTemplates::list(pages).size(), 3);
}

void TestPageTemplates::aNewPageTakesKindTagsAndFilledInText()
{
    const PageContent faq{QStringLiteral("Template: FAQ"),
                          PageKind::Faq,
                          {QStringLiteral("help"), QStringLiteral("template")},
                          QStringLiteral("# {{title}}\nAsked on {{date}}; {{title}} again. {{x}}")};
    const PageContent page =
        PageTemplates::instantiate(faq, QStringLiteral("VPN questions"), QDate(2026, 11, 26));
    QCOMPARE(page.title, QStringLiteral("VPN questions"));
    QCOMPARE(page.kind, PageKind::Faq);
    QCOMPARE(page.tags, QStringList{QStringLiteral("help")});
    QCOMPARE(page.body,
             QStringLiteral("# VPN questions\nAsked on 2026-11-26; VPN questions again. {{x}}"));
}

QTEST_GUILESS_MAIN(TestPageTemplates)
#include "TestPageTemplates.moc"
