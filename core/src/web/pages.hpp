// The workspace's pages: each handles one route with the round opened for the officer.
#pragma once

#include "app/round_session.hpp"
#include "web/page_request.hpp"

namespace inspraak::core {

void show_overview(PageRequest& request, RoundSession& round);
void show_points(PageRequest& request, RoundSession& round);
void show_my_points(PageRequest& request, RoundSession& round);
// The points list at `path` with `filter`'s fixed values and the filters in the address.
void show_point_list(PageRequest& request, RoundSession& round, const std::string& path, const std::string& heading,
                     const std::string& nav, PointFilter filter);
void show_point(PageRequest& request, RoundSession& round, const std::string& point_id);
void save_point(PageRequest& request, RoundSession& round, const std::string& point_id);
// Undoes or redoes a redaction of the point's public version (form fields kind, text, action).
void save_redaction(PageRequest& request, RoundSession& round, const std::string& point_id);
// Confirms or removes a link between the point and a change of the revised framework.
void save_change_link(PageRequest& request, RoundSession& round, const std::string& point_id);
void download_original(PageRequest& request, RoundSession& round, const std::string& point_id);
void apply_bulk_action(PageRequest& request, RoundSession& round);
void show_chapters(PageRequest& request, RoundSession& round);
void show_chapter(PageRequest& request, RoundSession& round, const std::string& chapter_id);
void show_publish(PageRequest& request, RoundSession& round);
void publish(PageRequest& request, RoundSession& round);
void download_report(PageRequest& request, RoundSession& round, const std::string& file_name);

class StageJobs;
void show_jobs(PageRequest& request, StageJobs& jobs);
// `officer`: who the stage's changes are recorded for.
void start_job(PageRequest& request, StageJobs& jobs, const std::string& officer);

}  // namespace inspraak::core
