#include "acks.hpp"

#include <sstream>

namespace inspraak::load {

AckLog::AckLog(const std::filesystem::path& file) : out_(file, std::ios::app) {}

void AckLog::add(const Ack& ack) {
    std::lock_guard lock(mutex_);
    out_ << ack.point << '\t' << ack.field << '\t' << ack.value << '\t' << ack.who << '\n' << std::flush;
    ++added_;
}

size_t AckLog::added() const {
    std::lock_guard lock(mutex_);
    return added_;
}

std::vector<Ack> read_acks(const std::filesystem::path& file) {
    std::vector<Ack> acks;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        std::istringstream fields(line);
        Ack ack;
        if (std::getline(fields, ack.point, '\t') && std::getline(fields, ack.field, '\t') &&
            std::getline(fields, ack.value, '\t') && std::getline(fields, ack.who))
            acks.push_back(std::move(ack));
    }
    return acks;
}

}  // namespace inspraak::load
