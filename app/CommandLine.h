#pragma once

#include <QCommandLineParser>

#include <optional>

namespace SafeScan::CommandLine {

// Parses a subcommand's arguments. Returns the exit status when the command should stop here:
// 1 after a usage error (printed to stderr), 0 after --help (printed to stdout). With
// `positionalRequired`, a command given no positional argument beyond its name is a usage error.
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command,
                         bool positionalRequired);

} // namespace SafeScan::CommandLine
