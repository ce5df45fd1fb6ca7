#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace SafeScan {

// safescan-server --config FILE: the same settings as the long command-line options, one per line
// as `name = value` (the option's name without the dashes), `#` starting a comment. Options given
// on the command line win over the file. See packaging/server/server.conf.
struct ConfigSetting
{
    QString name;
    QString value;
    int line = 0;
};

// The settings of `path`, or nothing with `error` naming the file and line that is wrong.
std::optional<QList<ConfigSetting>> readServerConfig(const QString& path, QString& error);

} // namespace SafeScan
