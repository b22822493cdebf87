// Reading and writing whole buffers on pipes and sockets, for both ends of a parse worker.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace inspraak::core {

// Writes all of `bytes`; false when the other end is gone. Never raises SIGPIPE on a socket.
bool write_all(int fd, std::string_view bytes);

// Reads exactly `size` bytes; nullopt at end of file or error before that.
std::optional<std::string> read_exactly(int fd, size_t size);

// Reads one frame (wire.hpp) of at most `max` bytes before `deadline`; nullopt when the other
// end closed, garbled the header or the deadline passed.
std::optional<std::string> read_frame(int fd, uint64_t max, std::chrono::steady_clock::time_point deadline);

// An owned file descriptor.
class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : fd_(fd) {}
    ~UniqueFd() { reset(); }
    UniqueFd(UniqueFd&& other) noexcept : fd_(other.release()) {}
    UniqueFd& operator=(UniqueFd&& other) noexcept {
        if (this != &other) reset(other.release());
        return *this;
    }
    int get() const { return fd_; }
    int release() {
        int fd = fd_;
        fd_ = -1;
        return fd;
    }
    void reset(int fd = -1);

private:
    int fd_ = -1;
};

}  // namespace inspraak::core
