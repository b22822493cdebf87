// The writes the server acknowledged (a 303 after a save or a bulk action), one line each in a
// file, so that they can be checked against the store after the run, also after the server was
// killed and started again.
#pragma once

#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>
#include <vector>

namespace inspraak::load {

// One acknowledged change of one field of one point. `value` "*" means any value (chapters, whose
// audit entry holds ids where the form holds numbers); `who` "*" anyone (a bulk approve of a point
// someone else approved first changes nothing itself).
struct Ack {
    std::string point;
    std::string field;  // "reaction", "route", "chapters", "status"
    std::string value;
    std::string who;
};

class AckLog {
public:
    explicit AckLog(const std::filesystem::path& file);  // appends
    void add(const Ack& ack);                              // written and flushed at once
    size_t added() const;

private:
    mutable std::mutex mutex_;
    std::ofstream out_;
    size_t added_ = 0;
};

std::vector<Ack> read_acks(const std::filesystem::path& file);

}  // namespace inspraak::load
