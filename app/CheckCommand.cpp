#include "CheckCommand.h"

#include "AppContext.h"
#include "CommandLine.h"
#include "payload/PayloadJson.h"
#include "payload/PayloadParser.h"
#include "safety/SafetyEngine.h"
#include "safety/VerdictJson.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
void report(const QString& input, const SafetyEngine& safety, bool json, QTextStream& out)
{
    const Payload payload = PayloadParser::parse(input);
    const Verdict verdict = safety.judge(payload);
    if (json) {
        const QJsonObject object{
            {u"input"_s, input},
            {u"payload"_s, payloadToJson(payload)},
            {u"verdict"_s, verdictToJson(verdict)},
        };
        out << QJsonDocument(object).toJson(QJsonDocument::Compact) << u'\n';
    } else {
        out << input << u'\n' << u"  type: "_s << payloadTypeName(payload.type) << u'\n'
            << verdictToText(verdict, u"  "_s);
    }
}
} // namespace

int runCheckCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Judge whether QR code contents are safe, locally."_s);
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, u"Print one JSON object per input and line."_s);
    parser.addOption(json);
    parser.addOption(AppContext::dataDirOption());
    parser.addPositionalArgument(u"check"_s, u"The check command."_s);
    parser.addPositionalArgument(u"text"_s, u"Contents to judge, or - for one per line on standard input."_s,
                                 u"TEXT..."_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"check"_s, true))
        return *exit;
    const QStringList inputs = parser.positionalArguments().mid(1);

    AppContext context(parser.value(u"data-dir"_s));
    const SafetyEngine& safety = context.safety();
    QTextStream out(stdout);
    for (const QString& input : inputs) {
        if (input != u"-"_s) {
            report(input, safety, parser.isSet(json), out);
            continue;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            QTextStream(stderr) << u"safescan check: cannot read standard input\n"_s;
            return 2;
        }
        while (!in.atEnd()) {
            QByteArray line = in.readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            if (!line.isEmpty())
                report(QString::fromUtf8(line), safety, parser.isSet(json), out);
        }
    }
    return 0;
}

} // namespace SafeScan
