#pragma once

#include "PassphraseStrength.h"
#include "sync/SyncError.h"
#include "sync/SyncKey.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QThread;

namespace SafeScan {

class CredentialVault;
class SyncEngine;

// The sync passphrase in Settings (SPEC §9), no widgets: sets it on the account's first device,
// enters it on another device, and turns history sync off on this device.
//
// A passphrase becomes the sync key with Argon2id (SyncKey::derive) on a worker thread, never on
// the UI thread. The key then goes to the sync engine (keyChanged()) and is checked there: the
// engine's first sync with a new key opens the account's key check record before it pushes
// anything, and a key that does not open it ends that sync with SyncError::WrongPassphrase. The
// model learns the outcome through syncFinished(): a wrong passphrase is reported (lastError()),
// the key is dropped and the engine gets the previous key back (or none), so nothing is synced
// with it. Any other outcome (success, or the server cannot be reached yet) keeps the key: it is
// stored in the keychain through the CredentialVault, and the engine checks it before its first
// push whenever the server answers. On a vault that is memory-only (no keychain), the key lasts
// until the app quits and storageNotice() says so.
//
// "Set" (first device) takes the passphrase twice and refuses a weak one (PassphraseStrength);
// "enter" (another device) takes it once: it must be the account's. An account that has no key
// check yet takes the first key it sees, so setting and entering only differ in these checks.
//
// Changing the passphrase of an account is not offered: every record on the server is sealed
// under the old key and named by it (SyncKey::recordIdFor), and neither core/sync nor the server
// can re-seal them (see canChangePassphrase()).
//
// Wiring (the window): connect keyChanged() to SyncEngine::setKey followed by
// SyncEngine::syncNow(), SyncEngine::finished to syncFinished(engine.lastError()), and call
// accountChanged() when the signed-in account changes. attach() does all three for one engine.
class SyncPassphraseModel : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Unavailable, // no credential vault, or not signed in to an account
        Off,         // signed in, no sync key on this device
        Deriving,    // Argon2id is running
        Checking,    // the engine has the new key; its first sync has not answered yet
        On,          // the key syncs (or waits for the server to check it: see isVerified())
    };
    Q_ENUM(State)

    // `userName` gives the signed-in account's user name (empty: not signed in); the key is
    // derived for it (SyncKey::saltFor). `vault` may be null (no server connection).
    SyncPassphraseModel(CredentialVault* vault, std::function<QString()> userName,
                        KdfParams params = KdfParams::standard(), QObject* parent = nullptr);
    ~SyncPassphraseModel() override;

    State state() const;
    bool isBusy() const { return m_state == State::Deriving || m_state == State::Checking; }
    // The key in use (nullopt: sync off); the engine should have the same.
    const std::optional<SyncKey>& key() const { return m_key; }
    // The engine's key check has passed with the current key in this session.
    bool isVerified() const { return m_verified; }
    // For the view: what the state means, in a sentence.
    QString statusText() const;
    // Empty while the keychain keeps the key; else why it lives in memory only.
    QString storageNotice() const;
    // Why the last action failed (a wrong passphrase, a refused new passphrase); empty when none.
    QString lastError() const { return m_error; }
    static bool canChangePassphrase() { return false; }
    static QString changeUnsupportedText();

    static PassphraseStrength strength(const QString& passphrase)
    {
        return PassphraseStrength::of(passphrase);
    }

    // First device: the passphrase twice; refused (false, lastError()) when they differ, when it
    // is weak, when busy or unavailable.
    bool setPassphrase(const QString& passphrase, const QString& repeated);
    // Another device: the account's passphrase; checked by the engine's next sync.
    bool enterPassphrase(const QString& passphrase);
    // Turns sync off on this device: forgets the key (keychain and memory). The history on the
    // server stays; entering the passphrase again resumes.
    void turnOff();

    // Hooks for the wiring.
    void syncFinished(const SafeScan::SyncError& error);
    // The new key was not taken for another reason than a wrong passphrase (not signed in, say):
    // the previous key stays, `message` says why.
    void keyRefused(const QString& message);
    void accountChanged();
    // Connects this model and `engine` both ways (see the class comment) and gives the engine the
    // current key.
    void attach(SyncEngine& engine);

Q_SIGNALS:
    // The key the sync engine must use from now on (nullopt: none). SyncEngine::setKey(key), then
    // syncNow() when there is a key.
    void keyChanged(const std::optional<SafeScan::SyncKey>& key);
    void stateChanged();
    void failed(const QString& message);

private:
    bool start(const QString& passphrase);
    void onDerived(std::optional<SyncKey> key, const QString& error);
    void adoptStoredKey();
    void fail(const QString& message);
    void setState(State state);

    QPointer<CredentialVault> m_vault;
    std::function<QString()> m_userName;
    KdfParams m_params;
    State m_state = State::Off;
    std::optional<SyncKey> m_key;      // in use (engine and keychain)
    std::optional<SyncKey> m_previous; // while Checking: the key to go back to
    bool m_verified = false;
    QString m_error;
    QString m_keyUser;    // the user name m_key belongs to
    QString m_derivedFor; // the user name of the derivation under way
    QThread* m_thread = nullptr;
};

} // namespace SafeScan
