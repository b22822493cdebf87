// Werk van de machine: start a long stage (new submissions, classify again, draft again) and
// follow it; the page reloads itself every two seconds while the stage runs (workspace.js), and
// says the same without script.
#include <fmt/chrono.h>
#include <fmt/core.h>

#include "web/pages.hpp"
#include "web/stage_jobs.hpp"

namespace inspraak::core {

namespace mustache = kainjow::mustache;

namespace {

std::string job_label(StageJob job, const PageRequest& request) {
    switch (job) {
        case StageJob::ingest: return std::string(request.label("job_ingest"));
        case StageJob::classify: return std::string(request.label("job_classify"));
        case StageJob::draft: break;
    }
    return std::string(request.label("job_draft"));
}

}  // namespace

void show_jobs(PageRequest& request, StageJobs& jobs) {
    const JobStatus status = jobs.status();
    mustache::data data;
    data.set("running", status.running);
    data.set("finished", status.started && !status.running);
    data.set("failed", status.failed);
    data.set("job", job_label(status.job, request));
    data.set("step", status.step);
    data.set("done", std::to_string(status.done));
    data.set("total", std::to_string(status.total));
    data.set("percent", std::to_string(status.total > 0 ? status.done * 100 / status.total : 0));
    data.set("started_by", status.started_by);
    data.set("started_at", fmt::format("{:%H:%M:%S}", fmt::localtime(std::chrono::system_clock::to_time_t(status.started_at))));
    if (status.started && !status.running) data.set("outcome", request.text(status.outcome));
    request.page("jobs.mustache", data, PageFrame{std::string(request.label("jobs_title")), "jobs", {}});
}

void start_job(PageRequest& request, StageJobs& jobs, const std::string& officer) {
    const std::string which = request.field("job");
    StageJob job = StageJob::draft;
    if (which == "ingest")
        job = StageJob::ingest;
    else if (which == "classify")
        job = StageJob::classify;
    else if (which != "draft")
        return request.fail(400, std::string(request.label("error_invalid")), std::string(request.label("bulk_unknown_action")));
    const bool started = jobs.start(job, officer, request.english());
    request.redirect("/jobs", started ? std::string{} : std::string(request.label("jobs_busy")));
}

}  // namespace inspraak::core
