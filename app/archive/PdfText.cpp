#include "archive/PdfText.h"

#include <memory>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

namespace folio {

namespace {

QString fromPoppler(const poppler::ustring& text)
{
    const poppler::byte_array utf8 = text.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// Poppler writes what it thinks of a damaged file to standard error; Folio says it itself.
void quiet(const std::string&, void*)
{
}

} // namespace

PdfText::Extracted PdfText::extract(const QByteArray& pdf, int maxPages)
{
    poppler::set_debug_error_function(quiet, nullptr);
    Extracted extracted;
    const std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(pdf.constData(), int(pdf.size())));
    if (!document) {
        extracted.error = tr("the PDF is damaged or not a PDF");
        return extracted;
    }
    if (document->is_locked()) {
        extracted.error = tr("the PDF is locked with a password");
        return extracted;
    }
    extracted.title = fromPoppler(document->info_key("Title")).trimmed();
    extracted.author = fromPoppler(document->info_key("Author")).trimmed();
    extracted.pages = document->pages();
    QStringList pages;
    for (int i = 0; i < qMin(extracted.pages, maxPages); ++i) {
        const std::unique_ptr<poppler::page> page(document->create_page(i));
        if (page)
            pages << fromPoppler(page->text()).trimmed();
    }
    pages.removeAll(QString());
    extracted.text = pages.join(QStringLiteral("\n\n"));
    return extracted;
}

} // namespace folio
