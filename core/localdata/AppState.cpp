#include "AppState.h"

#include "LocalDataLog.h"
#include "store/Database.h"
#include "store/SqlError.h"

#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace SafeScan {

namespace {

// The value as one of the four types SQLite stores, or an invalid QVariant when unsupported.
QVariant storable(const QVariant& value)
{
    switch (value.typeId()) {
    // Qt SQL binds a null QString or QByteArray as NULL: store them as empty values instead.
    case QMetaType::QString:
        return value.toString().isNull() ? QVariant(u""_s) : value;
    case QMetaType::QByteArray:
        return value.toByteArray().isNull() ? QVariant(QByteArray("")) : value;
    case QMetaType::Double:
    case QMetaType::LongLong:
        return value;
    case QMetaType::Bool:
        return QVariant(qint64(value.toBool() ? 1 : 0));
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return QVariant(value.toLongLong());
    case QMetaType::ULongLong:
        if (value.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
            return {};
        return QVariant(qint64(value.toULongLong()));
    case QMetaType::Float:
        return QVariant(value.toDouble());
    default:
        return {};
    }
}

// A read of `key` that expects the type `expected`; `fallback` otherwise.
template <typename T>
T typed(const AppState& state, const QString& key, QMetaType::Type expected, const T& fallback)
{
    QString error;
    const QVariant stored = state.value(key, {}, &error);
    if (!stored.isValid() || stored.isNull())
        return fallback;
    if (stored.typeId() != expected) {
        qCWarning(lcLocalData).noquote()
            << u"The app state \"%1\" holds a %2 instead of a %3; using the default."_s.arg(
                   key, QString::fromLatin1(stored.typeName()),
                   QString::fromLatin1(QMetaType(expected).name()));
        return fallback;
    }
    return stored.value<T>();
}

} // namespace

AppState::AppState(Database& database)
    : m_database(database)
{}

QVariant AppState::value(const QString& key, const QVariant& fallback, QString* error) const
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        localDataFailure(error, u"Cannot read the app state \"%1\": %2"_s.arg(key, m_database.errorString()));
        return fallback;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT value FROM app_state WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec()) {
        localDataFailure(error,
                         u"Cannot read the app state \"%1\": %2"_s.arg(key, sqlErrorText(query.lastError())));
        return fallback;
    }
    if (!query.next())
        return fallback;
    const QVariant stored = query.value(0);
    return stored.isNull() ? fallback : stored;
}

QString AppState::text(const QString& key, const QString& fallback) const
{
    return typed<QString>(*this, key, QMetaType::QString, fallback);
}

qint64 AppState::integer(const QString& key, qint64 fallback) const
{
    return typed<qint64>(*this, key, QMetaType::LongLong, fallback);
}

bool AppState::flag(const QString& key, bool fallback) const
{
    const qint64 stored = typed<qint64>(*this, key, QMetaType::LongLong, fallback ? 1 : 0);
    if (stored == 0 || stored == 1)
        return stored == 1;
    qCWarning(lcLocalData).noquote()
        << u"The app state \"%1\" holds %2 instead of 0 or 1; using the default."_s.arg(key).arg(stored);
    return fallback;
}

QByteArray AppState::bytes(const QString& key, const QByteArray& fallback) const
{
    return typed<QByteArray>(*this, key, QMetaType::QByteArray, fallback);
}

bool AppState::contains(const QString& key, QString* error) const
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return localDataFailure(error,
                                u"Cannot read the app state \"%1\": %2"_s.arg(key, m_database.errorString()));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT 1 FROM app_state WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return localDataFailure(
            error, u"Cannot read the app state \"%1\": %2"_s.arg(key, sqlErrorText(query.lastError())));
    return query.next();
}

bool AppState::setValue(const QString& key, const QVariant& value, QString* error)
{
    const auto failed = [&](const QString& why) {
        return localDataFailure(error, u"Cannot store the app state \"%1\": %2"_s.arg(key, why));
    };
    if (key.isEmpty())
        return failed(u"the key is empty"_s);
    if (value.isNull())
        return failed(u"the value is null (use remove())"_s);
    const QVariant stored = storable(value);
    if (!stored.isValid())
        return failed(u"values of type %1 cannot be stored"_s.arg(QString::fromLatin1(value.typeName())));
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return failed(m_database.errorString());
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO app_state(key, value) VALUES(?, ?) "
                  u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(stored);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));
    return true;
}

bool AppState::remove(const QString& key, QString* error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return localDataFailure(
            error, u"Cannot remove the app state \"%1\": %2"_s.arg(key, m_database.errorString()));
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM app_state WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return localDataFailure(
            error, u"Cannot remove the app state \"%1\": %2"_s.arg(key, sqlErrorText(query.lastError())));
    return true;
}

std::optional<qint64> AppState::add(const QString& key, qint64 delta, QString* error)
{
    const auto failed = [&](const QString& why) {
        localDataFailure(error, u"Cannot add to the app state \"%1\": %2"_s.arg(key, why));
        return std::nullopt;
    };
    if (key.isEmpty())
        return failed(u"the key is empty"_s);
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return failed(m_database.errorString());
    QSqlQuery query(db);
    // The WHERE leaves a value that is not an integer, or would overflow into a REAL, as it is.
    query.prepare(u"INSERT INTO app_state(key, value) VALUES(?, ?) "
                  u"ON CONFLICT(key) DO UPDATE SET value = value + ? "
                  u"WHERE typeof(value) = 'integer' AND typeof(value + ?) = 'integer' "
                  u"RETURNING value"_s);
    query.addBindValue(key);
    for (int i = 0; i < 3; ++i)
        query.addBindValue(delta);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));
    if (!query.next())
        return failed(u"it holds a value that is not an integer, or the sum would overflow"_s);
    return query.value(0).toLongLong();
}

QVariant AppState::valueOrInsert(const QString& key, const QVariant& initial, QString* error)
{
    const auto failed = [&](const QString& why) {
        localDataFailure(error, u"Cannot initialise the app state \"%1\": %2"_s.arg(key, why));
        return QVariant();
    };
    if (key.isEmpty())
        return failed(u"the key is empty"_s);
    const QVariant stored = storable(initial);
    if (initial.isNull() || !stored.isValid())
        return failed(u"the initial value is null or of an unsupported type"_s);
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen())
        return failed(m_database.errorString());
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO app_state(key, value) VALUES(?, ?) ON CONFLICT(key) DO NOTHING"_s);
    query.addBindValue(key);
    query.addBindValue(stored);
    if (!query.exec())
        return failed(sqlErrorText(query.lastError()));
    QString readError;
    const QVariant result = value(key, {}, &readError);
    if (!readError.isEmpty())
        return failed(readError);
    if (result.isNull())
        return failed(u"the key holds NULL"_s);
    return result;
}

} // namespace SafeScan
