#include "SettingsViewModel.h"

#include "ViewModelsLog.h"
#include "history/HistoryStore.h"
#include "settings/Settings.h"

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr qint64 kMb = 1024 * 1024;
constexpr qint64 kMaxQuotaMb = 102400;
constexpr qint64 kMaxRetentionDays = 36500;

bool isBoolField(SettingsViewModel::Field field)
{
    using F = SettingsViewModel::Field;
    return field == F::CameraMirror || field == F::OffTheRecord || field == F::StoreSensitive ||
           field == F::DailyBackups || field == F::AnalyticsEnabled;
}

// A whole number from an int, a double without fraction or digits in a string.
std::optional<qint64> wholeNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
        return value.toLongLong();
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (d != double(qint64(d)))
            return std::nullopt;
        return qint64(d);
    }
    case QMetaType::QString: {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

bool containsValue(const QList<SettingsViewModel::Choice>& choices, const QString& value)
{
    return std::any_of(choices.begin(), choices.end(), [&](const auto& c) { return c.value == value; });
}

} // namespace

SettingsViewModel::SettingsViewModel(Settings& settings, HistoryStore* history, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_history(history)
{}

QList<SettingsViewModel::Choice> SettingsViewModel::languages()
{
    // Each language in its own name, so that a person who cannot read the current one finds theirs.
    return {{u"system"_s, tr("System language")},
            {u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch (German)"_s},
            {u"fr"_s, u"Français (French)"_s},
            {u"es"_s, u"Español (Spanish)"_s}};
}

QList<SettingsViewModel::Choice> SettingsViewModel::themes()
{
    return {{u"system"_s, tr("Follow the system")}, {u"light"_s, tr("Light")}, {u"dark"_s, tr("Dark")}};
}

QList<SettingsViewModel::Choice> SettingsViewModel::openLinkPolicies()
{
    return {{u"always_ask"_s, tr("Always ask before opening a link")},
            {u"ask_unless_trusted"_s, tr("Ask unless the link is trusted by the community")}};
}

QString SettingsViewModel::keyName(Field field)
{
    const char* name = "";
    switch (field) {
    case Field::Language:
        name = SettingKeys::language.name;
        break;
    case Field::Theme:
        name = SettingKeys::theme.name;
        break;
    case Field::OpenLinkPolicy:
        name = SettingKeys::openLinkPolicy.name;
        break;
    case Field::CameraId:
        name = SettingKeys::cameraId.name;
        break;
    case Field::CameraMirror:
        name = SettingKeys::cameraMirror.name;
        break;
    case Field::HistoryQuotaMb:
        name = SettingKeys::historySizeLimitBytes.name;
        break;
    case Field::RetentionDays:
        name = SettingKeys::retentionDays.name;
        break;
    case Field::OffTheRecord:
        name = SettingKeys::offTheRecord.name;
        break;
    case Field::StoreSensitive:
        name = SettingKeys::storeSensitiveFields.name;
        break;
    case Field::DailyBackups:
        name = SettingKeys::dailyBackups.name;
        break;
    case Field::ServerUrl:
        name = SettingKeys::serverUrl.name;
        break;
    case Field::AnalyticsEnabled:
        name = SettingKeys::analyticsEnabled.name;
        break;
    }
    return QString::fromLatin1(name);
}

QVariant SettingsViewModel::value(Field field) const
{
    switch (field) {
    case Field::Language:
        return m_settings.value(SettingKeys::language);
    case Field::Theme:
        return m_settings.value(SettingKeys::theme);
    case Field::OpenLinkPolicy:
        return m_settings.value(SettingKeys::openLinkPolicy);
    case Field::CameraId:
        return m_settings.value(SettingKeys::cameraId);
    case Field::CameraMirror:
        return m_settings.value(SettingKeys::cameraMirror);
    case Field::HistoryQuotaMb: {
        // Rounded up so that a limit set in bytes (the command line) never shows as 0 MB.
        const qint64 bytes = m_settings.value(SettingKeys::historySizeLimitBytes);
        return int(qMin<qint64>((bytes + kMb - 1) / kMb, kMaxQuotaMb));
    }
    case Field::RetentionDays:
        return m_settings.value(SettingKeys::retentionDays);
    case Field::OffTheRecord:
        return m_settings.value(SettingKeys::offTheRecord);
    case Field::StoreSensitive:
        return m_settings.value(SettingKeys::storeSensitiveFields);
    case Field::DailyBackups:
        return m_settings.value(SettingKeys::dailyBackups);
    case Field::ServerUrl:
        return m_settings.value(SettingKeys::serverUrl);
    case Field::AnalyticsEnabled:
        return m_settings.value(SettingKeys::analyticsEnabled);
    }
    return {};
}

QString SettingsViewModel::problem(Field field, const QVariant& value)
{
    if (isBoolField(field))
        return value.typeId() == QMetaType::Bool ? QString() : tr("Choose on or off.");
    switch (field) {
    case Field::Language:
        return containsValue(languages(), value.toString()) ? QString()
                                                            : tr("Choose one of the languages listed.");
    case Field::Theme:
        return containsValue(themes(), value.toString()) ? QString() : tr("Choose system, light or dark.");
    case Field::OpenLinkPolicy:
        return containsValue(openLinkPolicies(), value.toString()) ? QString()
                                                                   : tr("Choose one of the policies listed.");
    case Field::CameraId:
        return value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray
                   ? QString()
                   : tr("Choose a camera from the list.");
    case Field::HistoryQuotaMb: {
        const std::optional<qint64> mb = wholeNumber(value);
        if (!mb)
            return tr("The history size limit must be a whole number of megabytes.");
        if (*mb < 1 || *mb > kMaxQuotaMb)
            return tr("The history size limit must be between 1 and %1 MB.").arg(kMaxQuotaMb);
        return {};
    }
    case Field::RetentionDays: {
        const std::optional<qint64> days = wholeNumber(value);
        if (!days)
            return tr("The retention must be a whole number of days.");
        if (*days < 0 || *days > kMaxRetentionDays)
            return tr("The retention must be between 0 (keep forever) and %1 days.").arg(kMaxRetentionDays);
        return {};
    }
    case Field::ServerUrl: {
        if (value.typeId() != QMetaType::QString)
            return tr("The server address must be text.");
        const QString problem = serverUrlProblem(value.toString().trimmed());
        return problem.isEmpty() ? QString() : tr("%1 Leave it empty to use the local server.").arg(problem);
    }
    default:
        return {};
    }
}

bool SettingsViewModel::setValue(Field field, const QVariant& value)
{
    const QString why = problem(field, value);
    if (!why.isEmpty()) {
        setError(field, why);
        return false;
    }
    setError(field, {});
    QVariant normalised = value;
    if (field == Field::ServerUrl) {
        QString url = value.toString().trimmed();
        while (url.endsWith(u'/'))
            url.chop(1);
        normalised = url;
    } else if (field == Field::HistoryQuotaMb || field == Field::RetentionDays) {
        normalised = int(*wholeNumber(value));
    } else if (field == Field::CameraId) {
        normalised = value.typeId() == QMetaType::QByteArray ? QString::fromUtf8(value.toByteArray())
                                                             : value.toString();
    }
    if (normalised == this->value(field))
        return true;
    store(field, normalised);
    return true;
}

void SettingsViewModel::store(Field field, const QVariant& value)
{
    switch (field) {
    case Field::Language:
        m_settings.setValue(SettingKeys::language, value.toString());
        break;
    case Field::Theme:
        m_settings.setValue(SettingKeys::theme, value.toString());
        break;
    case Field::OpenLinkPolicy:
        m_settings.setValue(SettingKeys::openLinkPolicy, value.toString());
        break;
    case Field::CameraId:
        m_settings.setValue(SettingKeys::cameraId, value.toString());
        break;
    case Field::CameraMirror:
        m_settings.setValue(SettingKeys::cameraMirror, value.toBool());
        break;
    case Field::HistoryQuotaMb:
        m_settings.setValue(SettingKeys::historySizeLimitBytes, value.toLongLong() * kMb);
        break;
    case Field::RetentionDays:
        m_settings.setValue(SettingKeys::retentionDays, value.toInt());
        break;
    case Field::OffTheRecord:
        m_settings.setValue(SettingKeys::offTheRecord, value.toBool());
        break;
    case Field::StoreSensitive:
        m_settings.setValue(SettingKeys::storeSensitiveFields, value.toBool());
        break;
    case Field::DailyBackups:
        m_settings.setValue(SettingKeys::dailyBackups, value.toBool());
        break;
    case Field::ServerUrl:
        m_settings.setValue(SettingKeys::serverUrl, value.toString());
        break;
    case Field::AnalyticsEnabled:
        m_settings.setValue(SettingKeys::analyticsEnabled, value.toBool());
        break;
    }
    if (!m_settings.sync()) {
        const QStringList warnings = m_settings.warnings();
        Q_EMIT saveFailed(warnings.isEmpty() ? tr("The settings could not be saved.") : warnings.last());
    }
    if (field == Field::OffTheRecord || field == Field::StoreSensitive)
        applyToHistory();
    Q_EMIT changed(field, this->value(field));
}

void SettingsViewModel::reset(Field field)
{
    const QVariant before = value(field);
    switch (field) {
    case Field::Language:
        m_settings.reset(SettingKeys::language);
        break;
    case Field::Theme:
        m_settings.reset(SettingKeys::theme);
        break;
    case Field::OpenLinkPolicy:
        m_settings.reset(SettingKeys::openLinkPolicy);
        break;
    case Field::CameraId:
        m_settings.reset(SettingKeys::cameraId);
        break;
    case Field::CameraMirror:
        m_settings.reset(SettingKeys::cameraMirror);
        break;
    case Field::HistoryQuotaMb:
        m_settings.reset(SettingKeys::historySizeLimitBytes);
        break;
    case Field::RetentionDays:
        m_settings.reset(SettingKeys::retentionDays);
        break;
    case Field::OffTheRecord:
        m_settings.reset(SettingKeys::offTheRecord);
        break;
    case Field::StoreSensitive:
        m_settings.reset(SettingKeys::storeSensitiveFields);
        break;
    case Field::DailyBackups:
        m_settings.reset(SettingKeys::dailyBackups);
        break;
    case Field::ServerUrl:
        m_settings.reset(SettingKeys::serverUrl);
        break;
    case Field::AnalyticsEnabled:
        m_settings.reset(SettingKeys::analyticsEnabled);
        break;
    }
    m_settings.sync();
    setError(field, {});
    if (field == Field::OffTheRecord || field == Field::StoreSensitive)
        applyToHistory();
    if (value(field) != before)
        Q_EMIT changed(field, value(field));
}

void SettingsViewModel::setError(Field field, const QString& message)
{
    if (m_errors.value(int(field)) == message)
        return;
    if (message.isEmpty())
        m_errors.remove(int(field));
    else
        m_errors.insert(int(field), message);
    Q_EMIT errorChanged(field, message);
}

void SettingsViewModel::applyToHistory()
{
    if (!m_history)
        return;
    HistoryOptions options = m_history->options();
    options.offTheRecord = m_settings.value(SettingKeys::offTheRecord);
    options.storeSensitive = m_settings.value(SettingKeys::storeSensitiveFields);
    m_history->setOptions(options);
    qCDebug(lcViewModels, "history options: off the record %d, sensitive %d", options.offTheRecord,
            options.storeSensitive);
}

QString SettingsViewModel::effectiveServerUrl() const
{
    const QString url = m_settings.value(SettingKeys::serverUrl);
    return url.isEmpty() ? defaultServerUrl() : url;
}

QStringList SettingsViewModel::warnings() const
{
    return m_settings.warnings();
}

QString SettingsViewModel::settingsFile() const
{
    return m_settings.filePath();
}

} // namespace SafeScan
