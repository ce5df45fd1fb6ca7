#include "ScanCommand.h"

#include "decode/QrDecoder.h"
#include "filescan/FileScanner.h"
#include "filescan/ScanReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
// Progress on stderr, only when a person is watching it.
class Progress
{
public:
    explicit Progress(qsizetype total)
        : m_total(total)
        , m_enabled(total > 1 && isatty(fileno(stderr)))
    {}
    ~Progress()
    {
        if (m_enabled)
            std::fputs("\r\033[K", stderr);
    }
    void step(qsizetype done, const QString& file)
    {
        if (m_enabled)
            std::fprintf(stderr, "\r\033[K[%lld/%lld] %s", static_cast<long long>(done),
                         static_cast<long long>(m_total), qPrintable(file));
    }

private:
    qsizetype m_total;
    bool m_enabled;
};
} // namespace

int runScanCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Decode every QR code in images and show what they contain."_s);
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, u"Print one JSON object per image and line."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"scan"_s, u"The scan command."_s);
    parser.addPositionalArgument(u"paths"_s, u"Image files, folders (recursed) or - for standard input."_s,
                                 u"PATH..."_s);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << u"\n"_s;
        return 1;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList paths = parser.positionalArguments().mid(1);
    if (paths.isEmpty()) {
        QTextStream(stderr) << u"safescan scan: no PATH given\n"_s << parser.helpText();
        return 1;
    }

    const QrDecoder decoder;
    const FileScanner scanner(decoder);
    const QList<ImageInput> inputs = ImageInputs::expand(paths);
    QTextStream out(stdout);
    Progress progress(inputs.size());
    bool anyUnreadable = false;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        progress.step(i + 1, inputs.at(i).path);
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
