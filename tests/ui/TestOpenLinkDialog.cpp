// Opening a link: the real destination is shown; dangerous content needs an explicit extra step.
#include "payload/PayloadParser.h"
#include "safety/SafetyEngine.h"
#include "ui/OpenLinkDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

class TestOpenLinkDialog : public QObject
{
    Q_OBJECT
    static bool showsText(const QWidget& dialog, const QString& text)
    {
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            if (label->text().contains(text))
                return true;
        return false;
    }

private Q_SLOTS:
    void safeLinkOpensWithOneClick()
    {
        const SafetyEngine safety;
        const Verdict verdict = safety.judge(PayloadParser::parse(u"https://www.example.com/page"_s));
        OpenLinkDialog dialog(verdict.destination.url, verdict);
        QVERIFY(!dialog.riskConfirmation());
        QVERIFY(dialog.openButton()->isEnabled());
        QVERIFY(showsText(dialog, u"<b><u>example.com</u></b>"_s));
    }

    void dangerousLinkNeedsTheExtraStep()
    {
        const SafetyEngine safety;
        const Verdict verdict = safety.judge(PayloadParser::parse(u"javascript:alert(1)"_s));
        QCOMPARE(verdict.level, VerdictLevel::Dangerous);
        OpenLinkDialog dialog(u"javascript:alert(1)"_s, verdict);
        QVERIFY(dialog.riskConfirmation());
        QVERIFY(!dialog.openButton()->isEnabled());
        dialog.riskConfirmation()->setChecked(true);
        QVERIFY(dialog.openButton()->isEnabled());
        dialog.riskConfirmation()->setChecked(false);
        QVERIFY(!dialog.openButton()->isEnabled());
    }

    void punycodeIsShown()
    {
        const SafetyEngine safety;
        const Verdict verdict = safety.judge(PayloadParser::parse(u"https://аpple.com/"_s)); // Cyrillic а
        OpenLinkDialog dialog(verdict.destination.url, verdict);
        QVERIFY(showsText(dialog, verdict.destination.hostAscii));
        QVERIFY(verdict.destination.hostAscii.startsWith(u"xn--"_s));
    }
};

QTEST_MAIN(TestOpenLinkDialog)
#include "TestOpenLinkDialog.moc"
