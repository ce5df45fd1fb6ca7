#include "decode/PassBudget.h"

#include <QTest>

using namespace SafeScan;

class TestPassBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extraTimeStaysWithinShare_data()
    {
        QTest::addColumn<double>("share");
        QTest::addColumn<qint64>("plainCost");
        QTest::addColumn<qint64>("extraCost");
        QTest::newRow("cheap extra") << 0.25 << qint64(1000) << qint64(100);
        QTest::newRow("equal cost") << 0.25 << qint64(1000) << qint64(1000);
        QTest::newRow("expensive extra") << 0.25 << qint64(1000) << qint64(4000);
        QTest::newRow("tiny share") << 0.05 << qint64(1000) << qint64(1000);
    }
    void extraTimeStaysWithinShare()
    {
        QFETCH(double, share);
        QFETCH(qint64, plainCost);
        QFETCH(qint64, extraCost);
        PassBudget budget(share);
        qint64 plainTotal = 0;
        qint64 extraTotal = 0;
        int extras = 0;
        for (int frame = 0; frame < 1000; ++frame) {
            budget.recordPlain(plainCost);
            plainTotal += plainCost;
            if (budget.canRunExtra()) {
                budget.recordExtra(extraCost);
                extraTotal += extraCost;
                ++extras;
            }
        }
        QVERIFY(extras > 0);
        // Within the share, give or take one pass; and the share is used unless every frame already
        // had its one fallback pass.
        QVERIFY(double(extraTotal) <= share * double(plainTotal) + double(extraCost));
        QVERIFY(extras == 1000 || double(extraTotal) >= share * double(plainTotal) - double(extraCost) -
                                                            4 * share * double(plainCost));
    }

    void creditIsCappedSoNoBurstFollowsAQuietStretch()
    {
        PassBudget budget(0.25, 4);
        for (int frame = 0; frame < 100; ++frame)
            budget.recordPlain(1000);      // a code in view: no extra passes wanted
        QCOMPARE(budget.credit(), 1000.0); // 4 frames' worth of 250
        budget.recordExtra(1000);
        QVERIFY(budget.canRunExtra());
        budget.recordExtra(1);
        QVERIFY(!budget.canRunExtra());
    }

    void negativeShareIsTreatedAsNone()
    {
        PassBudget budget(-1);
        budget.recordPlain(1000);
        budget.recordExtra(1);
        QVERIFY(!budget.canRunExtra());
    }
};

QTEST_GUILESS_MAIN(TestPassBudget)
#include "TestPassBudget.moc"
