#include "AdminCommand.h"

#include "Passwords.h"
#include "analytics/BackupCommand.h"
#include "base/Clock.h"
#include "storage/AccountStore.h"
#include "storage/ServerDatabase.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitUsage = 1;
constexpr int ExitFailure = 2;

const QString AdminActor = u"admin-cli"_s;

int complain(int code, const QString& message)
{
    std::fprintf(stderr, "safescan-server admin: %s\n", qUtf8Printable(message));
    if (code == ExitUsage) {
        std::fputs("usage: safescan-server admin add-user NAME --role ROLE --password-stdin --database URL\n"
                   "       safescan-server admin set-role NAME ROLE --database URL\n"
                   "       safescan-server admin list-users --database URL\n"
                   "       safescan-server admin backup --database sqlite:FILE --output BACKUP\n"
                   "       safescan-server admin restore --database sqlite:FILE --input BACKUP [--force]\n",
                   stderr);
    }
    return code;
}

// The password: all of stdin without one trailing line break.
QByteArray readPassword()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray password = in.readAll();
    if (password.endsWith('\n'))
        password.chop(1);
    if (password.endsWith('\r'))
        password.chop(1);
    return password;
}

int addUser(AccountStore& store, const QString& name, const QString& role)
{
    const QByteArray password = readPassword();
    if (QString::fromUtf8(password).size() < Passwords::MinLength || password.size() > Passwords::MaxBytes) {
        return complain(ExitUsage,
                        u"the password (on stdin) must have %1 to %2 bytes"_s.arg(Passwords::MinLength)
                            .arg(Passwords::MaxBytes));
    }
    QString error;
    const std::optional<QByteArray> hash = Passwords::hash(password, error);
    if (!hash)
        return complain(ExitFailure, error);
    switch (store.addAccount(name, role, *hash, error)) {
    case AccountStore::Outcome::Done:
        break;
    case AccountStore::Outcome::Duplicate:
        return complain(ExitFailure, u"user \"%1\" already exists"_s.arg(name));
    default:
        return complain(ExitFailure, u"cannot add the user: %1"_s.arg(error));
    }
    if (!store.appendAudit({0, 0, AdminActor, u"add_user"_s, name, QString(), u"role="_s + role}, error))
        return complain(ExitFailure, u"cannot write the audit log: %1"_s.arg(error));
    std::printf("added user %s (%s)\n", qUtf8Printable(name), qUtf8Printable(role));
    return ExitOk;
}

int setRole(AccountStore& store, const QString& name, const QString& role)
{
    QString error;
    switch (store.setRole(name, role, error)) {
    case AccountStore::Outcome::Done:
        break;
    case AccountStore::Outcome::NotFound:
        return complain(ExitFailure, u"no user \"%1\""_s.arg(name));
    default:
        return complain(ExitFailure, u"cannot change the role: %1"_s.arg(error));
    }
    if (!store.appendAudit({0, 0, AdminActor, u"set_role"_s, name, QString(), u"role="_s + role}, error))
        return complain(ExitFailure, u"cannot write the audit log: %1"_s.arg(error));
    std::printf("user %s is now %s\n", qUtf8Printable(name), qUtf8Printable(role));
    return ExitOk;
}

int listUsers(AccountStore& store)
{
    QString error;
    const std::optional<QList<AccountRow>> rows = store.accounts(error);
    if (!rows)
        return complain(ExitFailure, u"cannot list the users: %1"_s.arg(error));
    std::printf("name\trole\tcreated\n");
    for (const AccountRow& row : *rows) {
        const QString created = QDateTime::fromMSecsSinceEpoch(row.createdAt, Qt::UTC).toString(Qt::ISODate);
        std::printf("%s\t%s\t%s\n", qUtf8Printable(row.username), qUtf8Printable(row.role),
                    qUtf8Printable(created));
    }
    return ExitOk;
}

} // namespace

int runAdminCommand(const QStringList& arguments)
{
    const QString command = arguments.value(2);
    if (command == u"backup"_s || command == u"restore"_s)
        return runBackupCommand(command, arguments);
    QCommandLineParser parser;
    const QCommandLineOption roleOption(u"role"_s, u"Role of the new user."_s, u"ROLE"_s);
    const QCommandLineOption stdinOption(u"password-stdin"_s, u"Read the password from stdin."_s);
    const QCommandLineOption databaseOption(
        u"database"_s, u"Database URL: sqlite:/path/file.db or postgres://user:password@host:port/db."_s,
        u"URL"_s);
    parser.addOptions({roleOption, stdinOption, databaseOption});
    if (!parser.parse(arguments.mid(0, 1) + arguments.mid(3)))
        return complain(ExitUsage, parser.errorText());
    const QStringList positional = parser.positionalArguments();

    const int expectedArguments = command == u"add-user"_s     ? 1
                                  : command == u"set-role"_s   ? 2
                                  : command == u"list-users"_s ? 0
                                                               : -1;
    if (expectedArguments < 0)
        return complain(ExitUsage, u"unknown admin command \"%1\""_s.arg(command));
    if (positional.size() != expectedArguments)
        return complain(ExitUsage, u"%1 expects %2 argument(s)"_s.arg(command).arg(expectedArguments));
    const QString name = positional.value(0);
    if (expectedArguments > 0 && !isValidUsername(name))
        return complain(ExitUsage, u"invalid user name \"%1\": 3-32 of a-z 0-9 . _ -"_s.arg(name));
    const QString role = command == u"add-user"_s ? parser.value(roleOption) : positional.value(1);
    if (expectedArguments > 0 && !isAccountRole(role)) {
        return complain(ExitUsage,
                        u"invalid role \"%1\": one of %2"_s.arg(role, accountRoles().join(u", "_s)));
    }
    if (command == u"add-user"_s && !parser.isSet(stdinOption))
        return complain(ExitUsage,
                        u"add-user needs --password-stdin (passwords never go on the command line)"_s);
    if (command != u"add-user"_s && (parser.isSet(stdinOption) || parser.isSet(roleOption)))
        return complain(ExitUsage, u"%1 takes no --role or --password-stdin"_s.arg(command));

    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(parser.value(databaseOption), error);
    if (!url)
        return complain(ExitUsage, error);
    SystemClock clock;
    const std::unique_ptr<Database> database = makeServerDatabase(*url, clock);
    if (!database->open())
        return complain(ExitFailure, database->errorString());
    AccountStore store(*database);
    if (command == u"add-user"_s)
        return addUser(store, name, role);
    if (command == u"set-role"_s)
        return setRole(store, name, role);
    return listUsers(store);
}

} // namespace SafeScan
