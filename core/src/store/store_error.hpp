// The one exception a store throws: a missing, damaged or too new store, a broken constraint, a
// failing disk. One line, naming the store. An AppException, so that the front end shows it in
// the user's language and can tell a missing store (not_found) from a damaged one (internal).
#pragma once

#include <string>
#include <utility>

#include "app/app_error.hpp"

namespace inspraak::core {

class StoreError : public AppException {
public:
    StoreError(ErrorKind kind, Message message) : AppException(AppError{kind, std::move(message)}) {}
};

}  // namespace inspraak::core
