#include "Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <QUrl>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

Q_LOGGING_CATEGORY(lcSettings, "safescan.settings", QtInfoMsg)

QString describe(const QVariant& value)
{
    QString text = value.toString();
    if (text.isEmpty() && value.canConvert<QStringList>())
        text = value.toStringList().join(u", "_s);
    if (text.size() > 40)
        text = text.left(40) + u"…"_s;
    return text;
}

// QSettings reads almost anything as INI. A file SafeScan wrote is UTF-8 text of comments,
// [sections] and key=value lines; anything else was damaged on the way.
QString iniProblem(const QByteArray& bytes)
{
    if (bytes.size() > 1024 * 1024)
        return u"it is far too large"_s;
    if (bytes.contains('\0'))
        return u"it contains binary data"_s;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return u"it is not UTF-8 text"_s;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') ? !line.endsWith(u']') : !line.contains(u'='))
            return u"line %1 is not a setting"_s.arg(i + 1);
    }
    return {};
}

} // namespace

QString serverUrlProblem(const QString& url)
{
    if (url.isEmpty())
        return {};
    if (url.size() > 2048)
        return u"The server address is too long."_s;
    if (url.trimmed() != url)
        return u"The server address must not start or end with spaces."_s;
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return u"The server address is not a valid URL."_s;
    if (parsed.scheme() != u"http"_s && parsed.scheme() != u"https"_s)
        return u"The server address must start with https:// (or http:// for a local server)."_s;
    if (parsed.host().isEmpty())
        return u"The server address has no host name."_s;
    if (!parsed.userInfo().isEmpty())
        return u"The server address must not contain a user name or password."_s;
    if (parsed.hasQuery() || parsed.hasFragment())
        return u"The server address must not contain '?' or '#' parts."_s;
    return {};
}

QString defaultServerUrl()
{
    return u"http://127.0.0.1:8080"_s; // safescan-server's default --listen
}

Settings::Settings(QString filePath)
    : m_path(QFileInfo(filePath).absoluteFilePath())
{
    const QFileInfo info(m_path);
    QString damage;
    if (info.exists() && info.isDir()) {
        warn(
            u"The settings file \"%1\" is a folder; the default settings are used and changes are not saved."_s
                .arg(m_path));
        m_usable = false;
    } else if (info.exists()) {
        QFile probe(m_path);
        if (!probe.open(QIODevice::ReadOnly)) {
            warn(u"The settings file \"%1\" cannot be read (%2); the default settings are used and changes "
                 u"are not "
                 u"saved."_s.arg(m_path, probe.errorString()));
            m_usable = false;
        } else {
            damage = iniProblem(probe.readAll());
        }
    }
    if (!m_usable)
        return;
    m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    if (damage.isEmpty() && m_settings->status() == QSettings::FormatError)
        damage = u"it is not a valid INI file"_s;
    if (!damage.isEmpty()) {
        // Keep the damaged file for a person to look at; the next save writes a clean one.
        QFile::remove(m_path + u".damaged"_s);
        QFile::copy(m_path, m_path + u".damaged"_s);
        m_settings->clear();
        warn(u"The settings file \"%1\" is damaged (%2); the default settings are used and the damaged file "
             u"is "
             u"kept as \"%1.damaged\"."_s.arg(m_path, damage));
    } else if (m_settings->status() == QSettings::AccessError) {
        warn(u"The settings file \"%1\" cannot be read; the default settings are used."_s.arg(m_path));
    }
}

Settings::~Settings()
{
    if (m_settings)
        sync();
}

QString Settings::defaultFilePath(const QString& dataDir)
{
    return QDir(dataDir).absoluteFilePath(u"settings.ini"_s);
}

QVariant Settings::rawValue(const char* name) const
{
    const QString key = QString::fromLatin1(name);
    return m_settings ? m_settings->value(key) : m_memory.value(key);
}

void Settings::setRawValue(const char* name, const QVariant& value)
{
    if (m_settings)
        m_settings->setValue(QString::fromLatin1(name), value);
    else
        m_memory.insert(QString::fromLatin1(name), value);
}

void Settings::removeRaw(const char* name)
{
    if (m_settings)
        m_settings->remove(QString::fromLatin1(name));
    else
        m_memory.remove(QString::fromLatin1(name));
}

bool Settings::sync()
{
    if (!m_settings) {
        warn(u"The settings could not be saved to \"%1\"; changes last until SafeScan quits."_s.arg(m_path));
        return false;
    }
    m_settings->sync();
    if (m_settings->status() == QSettings::AccessError) {
        warn(u"The settings could not be saved to \"%1\"."_s.arg(m_path));
        return false;
    }
    return true;
}

void Settings::warn(const QString& warning) const
{
    if (m_warnings.contains(warning))
        return;
    m_warnings.append(warning);
    qCWarning(lcSettings).noquote() << warning;
}

void Settings::warnInvalid(const char* name, const QVariant& stored, const QVariant& fallback) const
{
    const QString fallbackText = fallback.toString();
    warn(u"The setting %1 has the unusable value \"%2\"; the default %3 is used."_s.arg(
        QString::fromLatin1(name), describe(stored), fallbackText.isEmpty() ? u"(empty)"_s : fallbackText));
}

template <>
std::optional<bool> Settings::convert<bool>(const QVariant& stored)
{
    if (stored.typeId() == QMetaType::Bool)
        return stored.toBool();
    const QString text = stored.toString().trimmed().toLower();
    if (text == u"true"_s || text == u"1"_s)
        return true;
    if (text == u"false"_s || text == u"0"_s)
        return false;
    return std::nullopt;
}

template <>
std::optional<qint64> Settings::convert<qint64>(const QVariant& stored)
{
    if (stored.typeId() == QMetaType::Bool || stored.typeId() == QMetaType::QStringList)
        return std::nullopt;
    bool ok = false;
    const qint64 value = stored.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

template <>
std::optional<int> Settings::convert<int>(const QVariant& stored)
{
    const std::optional<qint64> wide = convert<qint64>(stored);
    if (!wide || *wide < std::numeric_limits<int>::min() || *wide > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*wide);
}

template <>
std::optional<double> Settings::convert<double>(const QVariant& stored)
{
    if (stored.typeId() == QMetaType::Bool || stored.typeId() == QMetaType::QStringList)
        return std::nullopt;
    bool ok = false;
    const double value = stored.toString().trimmed().toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

template <>
std::optional<QString> Settings::convert<QString>(const QVariant& stored)
{
    if (stored.typeId() == QMetaType::QStringList)
        return std::nullopt;
    return stored.toString();
}

} // namespace SafeScan
