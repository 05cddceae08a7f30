#include "web/PagePrinter.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "core/FileOutput.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

namespace folio {

namespace {

// A file name from a page title: the characters no file system takes become dashes.
QString fileNameFor(const QString& title)
{
    QString name = title.simplified();
    for (QChar& c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' ||
            c == u'<' || c == u'>' || c == u'|' || c.category() == QChar::Other_Control)
            c = u'-';
    }
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(QLatin1String("page"));
    // File names hold 255 bytes: a long title, in any script, is cut between characters.
    while (name.toUtf8().size() > 200)
        name.chop(name.size() > 1 && name.at(name.size() - 1).isLowSurrogate() ? 2 : 1);
    return name + QLatin1String(".pdf");
}

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

} // namespace

PagePrinter::PagePrinter(QWidget* window) : QObject(window), m_window(window)
{
}

void PagePrinter::exportPdf(QWebEngineView* view, const QString& title)
{
    if (m_busy) {
        Q_EMIT message(tr("A page is being printed; try again when it is done."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(m_window, tr("Export Page as PDF"),
                                                     QDir(folder).filePath(fileNameFor(title)));
    if (path.isEmpty())
        return;
    m_busy = true;
    Q_EMIT message(tr("Writing “%1”…").arg(QDir::toNativeSeparators(path)));
    const QPointer<PagePrinter> self(this);
    view->page()->printToPdf(
        [self, path](const QByteArray& pdf) {
            if (!self)
                return;
            self->m_busy = false;
            QString error = pdf.isEmpty() ? tr("The page could not be turned into a PDF.")
                                          : FileOutput::write(path, pdf);
            if (!error.isEmpty()) {
                MessageBox::warning(self->m_window, tr("Cannot Export Page"), error);
                return;
            }
            Q_EMIT self->message(tr("Saved “%1”.").arg(QDir::toNativeSeparators(path)));
            Q_EMIT self->finished(path);
        },
        a4());
}

void PagePrinter::print(QWebEngineView* view)
{
    if (m_busy) {
        Q_EMIT message(tr("A page is being printed; try again when it is done."));
        return;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(a4());
    QPrintDialog dialog(printer.get(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_busy = true;
    // The printer must live until the engine is done with it.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(view, &QWebEngineView::printFinished, this, [this, printer, connection](bool ok) {
            disconnect(*connection);
            m_busy = false;
            Q_EMIT message(ok ? tr("Sent to the printer.") : tr("The page could not be printed."));
            if (ok)
                Q_EMIT finished(printer->outputFileName());
        });
    view->print(printer.get());
}

} // namespace folio
