#include "CommandLine.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace SafeScan::CommandLine {

std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command,
                         bool positionalRequired)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << u"safescan %1: %2\n"_s.arg(command, parser.errorText());
        return 1;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (positionalRequired && parser.positionalArguments().size() < 2) {
        QTextStream(stderr) << u"safescan %1: missing arguments\n\n"_s.arg(command) << parser.helpText();
        return 1;
    }
    return std::nullopt;
}

} // namespace SafeScan::CommandLine
