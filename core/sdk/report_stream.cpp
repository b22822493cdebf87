#include "inspraak/report_stream.hpp"

#include <map>
#include <stdexcept>

namespace inspraak::report {

SinkWriter::SinkWriter(ReportSink& sink, std::size_t block) : sink_(sink), block_(block) { buffer_.reserve(block_); }

void SinkWriter::write(std::string_view bytes) {
    buffer_.append(bytes);
    if (buffer_.size() >= block_) flush();
}

void SinkWriter::flush() {
    if (buffer_.empty()) return;
    const Result<void> written = sink_.write(buffer_);
    buffer_.clear();
    if (!written) throw std::runtime_error(written.error().message);
}

void for_each_point(ReportSource& source, const ReportPointFilter& filter,
                    const std::function<void(const ReportEntry&)>& each) {
    auto reader = source.points(filter);
    if (!reader) throw std::runtime_error(reader.error().message);
    for (;;) {
        const Result<const ReportEntry*> entry = (*reader)->next();
        if (!entry) throw std::runtime_error(entry.error().message);
        if (*entry == nullptr) return;
        each(**entry);
    }
}

void for_each_submission(ReportSource& source, const std::function<void(const ReportSubmission&)>& each) {
    auto reader = source.submissions();
    if (!reader) throw std::runtime_error(reader.error().message);
    for (;;) {
        const Result<const ReportSubmission*> submission = (*reader)->next();
        if (!submission) throw std::runtime_error(submission.error().message);
        if (*submission == nullptr) return;
        each(**submission);
    }
}

namespace {

// The fields ReportModel and ReportHead share, from one to the other.
template <typename From, typename To>
void copy_shared_fields(const From& from, To& to) {
    to.title = from.title;
    to.date = from.date;
    to.language = from.language;
    to.general_reaction = from.general_reaction;
    to.framework_title = from.framework_title;
    to.chapters = from.chapters;
    to.workstreams = from.workstreams;
    to.problems = from.problems;
    to.with_personal_data = from.with_personal_data;
    to.templates_dir = from.templates_dir;
    to.word_template = from.word_template;
    to.framework_changes = from.framework_changes;
    to.framework_route = from.framework_route;
}

}  // namespace

ReportModel model_of(const ReportHead& head) {
    ReportModel model;
    copy_shared_fields(head, model);
    return model;
}

ReportHead head_of(const ReportModel& model) {
    ReportHead head;
    copy_shared_fields(model, head);
    head.point_count = static_cast<std::int64_t>(model.points.size());
    for (const auto& point : model.points) ++head.points_per_route[point.route];
    return head;
}

namespace {

class ModelPointReader final : public ReportPointReader {
public:
    ModelPointReader(const ReportModel& model, ReportPointFilter filter) : model_(model), filter_(std::move(filter)) {
        for (const auto& submission : model.submissions) submissions_.emplace(submission.id, &submission);
    }
    Result<const ReportEntry*> next() noexcept override {
        return guard([&]() -> Result<const ReportEntry*> {
            while (at_ < model_.points.size()) {
                const ReportPoint& point = model_.points[at_++];
                if (!filter_.route.empty() && point.route != filter_.route) continue;
                if (!filter_.stakeholder_group.empty() && point.group != filter_.stakeholder_group) continue;
                entry_.point = point;
                const auto submission = submissions_.find(point.submission_id);
                entry_.submission = submission != submissions_.end() ? *submission->second
                                                                     : ReportSubmission{point.submission_id, {}, {}, {}};
                return &entry_;
            }
            return static_cast<const ReportEntry*>(nullptr);
        });
    }

private:
    const ReportModel& model_;
    ReportPointFilter filter_;
    std::map<std::string, const ReportSubmission*> submissions_;
    std::size_t at_ = 0;
    ReportEntry entry_;
};

class ModelSubmissionReader final : public ReportSubmissionReader {
public:
    explicit ModelSubmissionReader(const ReportModel& model) : model_(model) {}
    Result<const ReportSubmission*> next() noexcept override {
        if (at_ >= model_.submissions.size()) return static_cast<const ReportSubmission*>(nullptr);
        return &model_.submissions[at_++];
    }

private:
    const ReportModel& model_;
    std::size_t at_ = 0;
};

}  // namespace

ModelSource::ModelSource(const ReportModel& model) : model_(model), head_(head_of(model)) {}

Result<std::unique_ptr<ReportPointReader>> ModelSource::points(const ReportPointFilter& filter) noexcept {
    return guard([&]() -> Result<std::unique_ptr<ReportPointReader>> {
        return std::unique_ptr<ReportPointReader>(std::make_unique<ModelPointReader>(model_, filter));
    });
}

Result<std::unique_ptr<ReportSubmissionReader>> ModelSource::submissions() noexcept {
    return guard([&]() -> Result<std::unique_ptr<ReportSubmissionReader>> {
        return std::unique_ptr<ReportSubmissionReader>(std::make_unique<ModelSubmissionReader>(model_));
    });
}

Result<void> StringSink::write(std::string_view bytes) noexcept {
    return guard([&]() -> Result<void> {
        bytes_.append(bytes);
        return {};
    });
}

Result<std::string> render_to_string(const ReportWriter& writer, const ReportModel& model) {
    ModelSource source(model);
    StringSink sink;
    const Result<void> written = writer.write(source, sink);
    if (!written) return written.error();
    return std::move(sink.bytes());
}

}  // namespace inspraak::report
