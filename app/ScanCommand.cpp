#include "ScanCommand.h"

#include "AppContext.h"
#include "CommandLine.h"
#include "TerminalProgress.h"
#include "decode/QrDecoder.h"
#include "filescan/FileScanner.h"
#include "filescan/ScanReport.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace SafeScan {

int runScanCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Decode every QR code in images, show what they contain and whether it is safe."_s);
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, u"Print one JSON object per image and line."_s);
    parser.addOption(json);
    parser.addOption(AppContext::dataDirOption());
    parser.addPositionalArgument(u"scan"_s, u"The scan command."_s);
    parser.addPositionalArgument(u"paths"_s, u"Image files, folders (recursed) or - for standard input."_s,
                                 u"PATH..."_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"scan"_s, true))
        return *exit;
    const QStringList paths = parser.positionalArguments().mid(1);

    AppContext context(parser.value(u"data-dir"_s));
    const QrDecoder decoder;
    const FileScanner scanner(decoder, &context.safety());
    const QList<ImageInput> inputs = ImageInputs::expand(paths);
    QTextStream out(stdout);
    TerminalProgress progress;
    bool anyUnreadable = false;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (inputs.size() > 1)
            progress.show(u"[%1/%2] %3"_s.arg(i + 1).arg(inputs.size()).arg(inputs.at(i).path));
        const FileScanResult result = scanner.scan(inputs.at(i));
        anyUnreadable = anyUnreadable || !result.ok();
        if (parser.isSet(json))
            out << QJsonDocument(ScanReport::toJson(result)).toJson(QJsonDocument::Compact) << u'\n';
        else
            out << ScanReport::toText(result);
        out.flush();
    }
    return anyUnreadable ? 2 : 0;
}

} // namespace SafeScan
