#include "SyncPassphraseModel.h"

#include "ViewModelsLog.h"
#include "credentials/CredentialVault.h"
#include "sync/SyncEngine.h"

#include <QThread>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace SafeScan {

SyncPassphraseModel::SyncPassphraseModel(CredentialVault* vault, std::function<QString()> userName,
                                         KdfParams params, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_userName(std::move(userName))
    , m_params(params)
{
    if (!m_vault)
        return;
    connect(m_vault, &CredentialVault::loaded, this, &SyncPassphraseModel::adoptStoredKey);
    connect(m_vault, &CredentialVault::storageChanged, this, &SyncPassphraseModel::stateChanged);
    if (m_vault->isLoaded())
        adoptStoredKey();
}

SyncPassphraseModel::~SyncPassphraseModel()
{
    if (m_thread) {
        m_thread->wait(); // Argon2id cannot be interrupted; its result is dropped with this object
        delete m_thread;
    }
}

SyncPassphraseModel::State SyncPassphraseModel::state() const
{
    if (!m_vault || (m_state == State::Off && m_userName().trimmed().isEmpty()))
        return State::Unavailable;
    return m_state;
}

QString SyncPassphraseModel::changeUnsupportedText()
{
    return tr("Changing the passphrase is not possible yet: every record on the server is sealed with "
              "the current one. To start over with a new passphrase, turn sync off on every device "
              "and delete the account's data on the server.");
}

QString SyncPassphraseModel::statusText() const
{
    switch (state()) {
    case State::Unavailable:
        return m_vault ? tr("Sign in to an account to sync the history between your devices.")
                       : tr("History sync needs the connection to the SafeScan server, which is not set up.");
    case State::Off:
        return tr("History sync is off on this device.");
    case State::Deriving:
        return tr("Deriving the key from the passphrase…");
    case State::Checking:
        return tr("Checking the passphrase with the account's history on the server…");
    case State::On:
        return m_verified
                   ? tr("History sync is on: your history is end-to-end encrypted with your passphrase.")
                   : tr("History sync is on. The passphrase is checked against the account's history "
                        "the next time the server can be reached; nothing is sent before that.");
    }
    return {};
}

QString SyncPassphraseModel::storageNotice() const
{
    if (!m_vault || m_vault->storage() == CredentialVault::Storage::Keychain)
        return {};
    return tr("No keychain is available: the sync key is kept in memory only and is forgotten when "
              "SafeScan quits; you will enter the passphrase again next time. (%1)")
        .arg(m_vault->storageNotice());
}

void SyncPassphraseModel::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

void SyncPassphraseModel::fail(const QString& message)
{
    m_error = message;
    Q_EMIT failed(message);
    Q_EMIT stateChanged();
}

bool SyncPassphraseModel::setPassphrase(const QString& passphrase, const QString& repeated)
{
    if (passphrase != repeated) {
        fail(tr("The two passphrases differ. Type the same passphrase twice."));
        return false;
    }
    const PassphraseStrength strength = PassphraseStrength::of(passphrase);
    if (!strength.acceptable()) {
        fail(tr("Choose a stronger passphrase. %1").arg(strength.hint));
        return false;
    }
    return start(passphrase);
}

bool SyncPassphraseModel::enterPassphrase(const QString& passphrase)
{
    return start(passphrase);
}

bool SyncPassphraseModel::start(const QString& passphrase)
{
    if (state() == State::Unavailable) {
        fail(statusText());
        return false;
    }
    if (isBusy() || m_thread) { // m_thread: a derivation dropped by turnOff() has not ended yet
        fail(tr("The passphrase is already being checked; wait a moment."));
        return false;
    }
    if (passphrase.isEmpty()) {
        fail(tr("Enter the passphrase."));
        return false;
    }
    m_error.clear();
    m_derivedFor = m_userName().trimmed();
    QByteArray utf8 = passphrase.toUtf8();
    const QString user = m_derivedFor;
    const KdfParams params = m_params;
    // Events queued to `self` are dropped if it is destroyed first, and the destructor waits for
    // the thread, so the raw pointer is safe as the receiving context.
    SyncPassphraseModel* self = this;
    m_thread = QThread::create([self, utf8, user, params]() mutable {
        QString error;
        std::optional<SyncKey> key = SyncKey::derive(utf8, user, params, &error);
        sodium_memzero(utf8.data(), size_t(utf8.size()));
        QMetaObject::invokeMethod(
            self, [self, key, error] { self->onDerived(key, error); }, Qt::QueuedConnection);
    });
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    m_thread->start();
    setState(State::Deriving);
    return true;
}

void SyncPassphraseModel::onDerived(std::optional<SyncKey> key, const QString& error)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_state != State::Deriving)
        return; // turned off meanwhile
    if (!key || m_userName().trimmed() != m_derivedFor) {
        setState(m_key ? State::On : State::Off);
        fail(key ? tr("The account changed while the key was derived; enter the passphrase again.")
                 : tr("The sync key could not be derived: %1").arg(error));
        return;
    }
    m_previous = m_key;
    m_key = std::move(key);
    m_keyUser = m_derivedFor;
    m_verified = false;
    setState(State::Checking);
    qCInfo(lcViewModels) << "A new sync key is checked by the next sync";
    Q_EMIT keyChanged(m_key);
}

