#include "HistoryCommands.h"

#include "AppContext.h"
#include "CommandLine.h"
#include "TerminalProgress.h"
#include "history/HistoryExport.h"
#include "history/HistoryStore.h"
#include "store/LocalStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QJsonObject historyJson(const ScanRecord& r)
{
    return QJsonObject{
        {u"id"_s, r.id},
        {u"uuid"_s, r.uuid},
        {u"content"_s, r.content},
        {u"content_redacted"_s, r.contentRedacted},
        {u"type"_s, r.payloadType},
        {u"verdict"_s, r.verdictLevel},
        {u"host"_s, r.host},
        {u"source"_s, r.source},
        {u"time"_s, isoTime(r.scannedAt)},
        {u"pinned"_s, r.pinned},
        {u"note"_s, r.note},
        {u"sync_state"_s, r.syncState},
    };
}

QStringList splitList(const QStringList& values)
{
    QStringList out;
    for (const QString& value : values)
        for (const QString& part : value.split(u',', Qt::SkipEmptyParts))
            out.append(part.trimmed());
    return out;
}

HistoryProgress progressTo(TerminalProgress& progress, const QString& what)
{
    return [&progress, what](qint64 done, qint64 total) {
        progress.show(total > 0 ? u"%1: %2/%3"_s.arg(what).arg(done).arg(total)
                                : u"%1: %2"_s.arg(what).arg(done));
    };
}
} // namespace

int runHistoryCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List the scan history, newest first."_s);
    parser.addHelpOption();
    parser.addOption(AppContext::dataDirOption());
    parser.addOption({u"json"_s, u"One JSON object per scan and line."_s});
    parser.addOption({u"search"_s, u"Full-text search over content, note and host."_s, u"Q"_s});
    parser.addOption({u"type"_s, u"Only these payload types (comma-separated: url, wifi, ...)."_s, u"T"_s});
    parser.addOption({u"verdict"_s, u"Only these verdict levels (comma-separated)."_s, u"V"_s});
    parser.addOption(
        {u"source"_s, u"Only these sources (camera, file, clipboard, screen, video, import)."_s, u"S"_s});
    parser.addOption({u"limit"_s, u"At most N scans (default 50)."_s, u"N"_s, u"50"_s});
    parser.addPositionalArgument(u"history"_s, u"The history command."_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"history"_s, false))
        return *exit;
    bool limitOk = false;
    const int limit = parser.value(u"limit"_s).toInt(&limitOk);
    if (!limitOk || limit < 1) {
        err() << u"safescan history: --limit takes a positive number\n"_s;
        return 1;
    }

    AppContext context(parser.value(u"data-dir"_s));
    QString error;
    HistoryStore* history = context.history(&error);
    if (!history) {
        err() << u"safescan history: %1\n"_s.arg(error);
        return 2;
    }
    HistoryQuery query;
    query.search = parser.value(u"search"_s);
    query.types = splitList(parser.values(u"type"_s));
    query.verdicts = splitList(parser.values(u"verdict"_s));
    query.sources = splitList(parser.values(u"source"_s));
    QTextStream out(stdout);
    int remaining = limit;
    while (remaining > 0) { // pages of at most 1000 until the limit
        query.limit = std::min(remaining, 1000);
        const HistoryPage page = history->query(query);
        if (!page.ok) {
            err() << u"safescan history: %1\n"_s.arg(page.error);
            return 2;
        }
        for (const ScanRecord& record : page.records) {
            if (parser.isSet(u"json"_s))
                out << QJsonDocument(historyJson(record)).toJson(QJsonDocument::Compact) << u'\n';
            else
                out << u"#%1  %2  %3  %4%5  %6\n"_s.arg(record.id).arg(
                    QDateTime::fromMSecsSinceEpoch(record.scannedAt).toString(u"yyyy-MM-dd HH:mm"_s),
                    record.verdictLevel, record.payloadType, record.pinned ? u" (pinned)"_s : QString(),
                    record.content.left(200).replace(u'\n', u' '));
        }
        remaining -= int(page.records.size());
        if (!page.next)
            break;
        query.after = page.next;
    }
    return 0;
}

int runExportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Export the scan history to a CSV or JSON file."_s);
    parser.addHelpOption();
    parser.addOption(AppContext::dataDirOption());
    parser.addOption({u"format"_s, u"csv or json (default: from the file name, else json)."_s, u"F"_s});
    parser.addOption({u"redact"_s, u"Mask Wi-Fi passwords and OTP secrets even if they are stored."_s});
    parser.addPositionalArgument(u"export"_s, u"The export command."_s);
    parser.addPositionalArgument(u"file"_s, u"The file to write."_s, u"FILE"_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"export"_s, true))
        return *exit;
    const QString file = parser.positionalArguments().value(1);
    QString format = parser.value(u"format"_s).toLower();
    if (format.isEmpty())
        format = file.endsWith(u".csv"_s, Qt::CaseInsensitive) ? u"csv"_s : u"json"_s;
    if (format != u"csv"_s && format != u"json"_s) {
        err() << u"safescan export: --format is csv or json\n"_s;
        return 1;
    }
    AppContext context(parser.value(u"data-dir"_s));
    QString error;
    HistoryStore* history = context.history(&error);
    if (!history) {
        err() << u"safescan export: %1\n"_s.arg(error);
        return 2;
    }
    TerminalProgress progress;
    HistoryExport exporter(context.store(nullptr)->database(), *history);
    const ExportResult result =
        exporter.exportToFile(file, format == u"csv"_s ? ExportFormat::Csv : ExportFormat::Json,
                              parser.isSet(u"redact"_s) ? ExportSecrets::Redacted : ExportSecrets::AsStored,
                              progressTo(progress, u"exporting"_s));
    if (!result.ok) {
        err() << u"safescan export: %1\n"_s.arg(result.error);
        return 2;
    }
    QTextStream(stdout) << u"exported %1 scans to %2\n"_s.arg(result.exported).arg(file);
    return 0;
}

int runImportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import scans from a JSON file written by safescan export."_s);
    parser.addHelpOption();
    parser.addOption(AppContext::dataDirOption());
    parser.addPositionalArgument(u"import"_s, u"The import command."_s);
    parser.addPositionalArgument(u"file"_s, u"The JSON file to read."_s, u"FILE"_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"import"_s, true))
        return *exit;
    AppContext context(parser.value(u"data-dir"_s));
    QString error;
    HistoryStore* history = context.history(&error);
    if (!history) {
        err() << u"safescan import: %1\n"_s.arg(error);
        return 2;
    }
    TerminalProgress progress;
    HistoryExport importer(context.store(nullptr)->database(), *history);
    const ImportReport report =
        importer.importJsonFile(parser.positionalArguments().value(1), progressTo(progress, u"importing"_s));
    QTextStream out(stdout);
    if (report.ok)
        out << u"imported %1 scans; %2 duplicates skipped; %3 bad records\n"_s.arg(report.imported)
                   .arg(report.duplicates)
                   .arg(report.bad.size());
    for (const ImportProblem& problem : report.bad.first(std::min<qsizetype>(report.bad.size(), 10)))
        out << u"  record %1: %2\n"_s.arg(problem.index).arg(problem.reason);
    if (report.bad.size() > 10)
        out << u"  ... and %1 more\n"_s.arg(report.bad.size() - 10);
    out.flush();
    if (!report.ok) {
        err() << u"safescan import: %1\n"_s.arg(report.error);
        return 2;
    }
    return 0;
}

} // namespace SafeScan
