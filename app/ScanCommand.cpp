#include "ScanCommand.h"

#include "AppAnalytics.h"
#include "AppContext.h"
#include "CommandLine.h"
#include "TerminalProgress.h"
#include "decode/QrDecoder.h"
#include "filescan/FileScanner.h"
#include "filescan/ScanReport.h"
#include "history/HistoryMaintenance.h"
#include "history/HistoryStore.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
SaveResult saveScans(HistoryStore& history, const FileScanResult& result)
{
    QList<NewScan> scans;
    for (const ScannedCode& scanned : result.codes)
        // Binary content keeps its bytes in the payload (base64); the text is what ZXing read.
        scans.append({scanned.code.text, scanned.payload, scanned.verdict.value_or(Verdict{}), u"file"_s,
                      std::nullopt});
    return history.save(scans);
}

// Quota and retention after saving, as the settings say.
void runMaintenance(AppContext& context)
{
    QString error;
    LocalStore* store = context.store(&error);
    if (!store)
        return;
    HistoryMaintenance::Options options;
    options.sizeLimitBytes = context.settings().value(SettingKeys::historySizeLimitBytes);
    if (const int days = context.settings().value(SettingKeys::retentionDays); days > 0)
        options.retentionDays = days;
    const MaintenanceReport report = HistoryMaintenance(store->database(), context.clock(), options).run();
    if (!report.ok)
        QTextStream(stderr) << u"safescan scan: history maintenance failed: %1\n"_s.arg(report.error);
}
} // namespace

int runScanCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Decode every QR code in images, show what they contain and whether it is safe."_s);
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, u"Print one JSON object per image and line."_s);
    parser.addOption(json);
    const QCommandLineOption save(u"save"_s, u"Store each decoded code in the history."_s);
    parser.addOption(save);
    parser.addOption(AppContext::dataDirOption());
    parser.addPositionalArgument(u"scan"_s, u"The scan command."_s);
    parser.addPositionalArgument(u"paths"_s, u"Image files, folders (recursed) or - for standard input."_s,
                                 u"PATH..."_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"scan"_s, true))
        return *exit;
    const QStringList paths = parser.positionalArguments().mid(1);

    AppContext context(parser.value(u"data-dir"_s));
    HistoryStore* history = nullptr;
    if (parser.isSet(save)) {
        QString error;
        history = context.history(&error); // before the safety engine: it shares the open store
        if (!history) {
            QTextStream(stderr) << u"safescan scan: cannot save: %1\n"_s.arg(error);
            return 2;
        }
    }
    const QrDecoder decoder;
    const FileScanner scanner(decoder, &context.safety());
    const QList<ImageInput> inputs = ImageInputs::expand(paths);
    QTextStream out(stdout);
    TerminalProgress progress;
    bool anyUnreadable = false;
    bool anyUnsaved = false;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (inputs.size() > 1)
            progress.show(u"[%1/%2] %3"_s.arg(i + 1).arg(inputs.size()).arg(inputs.at(i).path));
        const FileScanResult result = scanner.scan(inputs.at(i));
        anyUnreadable = anyUnreadable || !result.ok();
        QList<qint64> savedIds;
        if (history && !result.codes.isEmpty()) {
            const SaveResult saved = saveScans(*history, result);
            if (!saved.ok) {
                anyUnsaved = true;
                QTextStream(stderr) << u"safescan scan: %1: not saved: %2\n"_s.arg(result.file, saved.error);
            } else if (saved.offTheRecord && i == 0) {
                QTextStream(stderr) << u"safescan scan: off the record: nothing is saved\n"_s;
            }
            savedIds = saved.ids; // printed only now that the transaction has committed
        }
        if (history) // analytics only where the store is open anyway, and only when opted in
            context.analytics().recordFileScan(result);
        if (parser.isSet(json)) {
            QJsonObject object = ScanReport::toJson(result);
            if (!savedIds.isEmpty()) {
                QJsonArray codes = object.value(u"codes"_s).toArray();
                for (qsizetype c = 0; c < codes.size() && c < savedIds.size(); ++c) {
                    QJsonObject code = codes.at(c).toObject();
                    code.insert(u"saved_id"_s, savedIds.at(c));
                    codes.replace(c, code);
                }
                object.insert(u"codes"_s, codes);
            }
            out << QJsonDocument(object).toJson(QJsonDocument::Compact) << u'\n';
        } else {
            out << ScanReport::toText(result);
            if (!savedIds.isEmpty()) {
                QStringList ids;
                for (const qint64 id : savedIds)
                    ids.append(u"#"_s + QString::number(id));
                out << u"  saved as "_s << ids.join(u", "_s) << u'\n';
            }
        }
        out.flush();
    }
    if (history)
        runMaintenance(context);
    return anyUnreadable || anyUnsaved ? 2 : 0;
}

} // namespace SafeScan
