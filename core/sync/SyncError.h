#pragma once

#include <QString>

namespace SafeScan {

// Why a sync did not complete, for the status bar and the command line.
struct SyncError
{
    enum class Kind
    {
        None,
        NotConfigured,   // no account, session token or sync key
        WrongPassphrase, // the key does not open the account's records (or its key check)
        Unreadable,      // a record does not open or decode although the key check passed
        Server,          // the API call failed (network, HTTP, breaker); see `code`
        Local,           // the local database failed
    };
    Kind kind = Kind::None;
    QString code;    // "wrong_passphrase", "not_signed_in", the API error code, ...
    QString message; // for people

    bool ok() const { return kind == Kind::None; }
};

} // namespace SafeScan
