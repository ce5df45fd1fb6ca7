// AccountDataPanel in Settings: the export and delete buttons show only while signed in, the
// deletion asks first (and does nothing when declined), the outcome is shown in words.
#include "AccountFixture.h"
#include "ui/AccountDataPanel.h"
#include "ui/AccountPanel.h"
#include "viewmodels/AccountDataModel.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

struct PanelFixture : Test::AccountFixture
{
    AccountDataModel data{account, &executor, &context, &vault};
    AccountPanel panel{account, &data};

    AccountDataPanel* dataPanel() { return panel.dataPanel(); }
    void signIn()
    {
        api.network.enqueue(Test::FakeResponse::json(201, R"({"token":"session-1","role":"user"})"));
        panel.userField()->setText(u"alice"_s);
        panel.passwordField()->setText(u"pw"_s);
        panel.signInButton()->click();
        QTRY_VERIFY(account.isSignedIn());
    }
};

class TestAccountDataPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buttonsOnlyWhileSignedIn()
    {
        PanelFixture f;
        f.panel.show();
        QVERIFY(f.dataPanel());
        QVERIFY(!f.dataPanel()->exportButton()->isVisible());
        QVERIFY(!f.dataPanel()->deleteButton()->isVisible());
        f.signIn();
        QTRY_VERIFY(f.dataPanel()->exportButton()->isVisible());
        QVERIFY(f.dataPanel()->deleteButton()->isEnabled());
        QVERIFY(!f.dataPanel()->exportButton()->accessibleName().isEmpty());
        QVERIFY(!f.dataPanel()->deleteButton()->accessibleName().isEmpty());
    }

    void exportThroughTheButton()
    {
        PanelFixture f;
        f.panel.show();
        f.signIn();
        const QString path = f.dir.filePath(u"mine.json"_s);
        f.dataPanel()->setFileChooser([path] { return path; });
        f.api.network.enqueue(Test::FakeResponse::json(
            200, R"({"account":{"username":"alice"},"votes":[],"reports":[],"sync_records":[]})"));
        f.dataPanel()->exportButton()->click();
        QTRY_VERIFY2(f.dataPanel()->messageText().startsWith(u"Your server data was exported"_s),
                     qPrintable(f.dataPanel()->messageText()));
        QVERIFY(QFile::exists(path));
    }

    void declinedDeletionSendsNothing()
    {
        PanelFixture f;
        f.panel.show();
        f.signIn();
        const qsizetype before = f.api.network.requests().size();
        QString asked;
        f.dataPanel()->setConfirmation([&asked](const QString& question) {
            asked = question;
            return false;
        });
        f.dataPanel()->deleteButton()->click();
        QVERIFY(asked.contains(u"cannot be undone"_s));
        QCOMPARE(f.api.network.requests().size(), before);
        QVERIFY(f.account.isSignedIn());
    }

    void confirmedDeletionSignsOut()
    {
        PanelFixture f;
        f.panel.show();
        f.signIn();
        f.dataPanel()->setConfirmation([](const QString&) { return true; });
        f.api.network.enqueue(Test::FakeResponse::json(200, R"({"deleted":{"records":3,"votes_folded":1}})"));
        f.dataPanel()->deleteButton()->click();
        QTRY_VERIFY(!f.account.isSignedIn());
        QVERIFY(f.dataPanel()->messageText().contains(u"was deleted on the server"_s));
        QTRY_VERIFY(!f.dataPanel()->deleteButton()->isVisible());
        QVERIFY(f.panel.signInButton()->isVisible());
    }
};

QTEST_MAIN(TestAccountDataPanel)
#include "TestAccountDataPanel.moc"
