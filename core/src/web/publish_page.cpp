// Publiceren: the checks before publication (every point has an approved reaction, a campaign is
// answered alike, no personal data and no "concept" left in a reaction), then writing the
// reactienota in every format and downloading the files. The checks read the round a page of
// points at a time, so that memory does not grow with the round.
#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "app/round_run.hpp"
#include "host/plugin_host.hpp"
#include "inspraak/text.hpp"
#include "privacy/redactor.hpp"
#include "round/round_out_dir.hpp"
#include "util/files.hpp"
#include "web/pages.hpp"
#include "web/point_rows.hpp"
#include "web/workspace_settings.hpp"

namespace inspraak::core {

namespace mustache = kainjow::mustache;

namespace {

constexpr size_t shown_per_check = 10;

struct Check {
    std::string label;
    std::vector<std::pair<std::string, std::string>> items;  // point id, why
    size_t count = 0;
    std::string more_link;  // the points list that shows them all, if there is one

    void add(const std::string& id, std::string why) {
        if (items.size() < shown_per_check) items.emplace_back(id, std::move(why));
        ++count;
    }
};

// The report files a publication writes, as they lie in the round's output folder.
std::vector<std::filesystem::path> report_files(const std::filesystem::path& folder) {
    static const std::set<std::string> published = {".docx", ".json", ".md", ".html", ".csv", ".xlsx", ".pdf"};
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
        if (entry.is_regular_file() && published.count(entry.path().extension().string()) != 0)
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::filesystem::path out_folder(const PageRequest& request, RoundSession& round) {
    return round_out_dir(round.round(), request.settings().address.out_dir);
}

}  // namespace

void show_publish(PageRequest& request, RoundSession& round) {
    Check unapproved{std::string(request.label("check_approved")), {}, 0, "/points?status=draft"};
    Check campaigns{std::string(request.label("check_campaigns")), {}, 0, {}};
    Check personal{std::string(request.label("check_personal")), {}, 0, {}};
    Check says_concept{std::string(request.label("check_concept")), {}, 0, {}};

    std::map<std::string, std::set<std::string>> group_reactions;  // group lead -> its reactions
    PointFilter page;
    page.limit = 1000;
    for (;;) {
        auto listed = round.list_points(page);
        if (!listed) return request.fail(listed.error());
        for (const PointDetail& point : listed->points) {
            const std::string& id = point.point.id;
            const bool approved = point.reaction && point.reaction->status == "approved";
            if (!approved) unapproved.add(id, std::string(request.label(point.reaction ? "status_draft" : "status_none")));
            if (!point.reaction) continue;
            const std::string& text = point.reaction->text;
            if (point.group) group_reactions[point.group->group_id].insert(text);
            if (redact_personal_data(text, point.submission.stakeholder, round.round().language) != text)
                personal.add(id, excerpt(text, 100));
            if (text::fold_case(text).find("concept") != std::string::npos) says_concept.add(id, excerpt(text, 100));
        }
        page.offset += page.limit;
        if (listed->points.empty() || page.offset >= listed->total) break;
    }
    for (const auto& [lead, reactions] : group_reactions)
        if (reactions.size() > 1) campaigns.add(lead, fmt::format("{} {}", reactions.size(), request.label("different_reactions")));

    mustache::data checks{mustache::data::type::list};
    bool ready = true;
    for (const Check* check : {&unapproved, &campaigns, &personal, &says_concept}) {
        mustache::data item;
        item.set("ok", check->count == 0);
        ready = ready && check->count == 0;
        item.set("label", check->count == 0 ? check->label : fmt::format("{} ({})", check->label, check->count));
        mustache::data items{mustache::data::type::list};
        for (const auto& [id, why] : check->items) {
            mustache::data row;
            row.set("id", id);
            row.set("link", "/points/" + id);
            row.set("why", why);
            items << row;
        }
        item.set("items", items);
        item.set("has_items", !check->items.empty());
        if (check->count > check->items.size() && !check->more_link.empty()) {
            item.set("more", fmt::format("{} ({})", request.label("show_all"), check->count));
            item.set("more_link", check->more_link);
        }
        checks << item;
    }
    mustache::data data;
    data.set("checks", checks);
    data.set("ready", ready);
    mustache::data formats{mustache::data::type::list};
    if (request.settings().plugins != nullptr)
        for (const auto& format : request.settings().plugins->report_formats()) formats << mustache::data(format);
    data.set("formats", formats);
    mustache::data files{mustache::data::type::list};
    for (const auto& file : report_files(out_folder(request, round))) {
        mustache::data row;
        row.set("name", file.filename().string());
        row.set("size", fmt::format("{} kB", (std::filesystem::file_size(file) + 1023) / 1024));
        files << row;
    }
    data.set("has_files", !files.is_empty_list());
    data.set("files", files);
    request.page("publish.mustache", data, PageFrame{std::string(request.label("publish_title")), "publish", {}});
}

void publish(PageRequest& request, RoundSession& round) {
    if (request.settings().plugins == nullptr)
        return request.fail(500, std::string(request.label("error_internal")), std::string(request.label("publish_no_plugins")));
    std::vector<std::string> formats = request.fields("format");
    if (formats.empty()) return request.redirect("/publish", std::string(request.label("publish_no_formats")));
    PipelineOptions options;
    options.round_dir = request.settings().address.round_dir;
    options.out_dir = request.settings().address.out_dir;
    if (!request.settings().address.store.empty()) options.store = StoreLocation::parse(request.settings().address.store);
    options.templates_dir = request.settings().templates_dir;
    options.english = request.english();
    options.who = request.session().officer.empty() ? round.who() : request.session().officer;
    auto run = RoundRun::open(options, *request.settings().plugins);
    if (!run) return request.fail(run.error());
    auto written = run->report(formats);
    if (!written) return request.fail(written.error());
    request.redirect("/publish", fmt::format("{} {}", written->size(), request.label("publish_written")));
}

void download_report(PageRequest& request, RoundSession& round, const std::string& file_name) {
    for (const auto& file : report_files(out_folder(request, round))) {
        if (file.filename().string() != file_name) continue;
        return request.download(file_name, read_file(file));
    }
    request.fail(AppError{ErrorKind::not_found, Message{"serve.no_such_report", {file_name}}});
}

}  // namespace inspraak::core
