#include "core/Settings.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace folio;

// Edit → Settings over a settings file of its own: what it shows, what OK writes, and that
// Cancel writes nothing.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsTheStoredSettings();
    void okWritesEveryFieldCancelNone();
    void anEmptyNameMeansTheLoginName();
    void anUntouchedFontKeepsFollowingTheSystem();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestSettingsDialog::init()
{
    static int run = 0;
    m_settings = Settings::inFile(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++run)));
}

void TestSettingsDialog::showsTheStoredSettings()
{
    m_settings->setValue(Settings::Key::AuthorName, QStringLiteral("Ana Lima"));
    m_settings->setValue(Settings::Key::Language, QStringLiteral("fr"));
    m_settings->setValue(Settings::Key::Theme, QStringLiteral("dark"));
    m_settings->setValue(Settings::Key::ArchiveDenyDomains,
                         QStringList{QStringLiteral("ads.example"), QStringLiteral("x.test")});
    m_settings->setValue(Settings::Key::ArchiveConcurrency, 5);
    SettingsDialog dialog(*m_settings, QStringLiteral("/srv/sync/team"));
    QCOMPARE(dialog.authorField()->text(), QStringLiteral("Ana Lima"));
    QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("fr"));
    QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Français"));
    QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("dark"));
    QCOMPARE(dialog.denyDomainsField()->text(), QStringLiteral("ads.example, x.test"));
    QCOMPARE(dialog.concurrencyBox()->value(), 5);
    QVERIFY(!dialog.allowPrivateBox()->isChecked());
    // Every language Folio speaks is offered in its own words, the system's first.
    QCOMPARE(dialog.languageBox()->count(), SettingsDialog::languages().size());
    QCOMPARE(dialog.languageBox()->itemData(0).toString(), QString());
    QCOMPARE(dialog.languageBox()->itemText(2), QStringLiteral("Deutsch"));
    QCOMPARE(dialog.languageBox()->itemText(4), QStringLiteral("Español"));
}

void TestSettingsDialog::okWritesEveryFieldCancelNone()
{
    {
        SettingsDialog dialog(*m_settings, QString());
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("light")));
        dialog.reject();
    }
    QVERIFY(!m_settings->isSet(Settings::Key::Theme));

    SettingsDialog dialog(*m_settings, QString());
    dialog.authorField()->setText(QStringLiteral("  Ben   Okafor "));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("es")));
    dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("light")));
    dialog.fontSizeBox()->setValue(17);
    dialog.allowPrivateBox()->setChecked(true);
    dialog.allowDomainsField()->setText(
        QStringLiteral("Docs.Example.org, , wiki.test,docs.example.org"));
    dialog.maxSnapshotBox()->setValue(80);
    dialog.timeoutBox()->setValue(2); // below the least it takes
    dialog.accept();
    QCOMPARE(m_settings->authorName(), QStringLiteral("Ben Okafor"));
    QCOMPARE(m_settings->value(Settings::Key::Language).toString(), QStringLiteral("es"));
    QCOMPARE(m_settings->value(Settings::Key::Theme).toString(), QStringLiteral("light"));
    QFont font;
    QVERIFY(font.fromString(m_settings->value(Settings::Key::EditorFont).toString()));
    QCOMPARE(font.pointSize(), 17);
    QVERIFY(m_settings->value(Settings::Key::ArchiveAllowPrivate).toBool());
    QCOMPARE(m_settings->value(Settings::Key::ArchiveAllowDomains).toStringList(),
             (QStringList{QStringLiteral("docs.example.org"), QStringLiteral("wiki.test")}));
    QCOMPARE(m_settings->value(Settings::Key::ArchiveMaxSnapshotMB).toInt(), 80);
    QCOMPARE(m_settings->value(Settings::Key::ArchiveTimeoutSeconds).toInt(), 5);
}

void TestSettingsDialog::anEmptyNameMeansTheLoginName()
{
    m_settings->setValue(Settings::Key::AuthorName, QStringLiteral("Ana"));
    SettingsDialog dialog(*m_settings, QString());
    dialog.authorField()->clear();
    dialog.accept();
    QVERIFY(!m_settings->isSet(Settings::Key::AuthorName));
    QVERIFY(!m_settings->authorName().isEmpty());
}

void TestSettingsDialog::anUntouchedFontKeepsFollowingTheSystem()
{
    {
        SettingsDialog dialog(*m_settings, QString());
        dialog.accept();
    }
    QVERIFY(!m_settings->isSet(Settings::Key::EditorFont));
    SettingsDialog dialog(*m_settings, QString());
    dialog.fontSizeBox()->setValue(dialog.fontSizeBox()->value() + 3);
    dialog.accept();
    QVERIFY(m_settings->isSet(Settings::Key::EditorFont));
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
