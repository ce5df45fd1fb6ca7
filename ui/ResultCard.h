#pragma once

#include "viewmodels/ScanResult.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace SafeScan {

class ItemRatingViewModel;

// One scanned code: the verdict (icon and words), its reasons in plain language, the real
// destination with the owner's domain in bold and the punycode form, the typed fields, and the
// actions (copy, open after confirmation, save contact, show and copy the Wi-Fi password).
// With a community view-model it also shows the community rating (score, confidence, votes,
// verdict, moderated badge; cached / offline / unknown) and my vote, with vote safe
// (Ctrl+Alt+S), vote unsafe (Ctrl+Alt+U), retract (Ctrl+Alt+R) and report (Ctrl+Alt+M) while the
// card has focus; the verdict above follows the rating (withCommunity).
class ResultCard : public QFrame
{
    Q_OBJECT
public:
    explicit ResultCard(const ScanResult& result, QWidget* parent = nullptr)
        : ResultCard(result, nullptr, parent)
    {}
    // `community` may be null (no community service); the card takes ownership of it.
    ResultCard(const ScanResult& result, ItemRatingViewModel* community, QWidget* parent = nullptr);

    const ScanResult& result() const { return m_result; }
    // The history id arrived (the save runs on the store thread, after the card is shown).
    void setSavedId(qint64 id);
    QString verdictText() const;
    QString destinationText() const;
    QStringList reasonTexts() const;

    void copyContent();
    // Asks first (OpenLinkDialog) unless opensWithoutAsking().
    void openDestination();
    // The "ask unless trusted" link policy: a destination the community trusts opens at once.
    void setAskUnlessTrusted(bool on) { m_askUnlessTrusted = on; }
    bool opensWithoutAsking() const;
    void saveContact();
    // Opens the report dialog; the report is sent when the user confirms it.
    void reportToModerators();

    ItemRatingViewModel* community() const { return m_community; }
    QString communityText() const;
    QString communityStateText() const;
    QString myVoteText() const;
    QPushButton* voteSafeButton() const { return m_voteSafe; }
    QPushButton* voteUnsafeButton() const { return m_voteUnsafe; }
    QPushButton* retractButton() const { return m_retract; }
    QPushButton* reportButton() const { return m_report; }

private:
    void addHeader(QVBoxLayout* layout);
    void addFields(QVBoxLayout* layout);
    void addButtons(QVBoxLayout* layout);
    void addCommunity(QVBoxLayout* layout);
    void showVerdict(const Verdict& verdict);
    void showCommunity();

    ScanResult m_result;
    ItemRatingViewModel* m_community = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_advice = nullptr;
    QVBoxLayout* m_reasonLayout = nullptr;
    QLabel* m_rating = nullptr;
    QLabel* m_ratingState = nullptr;
    QLabel* m_moderated = nullptr;
    QLabel* m_myVote = nullptr;
    QLabel* m_communityMessage = nullptr;
    QPushButton* m_voteSafe = nullptr;
    QPushButton* m_voteUnsafe = nullptr;
    QPushButton* m_retract = nullptr;
    QPushButton* m_report = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_destination = nullptr;
    QLabel* m_saved = nullptr;
    QList<QLabel*> m_reasons;
    bool m_askUnlessTrusted = false;
};

} // namespace SafeScan
