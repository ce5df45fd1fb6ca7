#include "BlocklistImport.h"

#include "BlocklistStore.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace SafeScan {

BlocklistImportReport importBlocklist(BlocklistStore& store, QIODevice& device,
                                      const BlocklistImportRequest& request)
{
    BlocklistImportReport report;
    report.name = request.name.trimmed();
    if (report.name.isEmpty()) {
        report.error = u"The blocklist needs a name."_s;
        return report;
    }
    BlocklistParser::Options options;
    options.format = request.format;
    options.maxIssues = request.maxIssues;
    options.progress = request.progress;
    report.parsed = BlocklistParser(options).parse(device);
    if (!report.parsed.ok()) {
        report.error = u"Cannot import \"%1\": %2"_s.arg(report.name, report.parsed.error);
        return report;
    }
    if (report.parsed.entries.isEmpty() && report.parsed.issueCount > 0) {
        report.error = u"Cannot import \"%1\": none of its %2 lines is usable (first problem at line %3: "
                       u"%4); the stored entries were kept."_s.arg(report.name)
                           .arg(report.parsed.lines)
                           .arg(report.parsed.issues.value(0).line)
                           .arg(report.parsed.issues.value(0).reason);
        return report;
    }
    const BlocklistImportResult stored =
        store.replaceSource(report.name, report.parsed.format, request.origin, report.parsed.entries);
    report.parsed.entries.clear();
    report.parsed.entries.squeeze();
    report.ok = stored.ok;
    report.error = stored.error;
    report.stored = stored.entries;
    return report;
}

BlocklistImportReport importBlocklistFile(BlocklistStore& store, const QString& path,
                                          BlocklistImportRequest request)
{
    const QFileInfo info(path);
    if (request.name.trimmed().isEmpty())
        request.name = info.completeBaseName();
    if (request.origin.isEmpty())
        request.origin = info.absoluteFilePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        BlocklistImportReport report;
        report.name = request.name;
        report.error = u"Cannot read \"%1\": %2"_s.arg(path, file.errorString());
        return report;
    }
    return importBlocklist(store, file, request);
}

} // namespace SafeScan
