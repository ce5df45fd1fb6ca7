#include "ServerConfigFile.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {
constexpr qint64 MaxConfigBytes = 1024 * 1024;
}

std::optional<QList<ConfigSetting>> readServerConfig(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = u"cannot read the configuration file %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxConfigBytes) {
        error = u"the configuration file %1 is larger than 1 MB"_s.arg(path);
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        error = u"the configuration file %1 is not UTF-8 text"_s.arg(path);
        return std::nullopt;
    }
    static const QRegularExpression setting(u"^([a-z][a-z0-9-]*)\\s*=\\s*(.*)$"_s);
    QList<ConfigSetting> settings;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QRegularExpressionMatch match = setting.match(line);
        if (!match.hasMatch()) {
            error = u"%1 line %2: expected \"name = value\", got \"%3\""_s.arg(path).arg(i + 1).arg(
                line.left(80));
            return std::nullopt;
        }
        QString value = match.captured(2).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        settings.append({match.captured(1), value, int(i + 1)});
    }
    return settings;
}

} // namespace SafeScan
