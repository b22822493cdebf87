#include "isolation/fd_io.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "isolation/wire.hpp"

namespace inspraak::core {

void UniqueFd::reset(int fd) {
    if (fd_ >= 0) close(fd_);
    fd_ = fd;
}

bool write_all(int fd, std::string_view bytes) {
    struct stat info {};
    const bool socket = fstat(fd, &info) == 0 && S_ISSOCK(info.st_mode);
    while (!bytes.empty()) {
        ssize_t n = socket ? send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) : write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<size_t>(n));
    }
    return true;
}

namespace {

// Appends up to `size` bytes to `into` before the deadline; false on end of file, error or time.
bool read_into(int fd, std::string& into, size_t size, std::optional<std::chrono::steady_clock::time_point> deadline) {
    const size_t goal = into.size() + size;
    char buffer[1 << 16];
    while (into.size() < goal) {
        if (deadline) {
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) return false;
            pollfd p{fd, POLLIN, 0};
            int ready = poll(&p, 1, static_cast<int>(std::min<int64_t>(left.count(), 1000)));
            if (ready < 0 && errno != EINTR) return false;
            if (ready <= 0) continue;
        }
        ssize_t n = read(fd, buffer, std::min(sizeof buffer, goal - into.size()));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        into.append(buffer, static_cast<size_t>(n));
    }
    return true;
}

}  // namespace

std::optional<std::string> read_exactly(int fd, size_t size) {
    std::string out;
    if (!read_into(fd, out, size, std::nullopt)) return std::nullopt;
    return out;
}

std::optional<std::string> read_frame(int fd, uint64_t max, std::chrono::steady_clock::time_point deadline) {
    std::string header;
    if (!read_into(fd, header, frame_header_size, deadline)) return std::nullopt;
    uint64_t size = 0;
    try {
        size = frame_length(header, max);
    } catch (const WireError&) {
        return std::nullopt;
    }
    std::string payload;
    payload.reserve(size);
    if (!read_into(fd, payload, size, deadline)) return std::nullopt;
    return payload;
}

}  // namespace inspraak::core
