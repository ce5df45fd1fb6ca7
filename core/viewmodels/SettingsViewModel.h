#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVariant>

namespace SafeScan {

class HistoryStore;
class Settings;

// The Settings view's model: every preference the user can change, read from and written to
// Settings at once (each change is validated, saved and announced). A value that does not pass its
// check is refused with one sentence in error(field) and the stored value stays. Damaged settings
// were already replaced by their defaults by Settings; warnings() says what happened so the view
// can show it.
class SettingsViewModel : public QObject
{
    Q_OBJECT
public:
    enum class Field
    {
        Language,         // QString: "system", "en", "de", "fr", "es"
        Theme,            // QString: "system", "light", "dark"
        OpenLinkPolicy,   // QString: "always_ask", "ask_unless_trusted"
        CameraId,         // QString: QCameraDevice::id(), empty for the system default
        CameraMirror,     // bool
        HistoryQuotaMb,   // int: 1..102400 (megabytes)
        RetentionDays,    // int: 0 (keep forever)..36500
        OffTheRecord,     // bool
        StoreSensitive,   // bool
        DailyBackups,     // bool
        ServerUrl,        // QString: empty (the local default) or an http(s) URL
        AnalyticsEnabled, // bool
    };
    Q_ENUM(Field)
    static constexpr int FieldCount = int(Field::AnalyticsEnabled) + 1;

    struct Choice
    {
        QString value;
        QString label;
    };

    // `history`, when given, gets the off-the-record and sensitive-field options at once.
    explicit SettingsViewModel(Settings& settings, HistoryStore* history = nullptr,
                               QObject* parent = nullptr);

    QVariant value(Field field) const;
    // Validates, stores and saves; false with error(field) set when the value is refused.
    bool setValue(Field field, const QVariant& value);
    // Back to the default.
    void reset(Field field);
    QString error(Field field) const { return m_errors.value(int(field)); }

    // The INI key of a field ("ui/theme", "history/sizeLimitBytes", ...).
    static QString keyName(Field field);
    // Empty when `value` is acceptable for `field`; else one sentence for the user.
    static QString problem(Field field, const QVariant& value);

    static QList<Choice> languages();
    static QList<Choice> themes();
    static QList<Choice> openLinkPolicies();

    // The server the app talks to: the setting, or the local default when it is empty.
    QString effectiveServerUrl() const;
    // What Settings said about the file when it was read (damaged, unreadable, bad values).
    QStringList warnings() const;
    QString settingsFile() const;

Q_SIGNALS:
    void changed(SafeScan::SettingsViewModel::Field field, const QVariant& value);
    // The error of a field changed (empty when the last value was accepted).
    void errorChanged(SafeScan::SettingsViewModel::Field field, const QString& message);
    // Saving the file failed; one sentence.
    void saveFailed(const QString& message);

private:
    void setError(Field field, const QString& message);
    void store(Field field, const QVariant& value);
    void applyToHistory();

    Settings& m_settings;
    HistoryStore* m_history;
    QHash<int, QString> m_errors;
};

} // namespace SafeScan