void SyncPassphraseModel::syncFinished(const SyncError& error)
{
    if (!m_key || (m_state != State::Checking && m_state != State::On))
        return;
    if (error.kind == SyncError::Kind::WrongPassphrase) {
        const QString why = error.code == u"wrong_passphrase"_s ? QString() : u" "_s + error.message;
        if (m_state == State::Checking) {
            // The new key goes; the previous one (still in the keychain) comes back.
            m_key = std::exchange(m_previous, std::nullopt);
            m_verified = false;
            setState(m_key ? State::On : State::Off);
            Q_EMIT keyChanged(m_key);
            fail(tr("Wrong passphrase: it does not open this account's synced history. Enter the "
                    "passphrase you chose on your first device. Nothing was synced with it.") +
                 why);
        } else {
            // The key kept on this device no longer opens the account (changed on another device?).
            m_key.reset();
            m_verified = false;
            m_vault->setSyncKey({});
            setState(State::Off);
            Q_EMIT keyChanged(m_key);
            fail(tr("The passphrase kept on this device no longer opens this account's synced history "
                    "(was it changed on another device?). Sync is off; enter the account's current "
                    "passphrase.") +
                 why);
        }
        return;
    }
    if (m_state == State::Checking) {
        m_previous.reset();
        m_vault->setSyncKey(m_key->bytes()); // memory only when the vault has no keychain
    }
    m_verified = m_verified || error.ok();
    setState(State::On);
}

void SyncPassphraseModel::keyRefused(const QString& message)
{
    if (m_state != State::Checking)
        return;
    m_key = std::exchange(m_previous, std::nullopt);
    m_verified = false;
    setState(m_key ? State::On : State::Off);
    fail(message);
}

void SyncPassphraseModel::turnOff()
{
    if (!m_vault)
        return;
    const bool had = m_key.has_value();
    m_key.reset();
    m_previous.reset();
    m_verified = false;
    m_error.clear();
    m_vault->setSyncKey({});
    setState(State::Off); // a derivation under way is dropped when it ends
    if (had)
        Q_EMIT keyChanged(m_key);
}

void SyncPassphraseModel::accountChanged()
{
    // A key belongs to the account it was derived for: another account (or none) must not use it.
    const QString user = m_userName().trimmed();
    if ((m_key && user.compare(m_keyUser, Qt::CaseInsensitive) != 0) ||
        (m_state == State::Deriving && user != m_derivedFor))
        turnOff();
    else
        Q_EMIT stateChanged();
}

void SyncPassphraseModel::adoptStoredKey()
{
    if (isBusy())
        return;
    std::optional<SyncKey> stored = SyncKey::fromBytes(m_vault->syncKey());
    const bool changed = stored.has_value() != m_key.has_value() ||
                         (stored && m_key && stored->fingerprint() != m_key->fingerprint());
    m_key = std::move(stored);
    m_keyUser = m_userName().trimmed();
    m_verified = false;
    setState(m_key ? State::On : State::Off);
    if (changed)
        Q_EMIT keyChanged(m_key);
}

void SyncPassphraseModel::attach(SyncEngine& engine)
{
    connect(this, &SyncPassphraseModel::keyChanged, &engine, [&engine](const std::optional<SyncKey>& key) {
        engine.setKey(key);
        if (key)
            engine.syncNow();
    });
    connect(&engine, &SyncEngine::finished, this, [this, &engine] {
        // A sync that ran with another key (started before the new one arrived) says nothing
        // about the key in use.
        if (m_key && engine.keyFingerprint() == m_key->fingerprint())
            syncFinished(engine.lastError());
    });
    engine.setKey(m_key);
}

} // namespace SafeScan
