#include "pipeline/report_spool.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "isolation/wire.hpp"
#include "util/field_codec.hpp"

namespace inspraak::core {
namespace {

// What a reader reads from the file at a time.
constexpr std::size_t read_block = 256 * 1024;

// A row is a frame (isolation/wire.hpp: its length, then its bytes) of its fields, in the order below.
void put(FieldWriter& w, const ReportEntry& entry) {
    const ReportSubmission& s = entry.submission;
    for (const auto* field : {&s.id, &s.source, &s.label, &s.stakeholder.name, &s.stakeholder.organisation,
                              &s.stakeholder.group, &s.stakeholder.email, &s.stakeholder.phone})
        w.text(*field);
    const ReportPoint& p = entry.point;
    for (const auto* field : {&p.id, &p.submission_id, &p.label, &p.group, &p.text, &p.section, &p.route,
                              &p.route_name, &p.reaction, &p.status, &p.origin})
        w.text(*field);
    w.real(p.confidence);
    w.number(p.chapters.size());
    for (const auto& chapter : p.chapters) {
        w.text(chapter.id);
        w.text(chapter.number);
        w.text(chapter.title);
        w.real(chapter.score);
    }
    w.texts(p.why);
    w.texts(p.notes);
    w.number(static_cast<uint64_t>(static_cast<int64_t>(p.group_size)));
    w.texts(p.group_members);
}

void get(FieldReader& r, ReportEntry& entry) {
    ReportSubmission& s = entry.submission;
    for (auto* field : {&s.id, &s.source, &s.label, &s.stakeholder.name, &s.stakeholder.organisation,
                        &s.stakeholder.group, &s.stakeholder.email, &s.stakeholder.phone})
        *field = r.text();
    ReportPoint& p = entry.point;
    for (auto* field : {&p.id, &p.submission_id, &p.label, &p.group, &p.text, &p.section, &p.route, &p.route_name,
                        &p.reaction, &p.status, &p.origin})
        *field = r.text();
    p.confidence = r.real();
    p.chapters.resize(r.count());
    for (auto& chapter : p.chapters) {
        chapter.id = r.text();
        chapter.number = r.text();
        chapter.title = r.text();
        chapter.score = r.real();
    }
    p.why = r.texts();
    p.notes = r.texts();
    p.group_size = static_cast<int>(static_cast<int64_t>(r.number()));
    p.group_members = r.texts();
    r.finish();
}

// A temporary file that no other process can open: made with mkstemp, then unlinked at once.
UniqueFd anonymous_file(std::filesystem::path& name) {
    std::error_code ec;
    auto dir = std::filesystem::temp_directory_path(ec);
    if (ec) dir = "/tmp";
    std::string pattern = (dir / "inspraak-report-rows.XXXXXX").string();
    UniqueFd fd(::mkstemp(pattern.data()));
    name = pattern;
    if (fd.get() < 0) throw std::runtime_error(name.string() + ": " + std::strerror(errno));
    ::unlink(pattern.c_str());
    return fd;
}

class SpoolReader final : public ReportPointReader {
public:
    SpoolReader(int file, uint64_t size, ReportPointFilter filter) : file_(file), size_(size), filter_(std::move(filter)) {}

    Result<const ReportEntry*> next() noexcept override {
        return guard([&]() -> Result<const ReportEntry*> {
            for (;;) {
                if (offset_ == size_) return static_cast<const ReportEntry*>(nullptr);
                const std::string header = take(frame_header_size);
                const uint64_t length = frame_length(header, size_ - offset_);
                const std::string row = take(length);
                FieldReader reader(row);
                get(reader, entry_);
                if (row_matches(entry_, filter_)) return static_cast<const ReportEntry*>(&entry_);
            }
        });
    }

private:
    // The next `size` bytes of the file, through the buffer.
    std::string take(uint64_t size) {
        std::string out;
        out.reserve(size);
        while (out.size() < size) {
            if (at_ == buffer_.size()) fill();
            const std::size_t n = std::min<std::size_t>(size - out.size(), buffer_.size() - at_);
            out.append(buffer_, at_, n);
            at_ += n;
            offset_ += n;
        }
        return out;
    }
    void fill() {
        buffer_.resize(read_block);
        const uint64_t from = offset_;
        ssize_t got = 0;
        do {
            got = ::pread(file_, buffer_.data(), buffer_.size(), static_cast<off_t>(from));
        } while (got < 0 && errno == EINTR);
        if (got <= 0) throw FieldError(std::string("reading the spooled rows: ") + (got < 0 ? std::strerror(errno) : "end of file"));
        buffer_.resize(static_cast<std::size_t>(got));
        at_ = 0;
    }

    int file_;
    uint64_t size_;
    ReportPointFilter filter_;
    std::string buffer_;
    std::size_t at_ = 0;
    uint64_t offset_ = 0;  // of the next byte not yet taken
    ReportEntry entry_;
};

}  // namespace

bool row_matches(const ReportEntry& entry, const ReportPointFilter& filter) {
    return (filter.route.empty() || entry.point.route == filter.route) &&
           (filter.stakeholder_group.empty() || entry.point.group == filter.stakeholder_group);
}

std::shared_ptr<const ReportSpool> ReportSpool::write(ReportPointReader& rows) {
    std::filesystem::path name;
    std::shared_ptr<ReportSpool> spool(new ReportSpool());
    spool->file_ = anonymous_file(name);
    const int file = spool->file_.get();
    std::string block;
    auto flush = [&] {
        errno = 0;
        if (!write_all(file, block)) throw std::runtime_error(name.string() + ": " + std::strerror(errno ? errno : EIO));
        spool->size_ += block.size();
        block.clear();
    };
    FieldWriter row;
    for (;;) {
        const Result<const ReportEntry*> entry = rows.next();
        if (!entry) throw std::runtime_error(entry.error().message);
        if (*entry == nullptr) break;
        row.clear();
        put(row, **entry);
        block += frame(row.bytes());
        ++spool->rows_;
        ++spool->rows_per_route_[(*entry)->point.route];
        if (block.size() >= read_block) flush();
    }
    flush();
    return spool;
}

std::unique_ptr<ReportPointReader> ReportSpool::reader(const ReportPointFilter& filter) const {
    return std::make_unique<SpoolReader>(file_.get(), size_, filter);
}

}  // namespace inspraak::core
