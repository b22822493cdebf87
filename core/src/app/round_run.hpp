// The stages of a round as operations (init, ingest, group, classify, draft, report), for every
// front end: each returns its summary or an AppError, never throws. The work itself is the
// pipeline's (pipeline/); this is the boundary where what it throws becomes an error kind and a
// Message, so that a front end does not need to know what a stage may throw.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/app_error.hpp"
#include "host/plugin_host.hpp"
#include "pipeline/pipeline.hpp"
#include "revise/revise_round.hpp"

namespace inspraak::core {

class RoundRun {
public:
    // Reads round.json (not_found or invalid when missing or wrong); touches no store yet. The
    // host must outlive the RoundRun.
    static AppResult<RoundRun> open(PipelineOptions options, const PluginHost& host);

    RoundRun(RoundRun&&) noexcept;
    RoundRun& operator=(RoundRun&&) noexcept;
    ~RoundRun();

    const RoundConfig& round() const { return pipeline_->round(); }
    // Where the store is, for messages.
    std::string store_description() const;

    // Creates the store if needed and imports the framework when it is new or changed.
    AppResult<Done> init();
    // `files` empty: every file under the submissions folder.
    AppResult<IngestSummary> ingest(const std::vector<std::filesystem::path>& files);
    AppResult<GroupSummary> group();
    AppResult<StageCount> classify();
    AppResult<StageCount> draft();
    // The files written, one per format.
    AppResult<std::vector<std::filesystem::path>> report(const std::vector<std::string>& formats);
    // Compares the revised framework with the round's (draft) framework, stores the changes and
    // proposes the points they answer (revise/revise_round.hpp). The store must exist.
    AppResult<RevisionSummary> revise(const std::filesystem::path& revised_framework);

private:
    explicit RoundRun(std::unique_ptr<Pipeline> pipeline);

    std::unique_ptr<Pipeline> pipeline_;
};

}  // namespace inspraak::core
