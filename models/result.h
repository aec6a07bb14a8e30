#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace cooc {

// What went wrong, in words a user can read (translated by the layer that made it), plus a
// code that callers and tests can branch on. Never carries personal data or secrets.
struct Error
{
    enum class Code {
        Generic,
        InvalidInput,      // the request itself is wrong; nothing was changed
        NotFound,
        PermissionDenied,  // the role may not do this (client check or database refusal)
        Conflict,          // someone else changed the record first (optimistic version check)
        Unavailable,       // the database or a service cannot be reached
        Corrupt,           // a file exists but is not what it should be
        SchemaTooNew,      // the database was written by a newer client
        AuthFailed,
        AccountLocked,
        Cancelled,
    };
    Code code = Code::Generic;
    QString message;
    QString detail; // technical detail for logs and "details…" buttons; may be empty

    static Error make(Code c, QString msg, QString det = {})
    {
        return Error{c, std::move(msg), std::move(det)};
    }
};

// A value or an Error. Deliberately small: [[nodiscard]], explicit checks, no exceptions.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &std::get<T>(m_state); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Ok
{};

using Status = Result<Ok>;

inline Status okStatus()
{
    return Ok{};
}

} // namespace cooc
