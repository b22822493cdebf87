// The long stages an officer starts from the workspace: read new submissions (ingest, then group,
// classify and draft for what is new), classify again, draft again. One at a time, on a thread of
// its own, so that the pages stay quick while it works; the jobs page shows how far it is. Each
// stage writes through the store like the command line does: decisions of officers made
// meanwhile are never overwritten (the machine's writes check that in the same statement).
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

#include "web/workspace_settings.hpp"

namespace inspraak::core {

enum class StageJob { ingest, classify, draft };

struct JobStatus {
    bool started = false;  // any job since the server started
    bool running = false;
    StageJob job = StageJob::ingest;
    std::string started_by;
    std::string step;      // the stage at work now, as the pipeline names it ("Classificeren")
    size_t done = 0;
    size_t total = 0;
    bool failed = false;
    Message outcome;       // when it ended: what it did, or why it failed
    std::chrono::system_clock::time_point started_at;
};

class StageJobs {
public:
    explicit StageJobs(const WorkspaceSettings& settings);
    ~StageJobs();  // waits for a running job
    StageJobs(const StageJobs&) = delete;
    StageJobs& operator=(const StageJobs&) = delete;

    // Starts the job unless one is running (false then). `officer` is recorded in the audit log.
    bool start(StageJob job, const std::string& officer, bool english);
    JobStatus status() const;

private:
    void work(StageJob job, std::string officer, bool english);
    Message run(StageJob job, const std::string& officer, bool english);

    const WorkspaceSettings& settings_;
    mutable std::mutex mutex_;
    JobStatus status_;
    std::thread thread_;
};

}  // namespace inspraak::core
