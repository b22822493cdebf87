// The one exception a store throws: a missing, damaged or too new store file, a broken
// constraint, a failing disk. One line, naming the store.
#pragma once

#include <stdexcept>

namespace inspraak::core {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace inspraak::core
