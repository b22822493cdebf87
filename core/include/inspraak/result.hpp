// Result<T>: a value or an error message, the way plugins and the host report failure.
// GCC 12 has no std::expected in C++20, so this is the small subset inspraak needs.
#pragma once

#include <exception>
#include <string>
#include <utility>
#include <variant>

namespace inspraak {

struct Error {
    std::string message;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return ok_; }
    explicit operator bool() const { return ok_; }
    const Error& error() const { return error_; }

private:
    Error error_;
    bool ok_ = true;
};

// Runs `body` and turns any exception into an Error, so that no exception ever crosses the
// boundary between a plugin and the host. Plugins wrap the body of every entry point in it.
template <typename F>
auto guard(F&& body) noexcept -> decltype(body()) {
    try {
        return body();
    } catch (const std::exception& e) {
        return Error{e.what()};
    } catch (...) {
        return Error{"unknown exception"};
    }
}

}  // namespace inspraak
