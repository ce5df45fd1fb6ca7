#pragma once

#include "viewmodels/ScanResult.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace SafeScan {

// One scanned code: the verdict (icon and words), its reasons in plain language, the real
// destination with the owner's domain in bold and the punycode form, the typed fields, and the
// actions (copy, open after confirmation, save contact, show and copy the Wi-Fi password).
class ResultCard : public QFrame
{
    Q_OBJECT
public:
    explicit ResultCard(const ScanResult& result, QWidget* parent = nullptr);

    const ScanResult& result() const { return m_result; }
    QString verdictText() const;
    QString destinationText() const;
    QStringList reasonTexts() const;

    void copyContent();
    void openDestination();
    void saveContact();

private:
    void addHeader(QVBoxLayout* layout);
    void addFields(QVBoxLayout* layout);
    void addButtons(QVBoxLayout* layout);

    ScanResult m_result;
    QLabel* m_verdict = nullptr;
    QLabel* m_destination = nullptr;
    QList<QLabel*> m_reasons;
};

} // namespace SafeScan
