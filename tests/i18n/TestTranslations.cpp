// The translations: every .ts file holds exactly the strings lupdate finds in the sources today,
// the finished languages have every one translated (placeholders and accelerators kept), the
// compiled files are embedded, the language setting picks the right one, the window speaks German
// with the German translation installed, and no text in the widgets bypasses tr().
#include "Translations.h"
#include "TsFile.h"
#include "UiFixture.h"
#include "UnmarkedText.h"
#include "safety/Verdict.h"
#include "viewmodels/VerdictText.h"

#include <QDir>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
const QString kSourceDir = QStringLiteral(SAFESCAN_SOURCE_DIR);
const QString kLupdate = QStringLiteral(SAFESCAN_LUPDATE);

QString tsPath(const QString& language)
{
    return kSourceDir + u"/translations/safescan_%1.ts"_s.arg(language);
}

// The languages whose translation is still being written: their .ts must be up to date, but may
// have unfinished entries. Empty once every language is complete.
QStringList inProgress()
{
    return QString::fromLatin1(SAFESCAN_TRANSLATIONS_IN_PROGRESS).split(u',', Qt::SkipEmptyParts);
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(u"%[1-9]"_s);
    QStringList out;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    out.sort();
    out.removeDuplicates();
    return out;
}

bool hasAccelerator(const QString& text)
{
    static const QRegularExpression pattern(u"(^|[^&])&[^& ]"_s);
    return pattern.match(text).hasMatch();
}

