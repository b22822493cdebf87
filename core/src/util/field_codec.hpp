// Length-prefixed fields in the host's own byte order, for bytes that never leave this machine and
// this build of inspraak: what passes between the host and a parse worker (isolation/wire.hpp), and
// the published rows a report spools (pipeline/report_spool.hpp). A reader checks every length
// against what is left, so a truncated or garbled input is a FieldError, never a read past the end.
#pragma once

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace inspraak::core {

struct FieldError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class FieldWriter {
public:
    void number(uint64_t value) { out_.append(reinterpret_cast<const char*>(&value), sizeof value); }
    void real(double value) {
        uint64_t bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        number(bits);
    }
    void text(std::string_view value) {
        number(value.size());
        out_.append(value);
    }
    void texts(const std::vector<std::string>& values) {
        number(values.size());
        for (const auto& value : values) text(value);
    }
    const std::string& bytes() const { return out_; }
    std::string take() { return std::move(out_); }
    void clear() { out_.clear(); }

private:
    std::string out_;
};

class FieldReader {
public:
    explicit FieldReader(std::string_view in) : in_(in) {}

    uint64_t number() {
        uint64_t value = 0;
        need(sizeof value);
        std::memcpy(&value, in_.data(), sizeof value);
        in_.remove_prefix(sizeof value);
        return value;
    }
    double real() {
        const uint64_t bits = number();
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    std::string text() {
        uint64_t size = number();
        need(size);
        std::string value(in_.substr(0, size));
        in_.remove_prefix(size);
        return value;
    }
    std::vector<std::string> texts() {
        std::vector<std::string> values(count());
        for (auto& value : values) value = text();
        return values;
    }
    // A count of items that each take at least 8 bytes: a garbled count fails here, before a
    // vector of that size is made.
    size_t count() {
        uint64_t n = number();
        if (n > in_.size() / 8) throw FieldError("count beyond the end");
        return static_cast<size_t>(n);
    }
    void finish() const {
        if (!in_.empty()) throw FieldError("bytes after the end");
    }

private:
    void need(uint64_t size) const {
        if (size > in_.size()) throw FieldError("truncated");
    }
    std::string_view in_;
};

}  // namespace inspraak::core
