// VoterReliability: (a + 4 × prior(age)) / (a + d + 4), prior 0.3 → 0.5 over 90 days, clamped to
// [0.05, 1]. Golden values by hand below.
#include "rating/VoterReliability.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace SafeScan;

namespace {
constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
}

class TestVoterReliability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<int>("agreements");
        QTest::addColumn<int>("disagreements");
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<double>("expected");
        QTest::newRow("new account starts low") << 0 << 0 << qint64(0) << 0.3;
        QTest::newRow("45 days: prior 0.4") << 0 << 0 << 45 * kDay << 0.4;
        QTest::newRow("90 days: prior 0.5") << 0 << 0 << 90 * kDay << 0.5;
        QTest::newRow("years: prior stays 0.5") << 0 << 0 << 1000 * kDay << 0.5;
        QTest::newRow("negative age as new") << 0 << 0 << -kDay << 0.3;
        // (1 + 1.2) / 5 = 0.44
        QTest::newRow("1 agreement") << 1 << 0 << qint64(0) << 0.44;
        // (10 + 1.2) / 14 = 0.8
        QTest::newRow("10 agreements") << 10 << 0 << qint64(0) << 0.8;
        // (10 + 2) / 14 = 0.857142857
        QTest::newRow("10 agreements, mature") << 10 << 0 << 90 * kDay << 12.0 / 14.0;
        // 1.2 / 5 = 0.24
        QTest::newRow("1 disagreement") << 0 << 1 << qint64(0) << 0.24;
        // 1.2 / 14 = 0.085714286
        QTest::newRow("10 disagreements") << 0 << 10 << qint64(0) << 1.2 / 14.0;
        // 1.2 / 54 = 0.0222 → floor 0.05
        QTest::newRow("50 disagreements: floor") << 0 << 50 << qint64(0) << 0.05;
        // (5 + 1.2) / 14 = 0.442857
        QTest::newRow("5 and 5") << 5 << 5 << qint64(0) << 6.2 / 14.0;
        // (1000 + 2) / 1004
        QTest::newRow("1000 agreements: near 1") << 1000 << 0 << 90 * kDay << 1002.0 / 1004.0;
        QTest::newRow("negative counts as 0") << -5 << -5 << qint64(0) << 0.3;
    }
    void golden()
    {
        QFETCH(int, agreements);
        QFETCH(int, disagreements);
        QFETCH(qint64, ageMs);
        QFETCH(double, expected);
        const double actual = VoterReliability::compute(agreements, disagreements, ageMs);
        QVERIFY2(std::abs(actual - expected) < 1e-9,
                 qPrintable(u"got %1, expected %2"_s.arg(actual).arg(expected)));
    }

    void monotoneAndBounded_data()
    {
        QTest::addColumn<qint64>("ageMs");
        QTest::newRow("new") << qint64(0);
        QTest::newRow("30 days") << 30 * kDay;
        QTest::newRow("mature") << 365 * kDay;
    }
    void monotoneAndBounded()
    {
        QFETCH(qint64, ageMs);
        for (int a = 0; a <= 60; a += 3) {
            for (int d = 0; d <= 60; d += 3) {
                const double r = VoterReliability::compute(a, d, ageMs);
                QVERIFY(r >= VoterReliability::kMin && r <= VoterReliability::kMax);
                // Strictly growing above the floor.
                if (r > VoterReliability::kMin)
                    QVERIFY(VoterReliability::compute(a + 1, d, ageMs) > r);
                QVERIFY2(VoterReliability::compute(a + 1, d, ageMs) >= r,
                         qPrintable(u"a=%1 d=%2"_s.arg(a).arg(d)));
                QVERIFY2(VoterReliability::compute(a, d + 1, ageMs) <= r,
                         qPrintable(u"a=%1 d=%2"_s.arg(a).arg(d)));
                QVERIFY(VoterReliability::compute(a, d, ageMs + 10 * kDay) >= r);
            }
        }
    }

    void newAccountWeighsLessThanTrusted()
    {
        QVERIFY(VoterReliability::compute(0, 0, 0) < VoterReliability::compute(20, 1, 90 * kDay));
        QCOMPARE(VoterReliability::compute(0, 0, 0), VoterReliability::kNewAccount);
    }
};

QTEST_GUILESS_MAIN(TestVoterReliability)
#include "TestVoterReliability.moc"
