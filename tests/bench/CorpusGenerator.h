#pragma once

#include "store/Page.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <random>

namespace folio::bench {

// Builds wikis of any size from real English documentation shipped by a Debian package
// (the PostgreSQL manual, postgresql-doc-15: ~1,200 pages, ~20,000 paragraphs): real titles,
// real paragraphs, tags from words common in titles, and page lengths from short FAQ answers
// to long guides. The same seed always gives the same pages.
class CorpusGenerator
{
public:
    static QString defaultSource();

    CorpusGenerator(const QString& htmlFolder, unsigned seed);

    bool isEmpty() const { return m_paragraphs.isEmpty() || m_titles.isEmpty(); }
    int paragraphCount() const { return int(m_paragraphs.size()); }
    int titleCount() const { return int(m_titles.size()); }

    QList<PageContent> pages(int count);
    // Writes each page as FOLDER/section-NNN/page-NNNNNN.md with its title as first heading.
    static qint64 writeMarkdown(const QList<PageContent>& pages, const QString& folder);

private:
    void read(const QString& file);
    PageContent page(int number);
    int below(int bound) { return int(m_random() % unsigned(bound)); }

    QStringList m_titles;
    QStringList m_paragraphs;
    QStringList m_tags;
    std::mt19937 m_random;
};

} // namespace folio::bench
