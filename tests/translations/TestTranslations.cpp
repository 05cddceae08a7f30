#include "core/Translations.h"
#include "store/PageKind.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace folio;

// Every .ts file is complete, and the embedded .qm files really translate the app.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryIsTranslated();
    void embeddedGermanTranslatesCore();
    void everyLanguageTranslatesCore_data();
    void everyLanguageTranslatesCore();
    void theChosenLanguageWinsOverTheSystems();
    void englishHasPluralForms();
    void englishIsTheFallback();
    void commandLineSpeaksTheUsersLanguage();
};

void TestTranslations::everyEntryIsTranslated()
{
    const QDir folder(QStringLiteral(FOLIO_SOURCE_DIR "/translations"));
    const QStringList files = folder.entryList({QStringLiteral("folio_*.ts")});
    QVERIFY(files.size() >= 2);
    for (const QString& name : files) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    unfinished << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(name + QLatin1String(": ") + unfinished.join(QLatin1String(" | "))));
    }
}

void TestTranslations::embeddedGermanTranslatesCore()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/folio_de.qm")));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(PageKinds::displayName(PageKind::Guide), QStringLiteral("Anleitung"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(PageKinds::displayName(PageKind::Guide), QStringLiteral("Guide"));
}

void TestTranslations::everyLanguageTranslatesCore_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("bestPractice");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Bewährtes Verfahren");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Bonne pratique");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Buena práctica");
}

void TestTranslations::everyLanguageTranslatesCore()
{
    QFETCH(QString, language);
    QFETCH(QString, bestPractice);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/folio_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(PageKinds::displayName(PageKind::BestPractice), bestPractice);
    // Plural forms too: "%n page(s)" has the language's own.
    const QString one =
        QCoreApplication::translate("folio::PageListPanel", "%n page(s)", nullptr, 1);
    const QString many =
        QCoreApplication::translate("folio::PageListPanel", "%n page(s)", nullptr, 5);
    QVERIFY2(one.startsWith(u'1') && many.startsWith(u'5') && one != many.left(one.size()),
             qPrintable(one + QLatin1String(" / ") + many));
    QCoreApplication::removeTranslator(&translator);
}

void TestTranslations::theChosenLanguageWinsOverTheSystems()
{
    // Settings → Language: French whatever the system speaks, numbers and dates as well.
    Translations::install(*QCoreApplication::instance(), QStringLiteral("fr"));
    QCOMPARE(PageKinds::displayName(PageKind::BestPractice), QStringLiteral("Bonne pratique"));
    QCOMPARE(QLocale().language(), QLocale::French);
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::englishHasPluralForms()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/folio_en.qm")));
    QCOMPARE(translator.translate("folio::PageListPanel", "%n page(s)", nullptr, 1),
             QStringLiteral("%n page"));
    QCOMPARE(translator.translate("folio::PageListPanel", "%n page(s)", nullptr, 5),
             QStringLiteral("%n pages"));
}

void TestTranslations::englishIsTheFallback()
{
    // No language set at all (the C locale): English plural forms still apply.
    QLocale::setDefault(QLocale::c());
    Translations::install(*QCoreApplication::instance());
    QCOMPARE(QCoreApplication::translate("folio::PageListPanel", "%n page(s)", nullptr, 1),
             QStringLiteral("1 page"));
    QCOMPARE(QCoreApplication::translate("folio::PageListPanel", "%n page(s)", nullptr, 3),
             QStringLiteral("3 pages"));
}

void TestTranslations::commandLineSpeaksTheUsersLanguage()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FOLIO_EXECUTABLE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.readAllStandardOutput().contains("Aufruf: folio"), "German help expected");
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
