#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace SafeScan {

// The command line of safescan-server, parsed and checked. --help and --version are handled by
// parse() itself (it prints and exits 0, as QCommandLineParser does).
struct ServerOptions
{
    QHostAddress address;
    quint16 port = 0;
    QString dataDir;      // holds the server secret (and the default database)
    QString databasePath; // the SQLite file

    // Exit code 2 and a message on stderr when the command line is wrong or asks for something
    // not supported yet (a postgres:// URL).
    static std::optional<ServerOptions> parse(const QStringList& arguments, QString& error);
};

} // namespace SafeScan
