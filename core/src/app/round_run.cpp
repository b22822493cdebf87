#include "app/round_run.hpp"

namespace inspraak::core {

AppResult<RoundRun> RoundRun::open(PipelineOptions options, const PluginHost& host) {
    return guarded([&]() -> AppResult<RoundRun> { return RoundRun(std::make_unique<Pipeline>(std::move(options), host)); });
}

RoundRun::RoundRun(std::unique_ptr<Pipeline> pipeline) : pipeline_(std::move(pipeline)) {}
RoundRun::RoundRun(RoundRun&&) noexcept = default;
RoundRun& RoundRun::operator=(RoundRun&&) noexcept = default;
RoundRun::~RoundRun() = default;

std::string RoundRun::store_description() const { return pipeline_->store_location().describe(); }

AppResult<Done> RoundRun::init() {
    return guarded([&]() -> AppResult<Done> {
        pipeline_->init();
        return Done{};
    });
}

AppResult<IngestSummary> RoundRun::ingest(const std::vector<std::filesystem::path>& files) {
    return guarded([&]() -> AppResult<IngestSummary> { return pipeline_->ingest(files); });
}

AppResult<GroupSummary> RoundRun::group() {
    return guarded([&]() -> AppResult<GroupSummary> { return pipeline_->group(); });
}

AppResult<StageCount> RoundRun::classify() {
    return guarded([&]() -> AppResult<StageCount> { return pipeline_->classify(); });
}

AppResult<StageCount> RoundRun::draft() {
    return guarded([&]() -> AppResult<StageCount> { return pipeline_->draft(); });
}

AppResult<std::vector<std::filesystem::path>> RoundRun::report(const std::vector<std::string>& formats) {
    return guarded([&]() -> AppResult<std::vector<std::filesystem::path>> {
        if (formats.empty()) return invalid_error("cli.no_report_plugins");
        return pipeline_->report(formats);
    });
}

AppResult<RevisionSummary> RoundRun::revise(const std::filesystem::path& revised_framework) {
    return guarded([&]() -> AppResult<RevisionSummary> {
        return revise_round(pipeline_->store(), pipeline_->round(), pipeline_->host(), revised_framework,
                            pipeline_->options().who, pipeline_->options().classifier);
    });
}

}  // namespace inspraak::core
