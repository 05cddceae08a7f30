#include "SmallPdf.h"
#include "archive/PdfText.h"

#include <QTest>

using namespace folio;

// An archived PDF's text, title and author, read with poppler; a damaged or locked file
// says so and gives no text.
class TestPdfText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTextTitleAndAuthor();
    void refusesWhatIsNoPdf_data();
    void refusesWhatIsNoPdf();
};

void TestPdfText::readsTextTitleAndAuthor()
{
    const PdfText::Extracted pdf =
        PdfText::extract(test::smallPdf("Bloom filters never lie", "Filters"));
    QVERIFY2(pdf.error.isEmpty(), qPrintable(pdf.error));
    QCOMPARE(pdf.pages, 1);
    QCOMPARE(pdf.text, QStringLiteral("Bloom filters never lie"));
    QCOMPARE(pdf.title, QStringLiteral("Filters"));
    QCOMPARE(pdf.author, QStringLiteral("Ada Lovelace"));
    // No page read at all: the PDF is kept, its text is not.
    QVERIFY(PdfText::extract(test::smallPdf(), 0).text.isEmpty());
}

void TestPdfText::refusesWhatIsNoPdf_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>not a pdf</body></html>");
    QTest::newRow("cut in half") << test::smallPdf().left(120);
    QByteArray noise(200000, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) % 251);
    QTest::newRow("noise") << QByteArray("%PDF-1.4\n" + noise);
}

void TestPdfText::refusesWhatIsNoPdf()
{
    QFETCH(QByteArray, data);
    const PdfText::Extracted pdf = PdfText::extract(data);
    QVERIFY(pdf.text.isEmpty());
    QVERIFY2(pdf.error.contains(QLatin1String("damaged")) || pdf.pages == 0, qPrintable(pdf.error));
}

QTEST_APPLESS_MAIN(TestPdfText)
#include "TestPdfText.moc"
