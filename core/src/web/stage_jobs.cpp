#include "web/stage_jobs.hpp"

#include "app/round_run.hpp"

namespace inspraak::core {

StageJobs::StageJobs(const WorkspaceSettings& settings) : settings_(settings) {}

StageJobs::~StageJobs() {
    if (thread_.joinable()) thread_.join();
}

bool StageJobs::start(StageJob job, const std::string& officer, bool english) {
    std::lock_guard lock(mutex_);
    if (status_.running || settings_.plugins == nullptr) return false;
    if (thread_.joinable()) thread_.join();  // the last job has ended: its thread only returns
    status_ = JobStatus{true, true, job, officer, {}, 0, 0, false, {}, std::chrono::system_clock::now()};
    thread_ = std::thread([this, job, officer, english] { work(job, officer, english); });
    return true;
}

JobStatus StageJobs::status() const {
    std::lock_guard lock(mutex_);
    return status_;
}

void StageJobs::work(StageJob job, std::string officer, bool english) {
    Message outcome;
    bool failed = false;
    try {
        outcome = run(job, officer, english);
        failed = outcome.key == "jobs.failed";
    } catch (const std::exception& e) {  // a bug, not a stage's error (those come back as results)
        outcome = Message{"jobs.failed", {}, {Message{"plain", {e.what()}}}};
        failed = true;
    }
    std::lock_guard lock(mutex_);
    status_.running = false;
    status_.failed = failed;
    status_.outcome = std::move(outcome);
}

Message StageJobs::run(StageJob job, const std::string& officer, bool english) {
    PipelineOptions options;
    options.round_dir = settings_.address.round_dir;
    options.out_dir = settings_.address.out_dir;
    if (!settings_.address.store.empty()) options.store = StoreLocation::parse(settings_.address.store);
    options.templates_dir = settings_.templates_dir;
    options.english = english;
    options.who = officer;
    options.again = job != StageJob::ingest;
    options.progress = [this](const std::string& step, size_t done, size_t total) {
        std::lock_guard lock(mutex_);
        status_.step = step;
        status_.done = done;
        status_.total = total;
    };
    auto opened = RoundRun::open(options, *settings_.plugins);
    if (!opened) return Message{"jobs.failed", {}, {opened.error().message}};
    RoundRun& round = *opened;
    auto failed = [](const AppError& error) { return Message{"jobs.failed", {}, {error.message}}; };

    int files_new = 0;
    int points = 0;
    if (job == StageJob::ingest) {
        auto ingested = round.ingest({});
        if (!ingested) return failed(ingested.error());
        files_new = ingested->files_new;
        points = ingested->points;
        if (auto grouped = round.group(); !grouped) return failed(grouped.error());
    }
    int classified = 0;
    if (job != StageJob::draft) {
        auto counted = round.classify();
        if (!counted) return failed(counted.error());
        classified = counted->done;
    }
    auto drafted = round.draft();
    if (!drafted) return failed(drafted.error());
    switch (job) {
        case StageJob::ingest:
            return Message{"jobs.ingest_done", {std::to_string(files_new), std::to_string(points), std::to_string(classified),
                                                std::to_string(drafted->done)}};
        case StageJob::classify:
            return Message{"jobs.classify_done", {std::to_string(classified), std::to_string(drafted->done)}};
        case StageJob::draft: break;
    }
    return Message{"jobs.draft_done", {std::to_string(drafted->done)}};
}

}  // namespace inspraak::core
