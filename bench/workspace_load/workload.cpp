#include "workload.hpp"

#include <nlohmann/json.hpp>

#include <regex>

namespace inspraak::load {
namespace {

constexpr int write_percent = 35;
constexpr int hot_percent = 30;  // of the single-point saves


// The option values of the select `id` in a page ("" left out), and the selected one.
std::vector<std::string> options_of(const std::string& page, const std::string& id, std::string* selected = nullptr) {
    std::smatch select;
    std::vector<std::string> values;
    if (!std::regex_search(page, select, std::regex("id=\"" + id + "\" name=\"[a-z]+\">([\\s\\S]*?)</select>"))) return values;
    const std::string inner = select[1];
    static const std::regex option("<option value=\"([^\"]*)\" ?(selected)?");
    for (std::sregex_iterator it(inner.begin(), inner.end(), option), end; it != end; ++it) {
        if ((*it)[2].matched && selected != nullptr) *selected = (*it)[1];
        if ((*it)[1].length() > 0) values.push_back((*it)[1]);
    }
    return values;
}

std::string unescaped(std::string text) {
    for (const auto& [entity, plain] : {std::pair{"&quot;", "\""}, std::pair{"&#39;", "'"}, std::pair{"&apos;", "'"},
                                        std::pair{"&lt;", "<"}, std::pair{"&gt;", ">"}, std::pair{"&amp;", "&"}})
        for (size_t at = 0; (at = text.find(entity, at)) != std::string::npos; ++at)
            text.replace(at, std::string(entity).size(), plain);
    return text;
}

// The decision form of a point page as a browser would post it unchanged.
std::map<std::string, std::string> decision_form(const std::string& page) {
    std::map<std::string, std::string> form;
    std::smatch m;
    for (const char* field : {"chapters", "section"})
        if (std::regex_search(page, m, std::regex(std::string("id=\"d-") + field + "\" name=\"" + field + "\" value=\"([^\"]*)\"")))
            form[field] = unescaped(m[1]);
    if (std::regex_search(page, m, std::regex("name=\"reaction\" rows=\"6\" cols=\"80\">([\\s\\S]*?)</textarea>")))
        form["reaction"] = unescaped(m[1]);
    options_of(page, "d-route", &form["route"]);
    options_of(page, "d-status", &form["status"]);
    return form;
}

class Session {
public:
    Session(Officer& officer, const Workload& work, unsigned seed) : officer_(officer), work_(work), rng_(seed) {}

    void run() {
        while (!*work_.stop && !gone_) {
            int roll = pick(100);
            if (roll < write_percent) {
                roll < write_percent - 8 ? save_point() : bulk();
            } else {
                read_something(roll);
            }
        }
    }

private:
    int pick(int n) { return static_cast<int>(rng_() % static_cast<unsigned>(n)); }
    template <typename T>
    const T& pick_of(const std::vector<T>& from) { return from[static_cast<size_t>(pick(static_cast<int>(from.size())))]; }

    // Whether the answer is what a working server gives (`expected`); counts it otherwise.
    bool check(const Answer& answer, int expected, const std::string& what) {
        if (answer.status == expected) return true;
        if (answer.status == 0 && *work_.server_killed) {
            ++work_.figures->refused_after_kill;
            gone_ = true;
            return false;
        }
        if (answer.status == 409 && what.rfind("POST /points/", 0) == 0 && what.find("bulk") == std::string::npos) {
            ++work_.figures->conflicts;
            return false;
        }
        std::smatch said;
        // The error page's line, or the notice above a point page answered 400 (its form kept).
        static const std::regex error_line("<p class=\"(?:error|notice)\"[^>]*>([^<]*)</p>");
        std::regex_search(answer.body, said, error_line);
        work_.figures->error(what + " -> " + std::to_string(answer.status) + (said.empty() ? "" : ": " + said[1].str()));
        return false;
    }

    Answer read(const std::string& path, Kind kind) {
        Answer answer = officer_.get(path);
        if (check(answer, 200, "GET " + path)) {
            work_.figures->reads.add(answer.ms);
            work_.figures->by_kind[static_cast<int>(kind)].add(answer.ms);
        }
        return answer;
    }

    static Kind list_kind(const std::string& path) { return path.find("q=") != std::string::npos ? Kind::list_search : Kind::list; }

    void wrote(const Answer& answer, Kind kind) {
        work_.figures->writes.add(answer.ms);
        work_.figures->by_kind[static_cast<int>(kind)].add(answer.ms);
    }

    std::string list_path() {
        std::string path = "/points?page=" + std::to_string(1 + pick(std::max<int>(1, static_cast<int>(work_.points.size()) / 50)));
        switch (pick(6)) {
            case 0: break;
            case 1: if (!chapters_.empty()) path += "&chapter=" + pick_of(chapters_); break;
            case 2: if (!routes_.empty()) path += "&route=" + pick_of(routes_); break;
            case 3: if (!statuses_.empty()) path = "/points?status=" + pick_of(statuses_); break;
            case 4: path = "/points?q=gemeente&order=confidence"; break;
            default: if (!chapters_.empty() && !routes_.empty()) path = "/points?chapter=" + pick_of(chapters_) + "&route=" + pick_of(routes_);
        }
        return path;
    }

