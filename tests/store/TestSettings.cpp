// Settings: typed keys over an INI file; anything wrong with the file gives defaults and a warning.
#include "AsUnprivilegedUser.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaults();
    void roundTrip();
    void damagedFiles_data();
    void damagedFiles();
    void wrongTypes_data();
    void wrongTypes();
    void permissionDenied();
    void folderInsteadOfFile();
    void unwritableFolderKeepsValuesForTheSession();
    void resetGoesBackToDefault();

private:
    QString path() const { return Settings::defaultFilePath(m_dir->path()); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                     QFile::ReadOther | QFile::ExeOther));
}

void TestSettings::defaults()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    Settings settings(path());
    QCOMPARE(settings.value(SettingKeys::historySizeLimitBytes), qint64(50) * 1024 * 1024);
    QCOMPARE(settings.value(SettingKeys::retentionDays), 0);
    QCOMPARE(settings.value(SettingKeys::offTheRecord), false);
    QCOMPARE(settings.value(SettingKeys::storeSensitiveFields), false);
    QCOMPARE(settings.value(SettingKeys::dailyBackups), true);
    QVERIFY(settings.warnings().isEmpty());
    QCOMPARE(settings.filePath(), QDir(m_dir->path()).filePath(u"settings.ini"_s));
}

void TestSettings::roundTrip()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    {
        Settings settings(path());
        settings.setValue(SettingKeys::historySizeLimitBytes, qint64(5) * 1024 * 1024 * 1024);
        settings.setValue(SettingKeys::retentionDays, 30);
        settings.setValue(SettingKeys::offTheRecord, true);
        settings.setValue(SettingKeys::storeSensitiveFields, true);
        settings.setValue(SettingKeys::dailyBackups, false);
        QVERIFY(settings.sync());
        QCOMPARE(settings.value(SettingKeys::retentionDays), 30);
    }
    QVERIFY(QFile::exists(path()));
    Settings settings(path());
    QCOMPARE(settings.value(SettingKeys::historySizeLimitBytes), qint64(5) * 1024 * 1024 * 1024);
    QCOMPARE(settings.value(SettingKeys::retentionDays), 30);
    QCOMPARE(settings.value(SettingKeys::offTheRecord), true);
    QCOMPARE(settings.value(SettingKeys::storeSensitiveFields), true);
    QCOMPARE(settings.value(SettingKeys::dailyBackups), false);
    QVERIFY(settings.warnings().isEmpty());
}

void TestSettings::damagedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("expectWarning");

    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919 + 13) & 0xff));
    QTest::newRow("random bytes") << garbage << true;
    QTest::newRow("nul bytes") << QByteArray(512, '\0') << true;
    QTest::newRow("half a section") << QByteArray("[history\nretentionDays=12\n") << true;
    QTest::newRow("empty file") << QByteArray() << false;
    QTest::newRow("binary in a value") << QByteArray("[history]\nretentionDays=\xff\xfe\x01\n") << true;
}

void TestSettings::damagedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, expectWarning);
    QVERIFY(writeFile(path(), bytes));
    if (expectWarning)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is damaged"_s));
    else
        QTest::failOnWarning(QRegularExpression(u".*"_s));
    Settings settings(path());
    QCOMPARE(settings.value(SettingKeys::historySizeLimitBytes), qint64(50) * 1024 * 1024);
    QCOMPARE(settings.value(SettingKeys::retentionDays), 0);
    QCOMPARE(settings.value(SettingKeys::offTheRecord), false);
    QCOMPARE(settings.value(SettingKeys::storeSensitiveFields), false);
    QCOMPARE(settings.value(SettingKeys::dailyBackups), true);
    QCOMPARE(settings.warnings().size(), expectWarning ? 1 : 0);
    if (expectWarning) // kept for a person to look at
        QCOMPARE(QFile(path() + u".damaged"_s).size(), bytes.size());
    // A value set now is kept, and the file is usable again afterwards.
    settings.setValue(SettingKeys::retentionDays, 7);
    QVERIFY(settings.sync());
    Settings again(path());
    QCOMPARE(again.value(SettingKeys::retentionDays), 7);
}

