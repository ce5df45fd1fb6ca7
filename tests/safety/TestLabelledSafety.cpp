#include "payload/PayloadParser.h"
#include "safety/SafetyEngine.h"

#include <QFile>
#include <QTest>

using namespace SafeScan;
using namespace Qt::StringLiterals;

namespace {
QString unescape(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const QChar next = text[++i];
        if (next == u'n')
            out += u'\n';
        else if (next == u't')
            out += u'\t';
        else if (next == u'u' && i + 4 < text.size()) {
            out += QChar(char16_t(text.mid(i + 1, 4).toUShort(nullptr, 16)));
            i += 4;
        } else
            out += next;
    }
    return out;
}

bool flagged(const Verdict& verdict)
{
    return verdict.level == VerdictLevel::Dangerous || verdict.level == VerdictLevel::Suspicious;
}
} // namespace

// The acceptance figures on tests/data/safety/labelled.tsv.
class TestLabelledSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void riskyAreFlaggedOrdinaryAreNot()
    {
        QFile file(QStringLiteral(SAFESCAN_LABELLED_SET));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const SafetyEngine engine;
        int risky = 0, riskyFlagged = 0, ordinary = 0, ordinaryFlagged = 0;
        for (const QByteArray& rawLine : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(rawLine);
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const qsizetype tab = line.indexOf(u'\t');
            QVERIFY2(tab > 0, qPrintable(line));
            const QString label = line.left(tab);
            const QString content = unescape(QStringView(line).mid(tab + 1));
            const Verdict verdict = engine.judge(PayloadParser::parse(content));
            if (label == u"risky"_s) {
                ++risky;
                riskyFlagged += flagged(verdict);
                if (!flagged(verdict))
                    qInfo("risky but %s: %s", qPrintable(verdictLevelName(verdict.level)),
                          qPrintable(content));
            } else {
                QCOMPARE(label, u"ordinary"_s);
                ++ordinary;
                ordinaryFlagged += flagged(verdict);
                if (flagged(verdict))
                    qInfo("ordinary but %s: %s", qPrintable(verdictLevelName(verdict.level)),
                          qPrintable(content));
            }
        }
        QVERIFY(risky >= 100);
        QVERIFY(ordinary >= 100);
        const double riskyRate = 100.0 * riskyFlagged / risky;
        const double ordinaryRate = 100.0 * ordinaryFlagged / ordinary;
        qInfo("risky flagged: %d/%d = %.1f%%; ordinary flagged: %d/%d = %.1f%%", riskyFlagged, risky,
              riskyRate, ordinaryFlagged, ordinary, ordinaryRate);
        QVERIFY(riskyRate >= 95.0);
        QVERIFY(ordinaryRate <= 2.0);
    }
};

QTEST_GUILESS_MAIN(TestLabelledSafety)
#include "TestLabelledSafety.moc"
