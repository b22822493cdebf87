#include "revise/revise_round.hpp"

#include <fmt/core.h>

#include "app/app_error.hpp"
#include "pipeline/round_framework.hpp"
#include "revise/change_linker.hpp"
#include "revise/framework_diff.hpp"
#include "util/files.hpp"
#include "util/sha256.hpp"

namespace inspraak::core {

int propose_links(Store& store, const RoundConfig& round, const PluginHost& host, const std::string& classifier_name) {
    auto classifier = host.classifier(classifier_name);
    if (!classifier) return -1;
    return store.write([&](Store& s) {
        const std::vector<FrameworkChange> changes = s.framework_changes();
        s.clear_proposed_change_links();
        if (changes.empty()) return 0;
        const Framework as_framework = changes_as_framework(changes);
        const std::vector<Workstream> no_workstreams;
        ClassifierContext context{as_framework, no_workstreams, round.language, {}};
        auto session = host.open_session(classifier, context);
        if (!session) throw AppException(session.error());
        const std::vector<Point> points = s.points();
        std::map<std::string, Classification> matches;
        for (const Point& point : points)
            if (auto match = session.value()->classify(point)) matches.emplace(point.id, std::move(match.value()));
        int written = 0;
        for (const ProposedLink& link :
             propose_change_links(changes, s.framework(), points, matches, s.classifications()))
            if (s.save_machine_change_link(link.point_id, link.change_id, link.score)) ++written;
        return written;
    });
}

RevisionSummary revise_round(Store& store, const RoundConfig& round, const PluginHost& host,
                             const std::filesystem::path& revised, const std::string& who,
                             const std::string& classifier_name) {
    const Framework draft = store.framework();
    if (draft.sections.empty()) throw AppException(AppError{ErrorKind::not_found, Message{"revise.no_framework"}});
    auto read = import_framework_file(revised, round, host);
    if (!read) throw AppException(read.error());
    RevisionSummary summary;
    summary.file = revised.filename().string();
    const std::vector<FrameworkChange> changes = compare_frameworks(draft, read.value());
    store.write([&](Store& s) {
        s.replace_framework_changes(changes);
        s.set_meta("revised_framework", summary.file);
        s.set_meta("revised_framework_sha256", sha256_hex(read_file(revised)));
        s.audit(who, "framework", summary.file, "revise", "", fmt::format("{} wijzigingen", changes.size()));
        summary.changes = s.framework_changes();
        const int proposed = propose_links(s, round, host, classifier_name);
        summary.linked = proposed >= 0;
        summary.links_proposed = std::max(proposed, 0);
    });
    return summary;
}

}  // namespace inspraak::core
