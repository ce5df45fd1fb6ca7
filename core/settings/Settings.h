#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <type_traits>

namespace SafeScan {

// A typed preference: its name in the INI file ("group/key"), the value used when the file has
// none or an unusable one, and optionally a check that rejects values out of range.
template <class T>
struct SettingKey
{
    using Type = T;
    const char* name;
    T defaultValue;
    bool (*isValid)(const T&) = nullptr;
};

// Empty when `url` is usable as the server setting: empty (the default), or an http(s) URL with a
// host and no query, fragment or user info; otherwise one sentence saying what is wrong.
QString serverUrlProblem(const QString& url);
// The server used when the setting is empty: a local safescan-server on loopback.
QString defaultServerUrl();

// The preferences that are not kept in SQLite (SPEC §7).
namespace SettingKeys {
inline constexpr SettingKey<qint64> historySizeLimitBytes{"history/sizeLimitBytes", qint64(50) * 1024 * 1024,
                                                          [](const qint64& v) { return v > 0; }};
// 0 keeps scans forever.
inline constexpr SettingKey<int> retentionDays{"history/retentionDays", 0,
                                               [](const int& v) { return v >= 0; }};
inline constexpr SettingKey<bool> offTheRecord{"history/offTheRecord", false};
inline constexpr SettingKey<bool> storeSensitiveFields{"history/storeSensitiveFields", false};
inline constexpr SettingKey<bool> dailyBackups{"backups/daily", true};
// The desktop application: "system", "light" or "dark".
inline const SettingKey<QString> theme{"ui/theme", QStringLiteral("system"), [](const QString& v) {
                                           return v == u"system" || v == u"light" || v == u"dark";
                                       }};
// QCameraDevice::id() of the camera last chosen (empty: the system default).
inline const SettingKey<QString> cameraId{"camera/deviceId", QString()};
inline constexpr SettingKey<bool> cameraMirror{"camera/mirror", false};
// The language of the interface: "system", "en", "de", "fr" or "es".
inline const SettingKey<QString> language{"ui/language", QStringLiteral("system"), [](const QString& v) {
                                              return v == u"system" || v == u"en" || v == u"de" ||
                                                     v == u"fr" || v == u"es";
                                          }};
// Before a link leaves SafeScan: "always_ask", or "ask_unless_trusted" (a trusted verdict opens at once).
inline const SettingKey<QString> openLinkPolicy{
    "links/openPolicy", QStringLiteral("always_ask"),
    [](const QString& v) { return v == u"always_ask" || v == u"ask_unless_trusted"; }};
// The community server's base URL; empty: the local server on loopback (defaultServerUrl()).
inline const SettingKey<QString> serverUrl{"server/url", QString(),
                                           [](const QString& v) { return serverUrlProblem(v).isEmpty(); }};
// The account signed in on that server (its name only; the token lives in the keychain).
inline const SettingKey<QString> accountName{"account/username", QString()};
// Its role as the server gave it at sign-in (user, moderator, analyst, admin): which views to show
// (the server checks every request anyway).
inline const SettingKey<QString> accountRole{"account/role", QString()};
// Anonymous usage analytics (SPEC §10), off until the user opts in.
inline constexpr SettingKey<bool> analyticsEnabled{"analytics/enabled", false};
} // namespace SettingKeys

// Preferences in an INI file (QSettings) in the data folder. Nothing about the file can make it
// fail: a missing file gives the defaults; a damaged, unreadable or folder-shaped file, or a value
// of the wrong type or out of range, gives the default for what is affected and one line in
// warnings(). Writes go to the file on sync() and on destruction. Not thread-safe: one per thread.
class Settings
{
public:
    explicit Settings(QString filePath);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    // <dataDir>/settings.ini
    static QString defaultFilePath(const QString& dataDir);

    template <class T>
    T value(const SettingKey<T>& key) const
    {
        const QVariant stored = rawValue(key.name);
        if (!stored.isValid())
            return key.defaultValue;
        const std::optional<T> parsed = convert<T>(stored);
        if (!parsed || (key.isValid && !key.isValid(*parsed))) {
            warnInvalid(key.name, stored, QVariant::fromValue(key.defaultValue));
            return key.defaultValue;
        }
        return *parsed;
    }

    template <class T>
    void setValue(const SettingKey<T>& key, const T& value)
    {
        setRawValue(key.name, QVariant::fromValue(value));
    }

    // Back to the default (the key is removed from the file).
    template <class T>
    void reset(const SettingKey<T>& key)
    {
        removeRaw(key.name);
    }

    // Writes pending changes; false (and a warning) when the file cannot be written.
    bool sync();
    QStringList warnings() const { return m_warnings; }
    QString filePath() const { return m_path; }

private:
    QVariant rawValue(const char* name) const;
    void setRawValue(const char* name, const QVariant& value);
    void removeRaw(const char* name);
    void warn(const QString& warning) const;
    void warnInvalid(const char* name, const QVariant& stored, const QVariant& fallback) const;

    template <class T>
    static std::optional<T> convert(const QVariant& stored);

    const QString m_path;
    std::unique_ptr<QSettings> m_settings;
    bool m_usable = true; // false when the file could not be read: it is then never written over
    QVariantMap m_memory; // the values set while the file is unusable, for this session only
    mutable QStringList m_warnings;
};

template <>
std::optional<bool> Settings::convert<bool>(const QVariant& stored);
template <>
std::optional<int> Settings::convert<int>(const QVariant& stored);
template <>
std::optional<qint64> Settings::convert<qint64>(const QVariant& stored);
template <>
std::optional<double> Settings::convert<double>(const QVariant& stored);
template <>
std::optional<QString> Settings::convert<QString>(const QVariant& stored);

} // namespace SafeScan
