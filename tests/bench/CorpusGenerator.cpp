#include "CorpusGenerator.h"

#include "markdown/HtmlText.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace folio::bench {
namespace {

QString text(const QString& html)
{
    return HtmlText::plainText(html.toUtf8()).simplified();
}

} // namespace

QString CorpusGenerator::defaultSource()
{
    return QStringLiteral("/usr/share/doc/postgresql-doc-15/html");
}

CorpusGenerator::CorpusGenerator(const QString& htmlFolder, unsigned seed) : m_random(seed)
{
    QStringList files =
        QDir(htmlFolder).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        read(QDir(htmlFolder).filePath(file));
    m_titles.removeDuplicates();

    // Tags: the words that recur most in titles ("index", "replication", ...).
    QHash<QString, int> counts;
    static const QRegularExpression word(QStringLiteral("^[a-z]{4,14}$"));
    for (const QString& title : std::as_const(m_titles))
        for (const QString& w : title.toLower().split(QRegularExpression(QStringLiteral("\\W+"))))
            if (word.match(w).hasMatch())
                ++counts[w];
    QList<QPair<int, QString>> ranked;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        ranked.append({-it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end());
    for (qsizetype i = 0; i < ranked.size() && i < 80; ++i)
        m_tags << ranked.at(i).second;
}

void CorpusGenerator::read(const QString& file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return;
    const QString html = QString::fromUtf8(input.readAll());
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression paragraph(QStringLiteral("<p>(.*?)</p>"),
                                              QRegularExpression::DotMatchesEverythingOption);
    const QString pageTitle = text(title.match(html).captured(1));
    if (!pageTitle.isEmpty() && pageTitle.size() < 90)
        m_titles << QString(pageTitle).remove(u'[').remove(u']').remove(u'|').remove(u'#');
    for (const QRegularExpressionMatch& match : paragraph.globalMatch(html)) {
        const QString p = text(match.captured(1));
        if (p.size() > 60)
            m_paragraphs << p;
    }
}

PageContent CorpusGenerator::page(int number)
{
    static const QStringList qualifiers = {
        QStringLiteral("examples"),  QStringLiteral("notes"),    QStringLiteral("troubleshooting"),
        QStringLiteral("checklist"), QStringLiteral("overview"), QStringLiteral("how-to"),
        QStringLiteral("FAQ"),       QStringLiteral("reference")};
    PageContent page;
    const int round = number / int(m_titles.size());
    page.title = m_titles.at(number % m_titles.size());
    if (round > 0)
        page.title +=
            QStringLiteral(" — %1 %2").arg(qualifiers.at(below(int(qualifiers.size())))).arg(round);
    const int kind = below(100);
    page.kind = kind < 40   ? PageKind::Guide
                : kind < 60 ? PageKind::Faq
                : kind < 75 ? PageKind::BestPractice
                            : PageKind::Note;
    for (int i = below(4); i > 0; --i)
        page.tags << m_tags.at(below(int(m_tags.size())));
    // Mostly short pages, some long guides: 1 to 6 paragraphs, one page in three up to 35.
    const int paragraphs = 1 + below(6) + (below(3) == 0 ? below(30) : 0);
    for (int i = 0; i < paragraphs; ++i) {
        if (i > 0 && below(4) == 0)
            page.body += QLatin1String("## ") + m_titles.at(below(int(m_titles.size()))) +
                         QLatin1String("\n\n");
        page.body += m_paragraphs.at(below(int(m_paragraphs.size()))) + QLatin1String("\n\n");
    }
    return page;
}

QList<PageContent> CorpusGenerator::pages(int count)
{
    QList<PageContent> result;
    result.reserve(count);
    for (int n = 0; n < count; ++n)
        result << page(n);
    return result;
}

qint64 CorpusGenerator::writeMarkdown(const QList<PageContent>& pages, const QString& folder)
{
    qint64 bytes = 0;
    for (qsizetype n = 0; n < pages.size(); ++n) {
        const QString dir =
            folder + QStringLiteral("/section-%1").arg(n / 500, 3, 10, QLatin1Char('0'));
        if (n % 500 == 0)
            QDir().mkpath(dir);
        QFile file(dir + QStringLiteral("/page-%1.md").arg(n, 6, 10, QLatin1Char('0')));
        if (file.open(QIODevice::WriteOnly))
            bytes += file.write(
                (QLatin1String("# ") + pages.at(n).title + QLatin1String("\n\n") + pages.at(n).body)
                    .toUtf8());
    }
    return bytes;
}

} // namespace folio::bench
