// AccountViewModel: sign-in through POST /v1/sessions (scripted network), the token into the
// vault, the name into the settings; wrong passwords and a missing connection are explained.
#include "AccountFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

using AccountFixture = Test::AccountFixture;

class TestAccountViewModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signInAndOut()
    {
        AccountFixture f;
        QVERIFY(f.account.isAvailable());
        QVERIFY(!f.account.isSignedIn());
        f.api.network.enqueue(Test::FakeResponse::json(201, R"({"token":"s1","role":"moderator"})"));
        QSignalSpy state(&f.account, &AccountViewModel::stateChanged);
        QVERIFY(f.account.signIn(u" alice "_s, u"correct horse"_s));
        QVERIFY(f.account.isBusy());
        QVERIFY(!f.account.signIn(u"alice"_s, u"again"_s)); // one at a time
        QTRY_VERIFY(!f.account.isBusy());
        QVERIFY(f.account.isSignedIn());
        QCOMPARE(f.account.userName(), u"alice"_s);
        QCOMPARE(f.account.role(), u"moderator"_s);
        QCOMPARE(f.vault.sessionToken(), u"s1"_s);
        QCOMPARE(f.settings.value(SettingKeys::accountName), u"alice"_s);
        QCOMPARE(f.api.network.requests().size(), 1);
        QCOMPARE(f.api.network.requests().first().url.path(), u"/base/v1/sessions"_s);
        QVERIFY(!state.isEmpty());

        f.account.signOut();
        QVERIFY(!f.account.isSignedIn());
        QCOMPARE(f.vault.sessionToken(), QString());
        QCOMPARE(f.settings.value(SettingKeys::accountName), QString());
    }

    void wrongPassword()
    {
        AccountFixture f;
        f.api.network.enqueue(
            Test::FakeResponse::json(401, R"({"error":"invalid_credentials","message":"no such user"})"));
        QSignalSpy failed(&f.account, &AccountViewModel::failed);
        QVERIFY(f.account.signIn(u"alice"_s, u"nope"_s));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), u"The user name or password is wrong."_s);
        QVERIFY(!f.account.isSignedIn());
        QCOMPARE(f.vault.sessionToken(), QString());
    }

    void emptyFieldsAreRefused()
    {
        AccountFixture f;
        QSignalSpy failed(&f.account, &AccountViewModel::failed);
        QVERIFY(!f.account.signIn(u"  "_s, u"pw"_s));
        QVERIFY(!f.account.signIn(u"alice"_s, QString()));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(f.api.network.requests().size(), 0);
    }

    void unavailableWithoutConnection()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        AccountViewModel model(settings, nullptr, nullptr, nullptr);
        QVERIFY(!model.isAvailable());
        QSignalSpy failed(&model, &AccountViewModel::failed);
        QVERIFY(!model.signIn(u"alice"_s, u"pw"_s));
        QVERIFY(failed.first().first().toString().contains(u"not set up"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccountViewModel)
#include "TestAccountViewModel.moc"
