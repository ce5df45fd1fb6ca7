#pragma once

#include <QJsonObject>
#include <QString>

namespace SafeScan {

// Masks the sensitive fields of a scan (SPEC §7): the password of a Wi-Fi code (the P: field) and
// the secret of an otpauth:// key (the secret= parameter). Works on the stored form (content text
// and payload JSON) so that it applies alike to new scans, imports and exports.
struct RedactedScan
{
    QString content;
    QJsonObject payload;
    bool redacted = false; // something was masked (now or before)
};

class Redaction
{
public:
    // What replaces a secret.
    static QString mask();
    // Whether scans of this stored type name can hold a secret ("wifi", "otp").
    static bool hasSecrets(const QString& payloadType);
    // `payloadType` is the stored type name ("wifi", "otp", ...); other types come back unchanged.
    // Idempotent: an already masked field stays masked and still counts as redacted.
    static RedactedScan redact(const QString& payloadType, const QString& content,
                               const QJsonObject& payload);
    static QString redactContent(const QString& payloadType, const QString& content,
                                 bool* redacted = nullptr);

private:
    static QString redactWifi(const QString& content, bool& redacted);
    static QString redactOtp(const QString& content, bool& redacted);
};

} // namespace SafeScan
