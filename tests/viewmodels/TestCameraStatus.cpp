// CameraStatus: camera errors and device changes become states that say what to do next.
#include "viewmodels/CameraStatus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SafeScan;
using CameraStatus::State;

class TestCameraStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errors_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<State>("state");
        QTest::newRow("v4l2 permission")
            << u"Could not open device /dev/video0: Permission denied"_s << State::PermissionDenied;
        QTest::newRow("access denied") << u"Access denied"_s << State::PermissionDenied;
        QTest::newRow("busy") << u"Device or resource busy"_s << State::Busy;
        QTest::newRow("in use") << u"The camera is in use by another application"_s << State::Busy;
        QTest::newRow("other") << u"Internal data stream error."_s << State::Failed;
        QTest::newRow("empty") << QString() << State::Failed;
    }
    void errors()
    {
        QFETCH(QString, error);
        QFETCH(State, state);
        QCOMPARE(CameraStatus::fromErrorString(error), state);
    }

    void devices_data()
    {
        QTest::addColumn<QByteArray>("inUse");
        QTest::addColumn<QList<QByteArray>>("available");
        QTest::addColumn<State>("current");
        QTest::addColumn<State>("expected");
        QTest::newRow("none at all") << QByteArray() << QList<QByteArray>{} << State::Stopped
                                     << State::NoCamera;
        QTest::newRow("the only one unplugged")
            << QByteArray("cam0") << QList<QByteArray>{} << State::Running << State::Unplugged;
        QTest::newRow("ours unplugged, another left")
            << QByteArray("cam0") << QList<QByteArray>{"cam1"} << State::Running << State::Unplugged;
        QTest::newRow("another plugged in")
            << QByteArray("cam0") << QList<QByteArray>{"cam0", "cam1"} << State::Running << State::Running;
        QTest::newRow("first camera arrives")
            << QByteArray() << QList<QByteArray>{"cam0"} << State::NoCamera << State::Stopped;
        QTest::newRow("ours is back")
            << QByteArray() << QList<QByteArray>{"cam0"} << State::Unplugged << State::Stopped;
        QTest::newRow("paused stays paused")
            << QByteArray("cam0") << QList<QByteArray>{"cam0"} << State::Paused << State::Paused;
    }
    void devices()
    {
        QFETCH(QByteArray, inUse);
        QFETCH(QList<QByteArray>, available);
        QFETCH(State, current);
        QFETCH(State, expected);
        QCOMPARE(CameraStatus::afterDevicesChanged(inUse, available, current), expected);
    }

    void everyProblemSaysWhatToDo_data()
    {
        QTest::addColumn<State>("state");
        QTest::newRow("no camera") << State::NoCamera;
        QTest::newRow("permission") << State::PermissionDenied;
        QTest::newRow("busy") << State::Busy;
        QTest::newRow("unplugged") << State::Unplugged;
        QTest::newRow("failed") << State::Failed;
    }
    void everyProblemSaysWhatToDo()
    {
        QFETCH(State, state);
        const CameraStatus::Message message = CameraStatus::message(state, u"backend text"_s);
        QVERIFY(!message.title.isEmpty());
        QVERIFY(message.detail.size() > 30);
        QCOMPARE(CameraStatus::canRetry(state), state != State::NoCamera);
        if (state == State::Busy || state == State::Failed || state == State::PermissionDenied)
            QVERIFY(message.detail.contains(u"backend text"_s));
    }
};

QTEST_GUILESS_MAIN(TestCameraStatus)
#include "TestCameraStatus.moc"
