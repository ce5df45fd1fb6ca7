// AccountDataModel: export of the account's server data into a file and deletion of the account
// (scripted network): the session token is used (never the device token), the file is written
// only on success, deletion signs this device out, and failures are explained.
#include "AccountFixture.h"
#include "viewmodels/AccountDataModel.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {
const QByteArray kExport =
    R"({"account":{"id":1,"username":"alice","role":"user","created_at":1},"pseudonym":"ab",
        "exported_at":2,"sessions":[],"votes":[{"hash":"aa","vote":"safe","voted_at":3,"quarantined":false}],
        "reports":[],"sync_clients":[],"sync_records":[],"audit":[]})";
}

struct DataFixture : Test::AccountFixture
{
    AccountDataModel model{account, &executor, &context, &vault};
    void signIn() { QVERIFY(AccountFixture::signIn()); }
};

class TestAccountDataModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedWhenSignedOut()
    {
        DataFixture f;
        QVERIFY(!f.model.canAct());
        QSignalSpy failed(&f.model, &AccountDataModel::failed);
        QVERIFY(!f.model.exportTo(f.dir.filePath(u"x.json"_s)));
        QVERIFY(!f.model.deleteAccount());
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.first().first().toString().contains(u"Sign in"_s));
        QCOMPARE(f.api.network.requests().size(), 0);
    }

    void exportWritesTheFile()
    {
        DataFixture f;
        f.signIn();
        f.api.token = u"device-token"_s; // the context's own token must not be used
        f.api.network.enqueue(Test::FakeResponse::json(200, kExport));
        const QString path = f.dir.filePath(u"export.json"_s);
        QSignalSpy done(&f.model, &AccountDataModel::done);
        QVERIFY(f.model.exportTo(path));
        QVERIFY(f.model.isBusy());
        QVERIFY(!f.model.exportTo(path)); // one at a time
        QTRY_COMPARE(done.size(), 1);
        QVERIFY2(done.first().first().toString().contains(u"1 votes"_s),
                 qPrintable(done.first().first().toString()));
        const Test::FakeRequest request = f.api.network.requests().last();
        QCOMPARE(request.method, "GET");
        QCOMPARE(request.url.path(), u"/base/v1/account/export"_s);
        QCOMPARE(request.authorization, "Bearer session-1");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(written.value(u"account"_s).toObject().value(u"username"_s).toString(), u"alice"_s);
        QVERIFY(f.account.isSignedIn());
    }

    void failedExportWritesNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("expired session")
            << 401 << QByteArray(R"({"error":"unauthorized","message":"no"})") << u"no longer accepts"_s;
        QTest::newRow("not an export") << 200 << QByteArray(R"({"hello":1})") << u"The export failed"_s;
        QTest::newRow("forbidden") << 403 << QByteArray(R"({"error":"forbidden","message":"Devices cannot"})")
                                   << u"Devices cannot"_s;
    }
    void failedExportWritesNothing()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        DataFixture f;
        f.signIn();
        f.api.network.enqueue(Test::FakeResponse::json(status, body));
        const QString path = f.dir.filePath(u"export.json"_s);
        QSignalSpy failed(&f.model, &AccountDataModel::failed);
        QVERIFY(f.model.exportTo(path));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(says),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!QFile::exists(path));
    }

    void unwritableFileIsReported()
    {
        DataFixture f;
        f.signIn();
        f.api.network.enqueue(Test::FakeResponse::json(200, kExport));
        QSignalSpy failed(&f.model, &AccountDataModel::failed);
        QVERIFY(f.model.exportTo(f.dir.filePath(u"no/such/folder/export.json"_s)));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(u"could not be written"_s));
    }

    void deleteSignsOut_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("deleted") << 200
                                 << QByteArray(R"({"deleted":{"votes_folded":4,"votes_dropped":0,"records":12,
                                    "sync_clients":1,"sessions":2,"reports_anonymised":0,"audit_anonymised":0}})")
                                 << u"12 synced records removed, 4 votes"_s;
        // The answer to an earlier attempt was lost: the account is gone already.
        QTest::newRow("already gone")
            << 401 << QByteArray(R"({"error":"unauthorized","message":"no"})") << u"no longer knows"_s;
    }
    void deleteSignsOut()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        DataFixture f;
        f.signIn();
        f.api.network.enqueue(Test::FakeResponse::json(status, body));
        QSignalSpy done(&f.model, &AccountDataModel::done);
        QVERIFY(f.model.deleteAccount());
        QTRY_COMPARE(done.size(), 1);
        QVERIFY2(done.first().first().toString().contains(says), qPrintable(done.first().first().toString()));
        QCOMPARE(f.api.network.requests().last().method, "DELETE");
        QCOMPARE(f.api.network.requests().last().url.path(), u"/base/v1/account"_s);
        QVERIFY(!f.account.isSignedIn());
        QCOMPARE(f.vault.sessionToken(), QString());
        QVERIFY(!f.model.canAct());
    }

    void failedDeleteKeepsTheSignIn()
    {
        DataFixture f;
        f.signIn();
        // 400: not retried; a 5xx would be retried by the executor's policy.
        f.api.network.enqueue(
            Test::FakeResponse::json(400, R"({"error":"unexpected_body","message":"No body."})"));
        QSignalSpy failed(&f.model, &AccountDataModel::failed);
        QVERIFY(f.model.deleteAccount());
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().startsWith(u"The account was not deleted"_s));
        QVERIFY(f.account.isSignedIn());
        QCOMPARE(f.vault.sessionToken(), u"session-1"_s);
    }
};

QTEST_GUILESS_MAIN(TestAccountDataModel)
#include "TestAccountDataModel.moc"
