#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace SafeScan {

// Account passwords (SPEC §8): Argon2id through libargon2 with OWASP's parameters (t=2, m=19 MiB,
// p=1), 16 random salt bytes, 32 hash bytes. Only the encoded string ("$argon2id$v=19$...") is
// stored; it carries its own parameters and salt.
namespace Passwords {

inline constexpr std::uint32_t TimeCost = 2;
inline constexpr std::uint32_t MemoryKiB = 19 * 1024;
inline constexpr std::uint32_t Parallelism = 1;
inline constexpr std::uint32_t SaltBytes = 16;
inline constexpr std::uint32_t HashBytes = 32;

inline constexpr qsizetype MinLength = 8;   // characters, for new passwords
inline constexpr qsizetype MaxBytes = 1024; // UTF-8 bytes: bounds the work a login can cause

// The encoded Argon2id hash of `password`, or nullopt with `error` set.
std::optional<QByteArray> hash(const QByteArray& password, QString& error);

// True when `password` matches `encoded`. Takes as long as a hash with the encoded parameters.
bool verify(const QByteArray& encoded, const QByteArray& password);

// Verifies `password` against a fixed dummy hash made with the same parameters and returns false:
// a login for an unknown user costs what a wrong password costs.
bool verifyDummy(const QByteArray& password);

} // namespace Passwords

// Account roles, lowest first.
QStringList accountRoles();
bool isAccountRole(const QString& role);

// 3 to 32 characters from [a-z0-9._-], starting with a letter or digit.
bool isValidUsername(const QString& name);

} // namespace SafeScan
