// What an operation of a round returns when it fails: a kind a front end can act on (a 404, a
// conflict dialog, a form error) and a message to show in the user's language.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "app/message.hpp"

namespace inspraak::core {

enum class ErrorKind {
    not_found,  // the round, point, file... does not exist
    invalid,    // the request itself is wrong (a bad value, a bad option, a bad round.json)
    conflict,   // the data changed since the caller read it: nothing was written
    internal,   // anything else: a damaged store, a failing disk
};

const char* to_string(ErrorKind kind);

struct AppError {
    ErrorKind kind = ErrorKind::internal;
    Message message;
};

// A value or an AppError.
template <typename T>
class [[nodiscard]] AppResult {
public:
    AppResult(T value) : state_(std::move(value)) {}           // NOLINT(google-explicit-constructor)
    AppResult(AppError error) : state_(std::move(error)) {}    // NOLINT(google-explicit-constructor)

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const AppError& error() const { return std::get<1>(state_); }

private:
    std::variant<T, AppError> state_;
};

struct Done {};  // AppResult<Done>: an operation that returns nothing but may fail

// For code below the application layer that cannot return a result (deep in a stage): thrown,
// and turned back into an AppError by the operation that called it. what() is the Dutch text, so
// that code which still passes e.what() on (guard(), a catch that rethrows) loses nothing.
class AppException : public std::runtime_error {
public:
    explicit AppException(AppError error)
        : std::runtime_error(render(error.message, false)), error_(std::move(error)) {}
    const AppError& error() const { return error_; }

private:
    AppError error_;
};

// A request that is wrong in itself (a bad value, an unknown section), with what to tell the user.
inline AppError invalid_error(std::string key, std::vector<std::string> args = {}) {
    return AppError{ErrorKind::invalid, Message{std::move(key), std::move(args)}};
}

// An error that is nobody's request: a store or disk failure, with its own text.
inline AppError internal_error(const std::exception& error) {
    return AppError{ErrorKind::internal, Message{"plain", {error.what()}}};
}

// Runs fn(), which returns an AppResult, and turns what it throws into its AppError: an
// AppException's own, anything else as internal_error.
template <typename Fn>
auto guarded(Fn&& fn) -> decltype(fn()) {
    try {
        return fn();
    } catch (const AppException& e) {
        return e.error();
    } catch (const std::exception& e) {
        return internal_error(e);
    }
}

}  // namespace inspraak::core