    void read_something(int roll) {
        if (roll < write_percent + 10) {
            read("/", Kind::overview);
        } else if (roll < write_percent + 40 || chapters_.empty()) {
            const std::string path = chapters_.empty() ? "/points" : list_path();
            Answer page = read(path, list_kind(path));
            if (chapters_.empty() && page.status == 200) {
                chapters_ = options_of(page.body, "f-chapter");
                routes_ = options_of(page.body, "f-route");
                statuses_ = options_of(page.body, "f-status");
            }
        } else {
            read("/points/" + pick_of(work_.points), Kind::point);
        }
    }

    std::string fresh_text() {
        return "Reactie " + officer_.name() + "-" + work_.tag + "-" + std::to_string(++written_) + ": wij nemen dit mee in de uitwerking.";
    }

    void save_point() {
        const std::string id = pick(100) < hot_percent && !work_.hot.empty() ? pick_of(work_.hot) : pick_of(work_.points);
        Answer page = read("/points/" + id, Kind::point);
        if (page.status != 200) return;
        auto form = decision_form(page.body);
        const auto routes = options_of(page.body, "d-route");
        httplib::Params post{{"csrf", hidden_field(page.body, "csrf")}, {"against", hidden_field(page.body, "against")}};
        Ack ack{id, "", "", officer_.name()};
        int kind = pick(100);
        if (kind < 25 && routes.size() > 1) {
            std::string route = form["route"];
            while (route == form["route"]) route = pick_of(routes);
            ack = {id, "route", route, officer_.name()};
        } else if (kind < 40 && !chapters_.empty()) {
            std::string chapter = pick_of(chapters_);
            if (chapter == form["chapters"]) return;
            ack = {id, "chapters", "*", officer_.name()};
            form["chapters"] = chapter;
            form["section"] = "";
        } else if (kind < 50 && !form["reaction"].empty() && form["status"] == "draft") {
            ack = {id, "status", "approved", officer_.name()};
        } else {
            ack = {id, "reaction", fresh_text(), officer_.name()};
        }
        if (ack.field != "chapters") form[ack.field] = ack.value;
        for (const auto& [field, value] : form) post.emplace(field, value);
        const std::string path = "/points/" + id;
        Answer saved = officer_.post(path, post);
        if (check(saved, 303, "POST " + path)) {
            wrote(saved, Kind::save);
            work_.acks->add(ack);
        } else if (saved.status == 409) {
            wrote(saved, Kind::save);
        }
    }

    // A bulk reaction on a few points of a list page, then a bulk approve of the same points.
    void bulk() {
        const std::string path = list_path();
        Answer page = read(path, list_kind(path));
        if (page.status != 200) return;
        static const std::regex checkbox("name=\"id\" value=\"([^\"]+)\"");
        std::vector<std::string> ids;
        for (std::sregex_iterator it(page.body.begin(), page.body.end(), checkbox), end; it != end && ids.size() < 4; ++it)
            if (pick(3) == 0) ids.push_back((*it)[1]);
        if (ids.empty()) return;
        const std::string csrf = hidden_field(page.body, "csrf");
        const std::string text = fresh_text();
        httplib::Params reaction{{"csrf", csrf}, {"action", "reaction"}, {"reaction", text}};
        for (const auto& id : ids) reaction.emplace("id", id);
        Answer answered = officer_.post("/points/bulk", reaction);
        if (!check(answered, 303, "POST /points/bulk reaction")) return;
        wrote(answered, Kind::bulk);
        for (const auto& id : ids) work_.acks->add({id, "reaction", text, officer_.name()});

        httplib::Params approve{{"csrf", csrf}, {"action", "approve"}};
        for (const auto& id : ids) approve.emplace("id", id);
        Answer approved = officer_.post("/points/bulk", approve);
        if (!check(approved, 303, "POST /points/bulk approve")) return;
        wrote(approved, Kind::bulk);
        for (const auto& id : ids) work_.acks->add({id, "status", "approved", "*"});
    }

    Officer& officer_;
    const Workload& work_;
    std::mt19937 rng_;
    std::vector<std::string> chapters_, routes_, statuses_;
    long written_ = 0;
    bool gone_ = false;
};

}  // namespace

const char* kind_name(Kind kind) {
    switch (kind) {
        case Kind::overview: return "overview (/)";
        case Kind::list: return "list pages";
        case Kind::list_search: return "list, text search";
        case Kind::point: return "point pages";
        case Kind::save: return "point saves";
        case Kind::bulk: return "bulk actions";
        case Kind::count: break;
    }
    return "?";
}

void Figures::error(const std::string& what) {
    ++errors;
    std::lock_guard lock(mutex);
    if (error_samples.size() < 20) error_samples.push_back(what);
}

void run_officer(Officer& officer, const Workload& work, unsigned seed) { Session(officer, work, seed).run(); }

}  // namespace inspraak::load
