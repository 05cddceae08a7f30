#include "core/Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unsetSettingsHaveTheirDefaults();
    void valuesLastAcrossInstances();
    void authorDefaultsToTheLoginName();
    void nonsenseInTheFileIsTamed();

private:
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestSettings::unsetSettingsHaveTheirDefaults()
{
    const auto settings = Settings::inFile(file(QStringLiteral("defaults.ini")));
    QVERIFY(!settings->isSet(Settings::Key::ZoomFactor));
    QCOMPARE(settings->zoomFactor(), 1.0);
    QCOMPARE(settings->value(Settings::Key::SidebarVisible).toBool(), true);
    QVERIFY(settings->value(Settings::Key::WindowGeometry).isNull());
    QCOMPARE(settings->value(Settings::Key::LastPage).toString(), QString());
}

void TestSettings::valuesLastAcrossInstances()
{
    const QString path = file(QStringLiteral("kept.ini"));
    {
        const auto settings = Settings::inFile(path);
        settings->setValue(Settings::Key::ZoomFactor, 1.5);
        settings->setValue(Settings::Key::LastPage, QStringLiteral("Café opening hours"));
        settings->setValue(Settings::Key::WindowGeometry, QByteArray("\x01\x02\x03", 3));
    }
    const auto again = Settings::inFile(path);
    QCOMPARE(again->zoomFactor(), 1.5);
    QCOMPARE(again->value(Settings::Key::LastPage).toString(),
             QStringLiteral("Café opening hours"));
    QCOMPARE(again->value(Settings::Key::WindowGeometry).toByteArray(),
             QByteArray("\x01\x02\x03", 3));
    again->reset(Settings::Key::ZoomFactor);
    QCOMPARE(again->zoomFactor(), 1.0);
}

void TestSettings::authorDefaultsToTheLoginName()
{
    qputenv("FOLIO_AUTHOR", "ana");
    const auto settings = Settings::inFile(file(QStringLiteral("author.ini")));
    QCOMPARE(settings->authorName(), QStringLiteral("ana")); // never "unknown"
    settings->setValue(Settings::Key::AuthorName, QStringLiteral("  Ana  Lima "));
    QCOMPARE(settings->authorName(), QStringLiteral("Ana Lima"));
    settings->setValue(Settings::Key::AuthorName, QStringLiteral("   "));
    QCOMPARE(settings->authorName(), QStringLiteral("ana"));
    qunsetenv("FOLIO_AUTHOR");
    qunsetenv("USER");
    qunsetenv("LOGNAME");
    qunsetenv("USERNAME");
    settings->reset(Settings::Key::AuthorName);
    QVERIFY(!settings->authorName().isEmpty());
    QVERIFY(settings->authorName() != QLatin1String("unknown"));
}

void TestSettings::nonsenseInTheFileIsTamed()
{
    const QString path = file(QStringLiteral("odd.ini"));
    QFile ini(path);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[view]\nzoom=lots\n");
    ini.close();
    QCOMPARE(Settings::inFile(path)->zoomFactor(), 1.0);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[view]\nzoom=900\n");
    ini.close();
    QCOMPARE(Settings::inFile(path)->zoomFactor(), 5.0);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
