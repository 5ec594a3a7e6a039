#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace tavle {

/// A failure a person can act on: `message` is already translated (built with tr()) and says
/// what went wrong and, where possible, what to do.
struct Error
{
    enum class Kind
    {
        Failure,     ///< the work could not be done: a file or the database failed
        InvalidInput, ///< what the user gave is wrong: an unknown name, an impossible date
        Conflict,     ///< someone else changed the data since it was read: reload and redo
        NotPermitted, ///< the database server refused: the user's role may not do this
        NeedsPassword ///< the server wants a password that was not given
    };
    QString message;
    Kind kind = Kind::Failure;

    static Error invalidInput(QString text) { return Error{std::move(text), Kind::InvalidInput}; }
    static Error conflict(QString text) { return Error{std::move(text), Kind::Conflict}; }
};

/// The one error style of the core: either a value or an Error. Marked [[nodiscard]] so a
/// result cannot be ignored silently.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    /// Precondition: ok().
    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    /// By value, so that `for (x : repository.all().value())` owns what it iterates.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T* operator->() const { return &std::get<T>(m_data); }
    const T& operator*() const { return value(); }

    /// Precondition: !ok().
    const Error& error() const { return std::get<Error>(m_data); }
    const QString& errorMessage() const { return error().message; }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    const QString& errorMessage() const { return m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace tavle
