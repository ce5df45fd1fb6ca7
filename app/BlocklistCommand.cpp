#include "BlocklistCommand.h"

#include "AppContext.h"
#include "CommandLine.h"
#include "TerminalProgress.h"
#include "blocklist/BlocklistImport.h"
#include "blocklist/BlocklistStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

int import(AppContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() != 1) {
        err() << u"safescan blocklist import: give exactly one FILE\n"_s;
        return 1;
    }
    const QString path = args.first();
    BlocklistImportRequest request;
    request.name = parser.value(u"name"_s);
    if (parser.isSet(u"format"_s)) {
        request.format = blocklistFormatFromName(parser.value(u"format"_s));
        if (request.format == BlocklistFormat::Unknown) {
            err() << u"safescan blocklist import: unknown format '%1' (one of: %2)\n"_s.arg(
                parser.value(u"format"_s), blocklistFormatNames().join(u", "_s));
            return 1;
        }
    }
    QString error;
    BlocklistStore* store = context.blocklists(&error);
    if (!store) {
        err() << u"safescan blocklist import: %1\n"_s.arg(error);
        return 2;
    }
    TerminalProgress progress;
    request.progress = [&progress](qint64 done, qint64 total) {
        if (total > 0)
            progress.show(u"importing blocklist: %1%"_s.arg(done * 100 / total));
    };
    const BlocklistImportReport report = importBlocklistFile(*store, path, request);
    const ParsedBlocklist& parsed = report.parsed;
    QTextStream out(stdout);
    if (report.ok) {
        out << u"imported %1 entries into \"%2\" (%3 format) from %4 lines"_s.arg(report.stored)
                   .arg(report.name, blocklistFormatName(parsed.format))
                   .arg(parsed.lines);
        if (parsed.duplicates || parsed.skipped)
            out << u"; %1 duplicates, %2 skipped"_s.arg(parsed.duplicates).arg(parsed.skipped);
        out << u'\n';
    }
    if (parsed.issueCount > 0) {
        constexpr qsizetype shown = 10;
        out << u"%1 bad lines were left out:\n"_s.arg(parsed.issueCount);
        for (const BlocklistIssue& issue : parsed.issues.first(std::min(shown, parsed.issues.size())))
            out << u"  line %1: %2\n"_s.arg(issue.line).arg(issue.reason);
        if (parsed.issueCount > shown)
            out << u"  ... and %1 more\n"_s.arg(parsed.issueCount - shown);
    }
    out.flush();
    if (!report.ok) {
        err() << u"safescan blocklist import: %1: %2\n"_s.arg(path, report.error);
        return 2;
    }
    return 0;
}

int stats(AppContext& context, bool json)
{
    QString error;
    BlocklistStore* store = context.blocklists(&error);
    const QList<BlocklistSource> sources = store ? store->stats(&error) : QList<BlocklistSource>();
    if (!error.isEmpty()) {
        err() << u"safescan blocklist stats: %1\n"_s.arg(error);
        return 2;
    }
    QTextStream out(stdout);
    if (json) {
        QJsonArray array;
        for (const BlocklistSource& s : sources)
            array.append(QJsonObject{
                {u"name"_s, s.name},
                {u"format"_s, s.format},
                {u"entries"_s, s.entries},
                {u"imported_at"_s,
                 QDateTime::fromMSecsSinceEpoch(s.importedAtMs, QTimeZone::utc()).toString(Qt::ISODate)},
                {u"origin"_s, s.origin}});
        out << QJsonDocument(QJsonObject{{u"sources"_s, array}}).toJson(QJsonDocument::Compact) << u'\n';
        return 0;
    }
    if (sources.isEmpty()) {
        out << u"no blocklists imported\n"_s;
        return 0;
    }
    qint64 total = 0;
    for (const BlocklistSource& s : sources) {
        out << u"%1: %2 entries (%3), imported %4 from %5\n"_s.arg(s.name).arg(s.entries).arg(
            s.format, QDateTime::fromMSecsSinceEpoch(s.importedAtMs).toString(u"yyyy-MM-dd HH:mm"_s),
            s.origin);
        total += s.entries;
    }
    out << u"%1 lists, %2 entries\n"_s.arg(sources.size()).arg(total);
    return 0;
}
} // namespace

int runBlocklistCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Manage the local blocklists: a link on one of them is dangerous.\n\n"
                                     "  import [--format F] [--name NAME] FILE   add or replace a list\n"
                                     "  stats [--json]                           show the imported lists\n"
                                     "  remove NAME                              drop a list"_s);
    parser.addHelpOption();
    parser.addOption(AppContext::dataDirOption());
    parser.addOption(
        {u"format"_s,
         u"File format: %1 (detected when not given)."_s.arg(blocklistFormatNames().join(u", "_s)), u"F"_s});
    parser.addOption({u"name"_s, u"Name of the list (default: the file name)."_s, u"NAME"_s});
    parser.addOption({u"json"_s, u"stats as JSON."_s});
    parser.addPositionalArgument(u"blocklist"_s, u"The blocklist command."_s);
    parser.addPositionalArgument(u"action"_s, u"import, stats or remove."_s);
    if (const auto exit = CommandLine::parse(parser, arguments, u"blocklist"_s, true))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const QStringList rest = positional.mid(2);
    AppContext context(parser.value(u"data-dir"_s));
    if (action == u"import"_s)
        return import(context, parser, rest);
    if (action == u"stats"_s)
        return stats(context, parser.isSet(u"json"_s));
    if (action == u"remove"_s && rest.size() == 1) {
        QString error;
        BlocklistStore* store = context.blocklists(&error);
        if (!store || !store->removeSource(rest.first(), &error)) {
            err() << u"safescan blocklist remove: %1\n"_s.arg(error);
            return 2;
        }
        return 0;
    }
    err() << u"safescan blocklist: unknown or incomplete action\n"_s << parser.helpText();
    return 1;
}

} // namespace SafeScan