void removeTranslators()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { removeTranslators(); }

    void upToDateWithTheSources_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : Translations::available())
            QTest::newRow(qPrintable(language)) << language;
        QTest::newRow("en (plural forms only)") << u"en"_s;
    }

    // lupdate, run exactly as the update_translations target runs it, into a copy: the copy must
    // hold the same strings as the committed file (no new string left out, no removed one kept).
    void upToDateWithTheSources()
    {
        QFETCH(QString, language);
        const Test::TsFile committed = Test::TsFile::read(tsPath(language));
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
        QCOMPARE(committed.language, language);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"safescan_%1.ts"_s.arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(kSourceDir);
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        QStringList arguments = QString::fromUtf8(SAFESCAN_LUPDATE_ARGS).split(u' ', Qt::SkipEmptyParts);
        if (language == u"en"_s)
            arguments << u"-pluralonly"_s; // English holds only the plural forms
        arguments << u"-ts"_s << copy;
        lupdate.start(kLupdate, arguments);
        QVERIFY2(lupdate.waitForFinished(50'000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const Test::TsFile fresh = Test::TsFile::read(copy);
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        QVERIFY(!fresh.messages.isEmpty());
        const QSet<QString> added = fresh.keys() - committed.keys();
        const QSet<QString> removed = committed.keys() - fresh.keys();
        QStringList problems;
        for (const QString& key : added)
            problems << u"not in the .ts (run the update_translations target): "_s + key;
        for (const QString& key : removed)
            problems << u"no longer in the sources (run the update_translations target): "_s + key;
        for (const Test::TsMessage& m : committed.messages) {
            if (m.type == u"obsolete"_s || m.type == u"vanished"_s)
                problems << u"obsolete entry: "_s + m.key();
        }
        problems.sort();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n').replace(u'\x1f', u'|')));
    }

    void complete_data() { upToDateWithTheSources_data(); }

    // Every string translated, with the same %1.. placeholders, an accelerator where the English
    // has one, and every plural form filled.
    void complete()
    {
        QFETCH(QString, language);
        if (inProgress().contains(language))
            QSKIP("this translation is being written (SAFESCAN_TRANSLATIONS_IN_PROGRESS)");
        const Test::TsFile ts = Test::TsFile::read(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(!ts.messages.isEmpty());
        QStringList problems;
        for (const Test::TsMessage& m : ts.messages) {
            const QString where = m.context + u": "_s + m.source;
            if (!m.type.isEmpty()) {
                problems << u"%1 (%2)"_s.arg(where, m.type);
                continue;
            }
            if (m.translations.isEmpty() || m.translations.contains(QString())) {
                problems << u"empty translation: "_s + where;
                continue;
            }
            for (const QString& translation : m.translations) {
                if (placeholders(translation) != placeholders(m.source))
                    problems << u"placeholders differ: %1 → %2"_s.arg(where, translation);
                if (hasAccelerator(m.source) != hasAccelerator(translation))
                    problems << u"accelerator differs: %1 → %2"_s.arg(where, translation);
            }
            if (m.numerus && !std::any_of(m.translations.cbegin(), m.translations.cend(),
                                          [](const QString& t) { return t.contains(u"%n"_s); }))
                problems << u"no plural form shows the number: "_s + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    void compiledAndEmbedded_data() { upToDateWithTheSources_data(); }

    void compiledAndEmbedded()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/safescan_%1.qm"_s.arg(language)));
        QCOMPARE(translator.language(), language);
        if (!inProgress().contains(language))
            QVERIFY(!translator.isEmpty());
    }

    void resolvesTheSetting_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << u"de"_s << u"fr_FR"_s << u"de"_s;
        QTest::newRow("French") << u"fr"_s << u"de_DE"_s << u"fr"_s;
        QTest::newRow("Spanish") << u"es"_s << u"de_DE"_s << u"es"_s;
        QTest::newRow("English on a German system") << u"en"_s << u"de_DE"_s << u"en"_s;
        QTest::newRow("unknown setting") << u"xx"_s << u"de_DE"_s << u"en"_s;
        QTest::newRow("system: Austrian German") << u"system"_s << u"de_AT"_s << u"de"_s;
        QTest::newRow("system: Mexican Spanish") << u"system"_s << u"es_MX"_s << u"es"_s;
        QTest::newRow("system: Canadian French") << u"system"_s << u"fr_CA"_s << u"fr"_s;
        QTest::newRow("system: Japanese, no translation") << u"system"_s << u"ja_JP"_s << u"en"_s;
        QTest::newRow("system: British English") << u"system"_s << u"en_GB"_s << u"en"_s;
    }

    void resolvesTheSetting()
    {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Translations::resolve(setting, QLocale(system)), expected);
    }

    // English is the language of the sources; its translator only supplies the plural forms.
    void englishHasPluralForms_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("scans");
        QTest::addColumn<QString>("entries");
        QTest::newRow("one") << 1 << u"1 scan"_s << u"1 entry waiting"_s;
        QTest::newRow("two") << 2 << u"2 scans"_s << u"2 entries waiting"_s;
        QTest::newRow("none") << 0 << u"0 scans"_s << u"0 entries waiting"_s;
    }
    void englishHasPluralForms()
    {
        QFETCH(int, count);
        QFETCH(QString, scans);
        QFETCH(QString, entries);
        QCOMPARE(Translations::install(*qApp, u"en"_s), u"en"_s);
        QCOMPARE(qApp->findChildren<QTranslator*>().size(), 1);
        QCOMPARE(QCoreApplication::translate("SafeScan::HistoryView", "%n scan(s)", nullptr, count), scans);
        QCOMPARE(
            QCoreApplication::translate("SafeScan::ModerationView", "%n entry(ies) waiting", nullptr, count),
            entries);
        QCOMPARE(VerdictText::label(VerdictLevel::Dangerous), u"Dangerous"_s);
    }

    // The window, the verdict words and the reasons, all in German.
    void germanWindow()
    {
        if (inProgress().contains(u"de"_s))
            QSKIP("the German translation is being written");
        QCOMPARE(Translations::install(*qApp, u"system"_s, QLocale(u"de_DE"_s)), u"de"_s);
        Test::UiFixture ui;
        QVERIFY(ui.open());
        auto* navigation = ui.window->findChild<QListWidget*>();
        QVERIFY(navigation);
        QStringList labels;
        for (int i = 0; i < navigation->count(); ++i)
            labels << navigation->item(i)->text();
        QCOMPARE(labels, (QStringList{u"Scannen"_s, u"Verlauf"_s, u"Community"_s, u"Moderation"_s,
                                      u"Übersicht"_s, u"Einstellungen"_s}));
        QCOMPARE(navigation->accessibleName(), u"Ansichten"_s);

        QCOMPARE(VerdictText::label(VerdictLevel::Dangerous), u"Gefährlich"_s);
        Reason reason;
        reason.code = ReasonCode::NonStandardPort;
        reason.args = {u"8443"_s};
        QCOMPARE(reason.message(), u"Der Link verwendet einen ungewöhnlichen Netzwerk-Port (8443)."_s);
    }

    // Text passed straight to a widget must go through tr() (or QCoreApplication::translate).
    void userVisibleStringsAreMarked()
    {
        // Names and symbols that are the same in every language.
        const Test::UnmarkedText scanner({u"SafeScan"_s, u"CSV"_s, u"JSON"_s, u"URL"_s});
        QStringList files;
        const QDir ui(kSourceDir + u"/ui"_s);
        for (const QString& name : ui.entryList({u"*.cpp"_s}, QDir::Files))
            files << ui.filePath(name);
        files << kSourceDir + u"/app/GuiCommand.cpp"_s;
        QVERIFY(files.size() > 20);
        QStringList problems;
        for (const QString& path : std::as_const(files)) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            for (const Test::UnmarkedLiteral& literal : scanner.scan(QString::fromUtf8(file.readAll())))
                problems << u"%1:%2: \"%3\" passed to %4 without tr()"_s.arg(QFileInfo(path).fileName())
                                .arg(literal.line)
                                .arg(literal.text, literal.call);
        }
        for (const QString& problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), "user-visible text without tr(), listed above");
    }

    // The scanner itself: it must find what it is there to find.
    void scannerFindsUnmarkedText_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("found");
        QTest::newRow("setText literal") << u"m_label->setText(u\"Hello there\"_s);"_s << 1;
        QTest::newRow("setText tr") << u"m_label->setText(tr(\"Hello there\"));"_s << 0;
        QTest::newRow("QLabel on two lines") << u"auto* l = new QLabel(\n    u\"Hello\"_s, this);"_s << 1;
        QTest::newRow("QLabel variable") << u"QLabel notice(u\"Opening…\"_s);"_s << 1;
        QTest::newRow("translate") << u"QLabel notice(QCoreApplication::translate(\"X\", \"Opening\"));"_s
                                   << 0;
        QTest::newRow("message box 3rd argument")
            << u"QMessageBox::warning(this, tr(\"Title\"), u\"Body text\"_s);"_s << 1;
        QTest::newRow("markup only") << u"m_label->setText(u\"<b>%1</b> — %2\"_s.arg(a, b));"_s << 0;
        QTest::newRow("icon path") << u"addAction(QIcon(u\":/icons/x.svg\"_s), tr(\"Open\"));"_s << 0;
        QTest::newRow("comment") << u"// setText(u\"Hello\"_s)\nint x = 0;"_s << 0;
        QTest::newRow("allowlisted") << u"setWindowTitle(u\"SafeScan\"_s);"_s << 0;
        QTest::newRow("item data key") << u"m_source->addItem(tr(\"Camera\"), u\"camera\"_s);"_s << 0;
        QTest::newRow("default file name")
            << u"QFileDialog::getSaveFileName(this, tr(\"Export\"), u\"safescan-history.csv\"_s);"_s << 0;
        QTest::newRow("arg of tr") << u"setText(tr(\"%1 items\").arg(u\"some words\"_s));"_s << 1;
    }

    void scannerFindsUnmarkedText()
    {
        QFETCH(QString, code);
        QFETCH(int, found);
        QCOMPARE(Test::UnmarkedText({u"SafeScan"_s}).scan(code).size(), found);
    }
};

} // namespace SafeScan

QTEST_MAIN(SafeScan::TestTranslations)
#include "TestTranslations.moc"