void TestSettings::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("warnedKey");

    QTest::newRow("text for a size") << QByteArray("[history]\nsizeLimitBytes=fifty megabytes\n")
                                     << u"history/sizeLimitBytes"_s;
    QTest::newRow("negative size") << QByteArray("[history]\nsizeLimitBytes=-1\n")
                                   << u"history/sizeLimitBytes"_s;
    QTest::newRow("zero size") << QByteArray("[history]\nsizeLimitBytes=0\n") << u"history/sizeLimitBytes"_s;
    QTest::newRow("list for a number")
        << QByteArray("[history]\nretentionDays=1, 2, 3\n") << u"history/retentionDays"_s;
    QTest::newRow("negative days") << QByteArray("[history]\nretentionDays=-5\n")
                                   << u"history/retentionDays"_s;
    QTest::newRow("days beyond int") << QByteArray("[history]\nretentionDays=99999999999\n")
                                     << u"history/retentionDays"_s;
    QTest::newRow("word for a bool") << QByteArray("[history]\nofftherecord=maybe\nofftheRecord=maybe\n"
                                                   "offTheRecord=maybe\n")
                                     << u"history/offTheRecord"_s;
    QTest::newRow("number for a bool") << QByteArray("[backups]\ndaily=2\n") << u"backups/daily"_s;
}

void TestSettings::wrongTypes()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, warnedKey);
    QVERIFY(writeFile(path(), ini));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(warnedKey)));
    Settings settings(path());
    QCOMPARE(settings.value(SettingKeys::historySizeLimitBytes), qint64(50) * 1024 * 1024);
    QCOMPARE(settings.value(SettingKeys::retentionDays), 0);
    QCOMPARE(settings.value(SettingKeys::offTheRecord), false);
    QCOMPARE(settings.value(SettingKeys::dailyBackups), true);
    QCOMPARE(settings.warnings().size(), 1);
    QVERIFY2(settings.warnings().constFirst().contains(warnedKey),
             qPrintable(settings.warnings().join(u'\n')));
    // Reading again does not repeat the warning.
    settings.value(SettingKeys::historySizeLimitBytes);
    settings.value(SettingKeys::retentionDays);
    settings.value(SettingKeys::offTheRecord);
    settings.value(SettingKeys::dailyBackups);
    QCOMPARE(settings.warnings().size(), 1);
}

void TestSettings::permissionDenied()
{
    QVERIFY(writeFile(path(), "[history]\nretentionDays=12\n"));
    QVERIFY(QFile::setPermissions(path(), QFileDevice::Permissions()));
    const QByteArray before = [&] {
        QFile file(path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    {
        Test::AsUnprivilegedUser unprivileged;
        QFile probe(path());
        QVERIFY2(!probe.open(QIODevice::ReadOnly), "the test cannot make the file unreadable");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot be read"_s));
        Settings settings(path());
        QCOMPARE(settings.value(SettingKeys::retentionDays), 0);
        QCOMPARE(settings.value(SettingKeys::dailyBackups), true);
        QCOMPARE(settings.warnings().size(), 1);
        QVERIFY(settings.warnings().constFirst().contains(u"cannot be read"_s));
        settings.setValue(SettingKeys::retentionDays, 3);
        QCOMPARE(settings.value(SettingKeys::retentionDays), 3);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be saved"_s));
        QVERIFY(!settings.sync());
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before); // never written over
}

void TestSettings::folderInsteadOfFile()
{
    QVERIFY(QDir().mkpath(path()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"is a folder"_s));
    Settings settings(path());
    QCOMPARE(settings.value(SettingKeys::offTheRecord), false);
    QCOMPARE(settings.warnings().size(), 1);
}

void TestSettings::unwritableFolderKeepsValuesForTheSession()
{
    const QString folder = m_dir->filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder,
                                  QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    Test::AsUnprivilegedUser unprivileged;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be saved"_s));
    Settings settings(Settings::defaultFilePath(folder));
    settings.setValue(SettingKeys::offTheRecord, true);
    QCOMPARE(settings.value(SettingKeys::offTheRecord), true);
    QVERIFY(!settings.sync());
    QCOMPARE(settings.warnings().size(), 1);
}

void TestSettings::resetGoesBackToDefault()
{
    Settings settings(path());
    settings.setValue(SettingKeys::dailyBackups, false);
    QCOMPARE(settings.value(SettingKeys::dailyBackups), false);
    settings.reset(SettingKeys::dailyBackups);
    QCOMPARE(settings.value(SettingKeys::dailyBackups), true);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
