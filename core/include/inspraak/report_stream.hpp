// SDK for streaming report plugins (API 3.2, plugin.hpp's ReportWriter): buffered writing to the
// host's sink, reading rows without checking every Result by hand, and the way back to a whole
// model: a ReportSource over a ReportModel, so that a plugin's own tests (and the host, for a
// caller that wants the bytes in memory) can run a ReportWriter on a model.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "inspraak/plugin.hpp"

namespace inspraak::report {

// Collects small writes and hands the sink blocks of about `block` bytes. A failed write of the
// sink throws std::runtime_error with its message (ReportWriter::write runs inside guard()).
// flush() at the end: the destructor does not (it must not throw).
class SinkWriter {
public:
    explicit SinkWriter(ReportSink& sink, std::size_t block = 64 * 1024);
    SinkWriter(const SinkWriter&) = delete;
    SinkWriter& operator=(const SinkWriter&) = delete;
    void write(std::string_view bytes);
    SinkWriter& operator<<(std::string_view bytes) {
        write(bytes);
        return *this;
    }
    void flush();

private:
    ReportSink& sink_;
    std::size_t block_;
    std::string buffer_;
};

// Calls `each` for every row that matches, in round order; a failed read throws
// std::runtime_error.
void for_each_point(ReportSource& source, const ReportPointFilter& filter,
                    const std::function<void(const ReportEntry&)>& each);
void for_each_submission(ReportSource& source, const std::function<void(const ReportSubmission&)>& each);

// The head of a whole model: its fields and the counts of its points; and the other way, a model
// with the head's fields and no points or submissions yet.
ReportHead head_of(const ReportModel& model);
ReportModel model_of(const ReportHead& head);

// A ReportSource over a model that the caller keeps alive. Each row's submission is the model's
// submission of that id (or one with only the id, when the model lacks it).
class ModelSource final : public ReportSource {
public:
    explicit ModelSource(const ReportModel& model);
    const ReportHead& head() const noexcept override { return head_; }
    Result<std::unique_ptr<ReportPointReader>> points(const ReportPointFilter& filter) noexcept override;
    Result<std::unique_ptr<ReportSubmissionReader>> submissions() noexcept override;

private:
    const ReportModel& model_;
    ReportHead head_;
};

// A sink that keeps the bytes in memory.
class StringSink final : public ReportSink {
public:
    Result<void> write(std::string_view bytes) noexcept override;
    std::string& bytes() { return bytes_; }

private:
    std::string bytes_;
};

// The report a writer makes of a whole model, as one string: what Reporter::render returns.
Result<std::string> render_to_string(const ReportWriter& writer, const ReportModel& model);

}  // namespace inspraak::report
