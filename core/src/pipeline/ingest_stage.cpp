// Ingest: every file under the round's submissions folder goes through the ingest plugin for its
// extension, is split into points and stored with its original bytes, one transaction per file.
// A file already stored (same SHA-256) is skipped; a file that fails is a warning and is kept.
#include <fmt/core.h>

#include <algorithm>

#include "pipeline/pipeline.hpp"
#include "segment/segment.hpp"
#include "util/files.hpp"
#include "util/progress.hpp"
#include "util/sha256.hpp"

namespace inspraak::core {
namespace {

bool hidden(const std::filesystem::path& relative) {
    return std::any_of(relative.begin(), relative.end(), [](const auto& part) {
        auto name = part.string();
        return !name.empty() && (name[0] == '.' || name.back() == '~');
    });
}

std::vector<std::filesystem::path> submission_files(const std::filesystem::path& folder) {
    if (!std::filesystem::is_directory(folder))
        throw std::runtime_error(fmt::format("{}: map met inspraakreacties niet gevonden", folder.string()));
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (!entry.is_regular_file()) continue;
        if (hidden(entry.path().lexically_relative(folder))) continue;
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

Stakeholder Pipeline::sender_for(const std::filesystem::path& file, const Stakeholder& found) const {
    // What the officer wrote in round.json wins; what the file says (mail headers, web-form
    // columns, document properties) fills the gaps; the command line's details come last.
    Stakeholder sender;
    auto key = file.lexically_relative(round_.submissions).generic_string();
    if (auto it = round_.stakeholders.find(key); it != round_.stakeholders.end()) sender = it->second;
    for (const Stakeholder* fallback : {&found, &options_.sender}) {
        if (sender.name.empty()) sender.name = fallback->name;
        if (sender.organisation.empty()) sender.organisation = fallback->organisation;
        if (sender.group.empty()) sender.group = fallback->group;
        if (sender.email.empty()) sender.email = fallback->email;
        if (sender.phone.empty()) sender.phone = fallback->phone;
    }
    return sender;
}

IngestSummary Pipeline::ingest(const std::vector<std::filesystem::path>& only) {
    store();  // fails here, once, when there is no store
    IngestSummary summary;
    std::vector<std::filesystem::path> files;
    for (const auto& file : only) {
        auto absolute = std::filesystem::absolute(file).lexically_normal();
        auto relative = absolute.lexically_relative(round_.folder);
        if (!std::filesystem::is_regular_file(absolute))
            throw std::runtime_error(fmt::format("{}: bestand niet gevonden", file.string()));
        if (relative.empty() || *relative.begin() == "..")
            throw std::runtime_error(fmt::format("{}: ligt niet in de rondemap {}", file.string(), round_.folder.string()));
        files.push_back(absolute);
    }
    if (only.empty()) files = submission_files(round_.submissions);
    Progress progress("inlezen", files.size());
    for (const auto& file : files) {
        ingest_file(file, summary);
        progress.advance();
    }
    return summary;
}

void Pipeline::ingest_file(const std::filesystem::path& file, IngestSummary& summary) {
    Store& s = store();
    ++summary.files_seen;
    std::string display = file.lexically_relative(round_.folder).generic_string();
    std::string bytes = read_file(file);
    std::string sha = sha256_hex(bytes);
    if (auto known = s.file_by_sha256(sha)) {
        if (known->path != display) {
            std::string message = fmt::format("zelfde inhoud als {}; niet nog eens ingelezen", known->path);
            Transaction transaction(s.db());
            s.add_problem("ingest", display, message);
            transaction.commit();
        }
        return;
    }

    Transaction transaction(s.db());
    // The file changed since it was read: replace the old version unless someone already worked on it.
    for (const auto& old : s.files_at(display)) {
        if (s.file_has_decisions(old.id)) {
            std::string message = "gewijzigd sinds het inlezen, maar er zijn al besluiten over genomen; "
                                  "de nieuwe versie is niet ingelezen";
            options_.warn(fmt::format("{}: {}", display, message));
            s.add_problem("ingest", display, message);
            transaction.commit();
            return;
        }
        s.remove_file(old.id);
        s.audit(options_.who, "file", display, "replaced", old.sha256, sha);
    }

    auto fail = [&](const std::string& plugin, const std::string& reason) {
        options_.warn(fmt::format("{}: {}", display, reason));
        s.add_file(display, sha, bytes, plugin, "failed", reason);
        s.add_problem("ingest", display, reason);
        s.audit(options_.who, "file", display, "ingest", "", "mislukt: " + reason);
        ++summary.files_failed;
    };

    std::string extension = extension_of(file);
    auto ingester = host_.ingester_for(extension);
    std::string plugin = host_.ingester_name_for(extension);
    if (!ingester) {
        fail("", extension.empty() ? "bestand zonder extensie; geen plugin om het te lezen"
                                   : fmt::format("geen ingest-plugin voor .{}-bestanden", extension));
        transaction.commit();
        return;
    }
    SourceFile source{file.string(), display, bytes};
    Result<IngestResult> result = Error{""};
    try {
        result = ingester->read(source);
    } catch (...) {  // a plugin must not throw; if it does anyway, the round still goes on
        result = Error{"de plugin gooide een uitzondering"};
    }
    if (!result) {
        fail(plugin, result.error().message);
        transaction.commit();
        return;
    }

    int64_t file_id = s.add_file(display, sha, bytes, plugin, "ok", "");
    ++summary.files_new;
    for (const auto& warning : result->warnings) {
        options_.warn(fmt::format("{}: {}", display, warning));
        s.add_problem("ingest", display, warning);
    }
    int index = 0;
    for (const auto& submission : result->submissions) {
        Stakeholder sender = sender_for(file, submission.stakeholder);
        std::string id = s.add_submission(file_id, index++, sender, submission);
        ++summary.submissions;
        s.audit(options_.who, "submission", id, "ingest", "", display);
        auto segments = segment(submission.body, round_.language);
        if (segments.empty()) {
            std::string message = fmt::format("inzending {} bevat geen punten", index);
            options_.warn(fmt::format("{}: {}", display, message));
            s.add_problem("segment", display, message);
        }
        for (const auto& seg : segments) {
            Point point{fmt::format("{}.{}", id, seg.position), id, seg.position, seg.text, seg.heading,
                        seg.reference.empty() ? submission.reference : seg.reference};
            s.add_point(point);
            ++summary.points;
        }
    }
    transaction.commit();
}

}  // namespace inspraak::core
