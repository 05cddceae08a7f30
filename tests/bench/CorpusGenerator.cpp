#include "CorpusGenerator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace folio::bench {

CorpusGenerator::CorpusGenerator(const QString& sourceText, unsigned seed) : m_random(seed)
{
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    static const QRegularExpression word(QStringLiteral("^[A-Za-z]{4,12}$"));
    for (const QString& block : sourceText.split(blank)) {
        const QString text = block.simplified();
        // Prose only: no code, examples or markup-heavy lines.
        if (text.size() > 80 && text.at(0).isLetter() && !text.contains(QLatin1String("```")))
            m_paragraphs << text;
    }
    for (const QString& candidate : sourceText.split(QRegularExpression(QStringLiteral("\\W+"))))
        if (word.match(candidate).hasMatch() && !m_words.contains(candidate.toLower()))
            m_words << candidate.toLower();
}

QString CorpusGenerator::page(int number)
{
    auto pick = [this](const QStringList& list) { return list.at(int(m_random() % list.size())); };
    QString title = pick(m_words);
    title[0] = title[0].toUpper();
    title += u' ' + pick(m_words) + u' ' + QString::number(number);
    QString body = QLatin1String("# ") + title + QLatin1String("\n\n");
    const int paragraphs = 2 + int(m_random() % 24); // pages of roughly 0.5 to 12 KB
    for (int i = 0; i < paragraphs; ++i) {
        if (i > 0 && m_random() % 5 == 0)
            body +=
                QLatin1String("## ") + pick(m_words) + u' ' + pick(m_words) + QLatin1String("\n\n");
        body += pick(m_paragraphs) + QLatin1String("\n\n");
    }
    return body;
}

qint64 CorpusGenerator::writeFolder(const QString& folder, int pages)
{
    qint64 bytes = 0;
    for (int n = 0; n < pages; ++n) {
        const QString dir =
            folder + QStringLiteral("/section-%1").arg(n / 500, 3, 10, QLatin1Char('0'));
        if (n % 500 == 0)
            QDir().mkpath(dir);
        QFile file(dir + QStringLiteral("/page-%1.md").arg(n, 6, 10, QLatin1Char('0')));
        if (file.open(QIODevice::WriteOnly))
            bytes += file.write(page(n).toUtf8());
    }
    return bytes;
}

} // namespace folio::bench
