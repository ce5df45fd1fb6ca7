#pragma once

// The sign-in view-model on a scripted network, a manual clock and an in-memory keychain: what the
// account tests (view-models and the Settings panels) share.
#include "ApiFixture.h"
#include "api/ApiExecutor.h"
#include "credentials/CredentialVault.h"
#include "credentials/MemorySecretStore.h"
#include "settings/Settings.h"
#include "viewmodels/AccountViewModel.h"

#include <QTemporaryDir>
#include <QTest>

namespace SafeScan::Test {

struct AccountFixture
{
    QTemporaryDir dir;
    ApiFixture api;
    ApiExecutor executor{Service::Api, api.clock, api.scheduler};
    MemorySecretStore secrets;
    CredentialVault vault{secrets, QUrl(QStringLiteral("https://ratings.example:8443/base/"))};
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ApiContext context = api.context();
    AccountViewModel account{settings, &executor, &context, &vault};

    // Signs in as alice with the session token "session-1" (the answer is scripted).
    bool signIn()
    {
        api.network.enqueue(FakeResponse::json(201, R"({"token":"session-1","role":"user"})"));
        return account.signIn(QStringLiteral("alice"), QStringLiteral("pw")) &&
               QTest::qWaitFor([this] { return account.isSignedIn(); }, 5'000);
    }
};

} // namespace SafeScan::Test
