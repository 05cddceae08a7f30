#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace folio {

// The text of a PDF, read with poppler (its C++ interface, without Qt), so that an archived
// PDF is searchable and readable in the Reader view like a web page.
class PdfText
{
    Q_DECLARE_TR_FUNCTIONS(folio::PdfText)

public:
    struct Extracted
    {
        QString title;
        QString author;
        QString text; // pages separated by blank lines
        int pages = 0;
        QString error; // why there is no text: damaged, locked by a password
    };

    // Reads at most `maxPages` pages: a 5,000-page scan is kept, its opening searchable.
    static Extracted extract(const QByteArray& pdf, int maxPages = 500);
};

} // namespace folio
