#pragma once

#include <QString>
#include <QStringList>

#include <random>

namespace folio::bench {

// Writes a folder of Markdown pages made of real English prose (paragraphs of a text shipped
// by a package), with titles, headings and lengths drawn from a fixed seed: the same
// arguments always give the same files.
class CorpusGenerator
{
public:
    CorpusGenerator(const QString& sourceText, unsigned seed);

    int paragraphCount() const { return int(m_paragraphs.size()); }
    // Writes `pages` files under `folder`, 500 to a sub-folder; returns the bytes written.
    qint64 writeFolder(const QString& folder, int pages);

private:
    QString page(int number);

    QStringList m_paragraphs;
    QStringList m_words;
    std::mt19937 m_random;
};

} // namespace folio::bench
