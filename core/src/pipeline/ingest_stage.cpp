// Ingest: every file under the round's submissions folder goes through the ingest plugin for its
// extension, is split into points and stored with its original bytes, one transaction per file.
// A file already stored (same SHA-256) is skipped; a file that fails is a warning and is kept.
// Files inside a file (an e-mail's attachments, an archive's members) are read by the plugin for
// their own type (see embedded_reader.hpp) and stored with it: an attachment's points belong to
// the mail's submission, an archive member is a submission of its own.
#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "app/app_error.hpp"
#include "pipeline/embedded_reader.hpp"
#include "pipeline/ingest_call.hpp"
#include "pipeline/page_cache_scope.hpp"
#include "pipeline/pipeline.hpp"
#include "pipeline/problem_log.hpp"
#include "pipeline/read_ahead.hpp"
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
        throw AppException(AppError{ErrorKind::not_found, Message{"ingest.folder_missing", {folder.string()}}});
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

// What the plugins read from a round file, before anything of it is stored. Reading happens
// outside the store's write: a worker may take up to its time limit on a hostile file, and the
// workspace's saves must not wait for it.
struct ParsedFile {
    std::string plugin;                  // "" when no plugin reads the extension
    std::optional<Message> failure;      // why the file could not be read
    IngestResult result;
    std::vector<ReadEmbeddedFile> embedded;
    // Every submission's text split into points, by text: segmenting is the costliest part of
    // storing a file, so the threads reading ahead do it too.
    std::unordered_map<std::string, std::vector<Segment>> segments;

    const std::vector<Segment>& segments_of(const std::string& body, std::string_view language) {
        auto it = segments.find(body);
        if (it == segments.end()) it = segments.emplace(body, segment(body, language)).first;
        return it->second;
    }
};

// A round file as the threads reading ahead hand it to the writer.
struct PreparedFile {
    std::string bytes;
    std::string sha256;
    std::optional<ParsedFile> parsed;  // empty when the store held its content when it was read
};

Stakeholder Pipeline::sender_for(const std::string& key, const Stakeholder& found) const {
    // What the officer wrote in round.json wins; what the file says (mail headers, web-form
    // columns, document properties) fills the gaps; the command line's details come last.
    Stakeholder sender;
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
    PageCacheScope cache(store());  // store() fails here, once, when there is no store
    IngestSummary summary;
    std::vector<std::filesystem::path> files;
    for (const auto& file : only) {
        auto absolute = std::filesystem::absolute(file).lexically_normal();
        auto relative = absolute.lexically_relative(round_.folder);
        if (!std::filesystem::is_regular_file(absolute))
            throw AppException(AppError{ErrorKind::not_found, Message{"ingest.file_not_found", {file.string()}}});
        if (relative.empty() || *relative.begin() == "..")
            throw AppException(
                invalid_error("ingest.outside_round", {file.string(), round_.folder.string()}));
        files.push_back(absolute);
    }
    if (only.empty()) files = submission_files(round_.submissions);
    Progress progress(render(Message{"progress.ingest"}, options_.english), files.size(), options_.progress);

    // Files are read and parsed ahead by a thread per core, each with a parse worker of its own
    // (plugins only run in parallel in workers, never in this process), and stored in the files'
    // order by this thread. Content the store holds already is not parsed again.
    constexpr size_t batch = 64;                            // files stored in one transaction at most
    constexpr size_t read_ahead_bytes = size_t{64} << 20;  // of files read ahead and waiting
    const std::unordered_set<std::string> known = known_contents();
    const unsigned threads = host_.ingest_workers() == nullptr ? 0 : worker_threads();
    ReadAhead<PreparedFile> ahead(
        files.size(),
        [&](size_t i) {
            PreparedFile prepared{read_file(files[i]), "", std::nullopt};
            prepared.sha256 = sha256_hex(prepared.bytes);
            if (!known.contains(prepared.sha256))
                prepared.parsed = parse_new_file(files[i], display_of(files[i]), prepared.bytes);
            return prepared;
        },
        // Enough files ahead that the threads read on while the writer stores a batch; they wait
        // in memory whole, so a budget of bytes keeps a run of large scans from adding up.
        threads, batch, [](const PreparedFile& p) { return p.bytes.size(); }, read_ahead_bytes);
    // Files whose results are there already are stored in one transaction, up to a batch: a commit
    // per file costs more than storing a small file. The writer never waits inside a transaction
    // (a worker may spend seconds on a hostile file while the workspace waits for the store), nor
    // parses there: a file that must be parsed now ends the batch before it. Before it begins one,
    // it waits a moment for the files read ahead after the first, so that the batch is seldom a
    // single file.
    constexpr std::chrono::milliseconds batch_patience{100};
    // Known when reading began, yet neither it nor a file inside one is stored (rare: the row that
    // made it known was no match): it is parsed now, before its transaction.
    auto needs_parsing = [&](const PreparedFile& p) {
        return !p.parsed && !store().file_by_sha256(p.sha256) && !store().embedded_file_by_sha256(p.sha256);
    };
    std::optional<PreparedFile> deferred;  // taken ahead, but it ended a batch: the next one starts with it
    for (size_t i = 0; i < files.size();) {
        PreparedFile prepared = deferred ? std::move(*deferred) : ahead.next();
        deferred.reset();
        if (needs_parsing(prepared)) prepared.parsed = parse_new_file(files[i], display_of(files[i]), prepared.bytes);
        ahead.wait_ready(std::min(batch - 1, files.size() - i - 1), batch_patience);
        store().write([&](Store&) {
            ingest_file(files[i++], std::move(prepared), summary);
            progress.advance();
            for (size_t in_batch = 1; in_batch < batch && i < files.size() && ahead.ready(); ++in_batch) {
                PreparedFile more = ahead.next();
                if (needs_parsing(more)) {
                    deferred = std::move(more);
                    return;
                }
                ingest_file(files[i++], std::move(more), summary);
                progress.advance();
            }
        });
    }
    store().refresh_statistics();  // Store::refresh_statistics says why
    return summary;
}

std::unordered_set<std::string> Pipeline::known_contents() {
    std::unordered_set<std::string> known;
    for (const auto& file : store().files()) known.insert(file.sha256);
    for (const auto& row : store().embedded_files()) known.insert(row.sha256);
    return known;
}

std::string Pipeline::display_of(const std::filesystem::path& file) const {
    return file.lexically_relative(round_.folder).generic_string();
}

namespace {

void fill_gaps(Stakeholder& sender, const Stakeholder& more) {
    for (auto [field, other] : {std::pair{&sender.name, &more.name}, std::pair{&sender.organisation, &more.organisation},
                                std::pair{&sender.group, &more.group}, std::pair{&sender.email, &more.email},
                                std::pair{&sender.phone, &more.phone}})
        if (field->empty()) *field = *other;
}

// One stretch of a submission's text with where it came from: the mail's own body, or an
// attachment's (embedded_file_id set).
struct TextPart {
    std::string body;
    std::string reference;
    int64_t embedded_file_id = 0;
};

// A submission about to be stored: what its file said, and the text of its attachments after it.
struct SubmissionDraft {
    IngestedSubmission submission;
    std::string sender_key;  // round.json "stakeholders" key
    int64_t embedded_file_id = 0;
    std::vector<TextPart> parts;
};

// Stores a round file's embedded files and turns its contents into submission drafts: what an
// attachment says joins the submission it belongs to; what stands on its own becomes its own.
class ContentPlacer {
public:
    ContentPlacer(Store& store, const ProblemLog& problems, int64_t file_id, std::string display)
        : store_(store), problems_(problems), file_id_(file_id), display_(std::move(display)) {}

    // The round file's own submissions and what lies inside it.
    void place_file(const IngestResult& result, std::vector<ReadEmbeddedFile>& children, const std::string& key) {
        place_standalone(result.submissions, children, 0, key, std::filesystem::path(display_).filename().string());
    }

    std::vector<SubmissionDraft>& drafts() { return drafts_; }

private:
    void place_standalone(const std::vector<IngestedSubmission>& submissions, std::vector<ReadEmbeddedFile>& children,
                          int64_t container_id, const std::string& key, const std::string& container_name) {
        const size_t first = drafts_.size();
        for (const auto& submission : submissions) {
            SubmissionDraft draft{submission, key, container_id, {}};
            draft.parts.push_back(TextPart{submission.body, submission.reference, container_id});
            drafts_.push_back(std::move(draft));
        }
        for (auto& child : children) {
            const int belongs_to = child.file.belongs_to;
            const bool attached = belongs_to >= 0 && static_cast<size_t>(belongs_to) < submissions.size();
            const std::string container =
                attached ? subject_or(submissions[static_cast<size_t>(belongs_to)].subject, container_name) : container_name;
            int64_t id = store_child(child, container_id, attached ? "attachment" : "member", container);
            if (child.status != "ok") continue;
            if (attached) {
                merge_into(first + static_cast<size_t>(belongs_to), child, id);
            } else {
                place_standalone(child.result.submissions, child.children, id, key + "/" + child.name, child.name);
            }
        }
    }

    // Everything `child` holds, at any depth, is input of the draft's submission.
    void merge_into(size_t draft_index, ReadEmbeddedFile& child, int64_t child_id) {
        for (const auto& found : child.result.submissions) {
            SubmissionDraft& draft = drafts_[draft_index];
            draft.parts.push_back(TextPart{found.body, found.reference, child_id});
            IngestedSubmission& into = draft.submission;
            fill_gaps(into.stakeholder, found.stakeholder);
            if (into.subject.empty()) into.subject = found.subject;
            if (into.date.empty()) into.date = found.date;
            if (into.reference.empty()) into.reference = found.reference;
            // Notes are read in the report, in the round's language.
            for (const auto& note : found.notes)
                into.notes.push_back(problems_.in_round_language(Message{"ingest.attachment_note", {child.name, note}}));
        }
        const std::string container = subject_or(child.result.submissions.empty() ? "" : child.result.submissions[0].subject,
                                                 child.name);
        for (auto& grandchild : child.children) {
            const bool attached = grandchild.file.belongs_to >= 0 &&
                                  static_cast<size_t>(grandchild.file.belongs_to) < child.result.submissions.size();
            int64_t id = store_child(grandchild, child_id, attached ? "attachment" : "member",
                                     attached ? container : child.name);
            if (grandchild.status == "ok") merge_into(draft_index, grandchild, id);
        }
    }

    int64_t store_child(ReadEmbeddedFile& child, int64_t parent_id, const std::string& relation,
                        const std::string& container) {
        if (child.status == "ok")
            if (auto same = store_.file_by_sha256(child.sha256); same && same->status == "ok") {
                // The officer also saved the attachment in the round's folder, and it was read from there.
                child.status = "refused";
                child.error = Message{"same_content", {same->path}};
            }
        // Why it was not read, naming the round file and this file in it: a warning, and the file's
        // own row keeps it as the report shows it (the same reason reads differently for an
        // attachment and for an archive's member).
        const std::string family = relation == "attachment" ? "ingest.attachment" : "ingest.member";
        const std::string inner = child.chain.substr(child.chain.find('/') + 1);
        auto about = [&](const Message& reason) { return reason_in(family, reason, {display_, inner}); };
        std::string body;
        for (const auto& submission : child.result.submissions) {
            if (!body.empty()) body += "\n\n";
            body += submission.body;
        }
        const std::string error = child.status == "ok" ? "" : problems_.text(about(child.error));
        EmbeddedFileRow row{0, file_id_, parent_id, ++ordinal_, child.name, child.file.media_type, relation, container,
                            child.sha256, child.plugin, child.status, error, body};
        int64_t id = store_.add_embedded_file(row, child.file.bytes);
        if (child.status == "failed") problems_.report("ingest", about(child.error));
        // A limit refuses every file after it for the same reason: say so once.
        if (child.status == "refused" && refusals_.insert({child.error.key, child.error.args}).second)
            problems_.report("ingest", about(child.error));
        for (const auto& warning : child.result.warnings) problems_.report("ingest", about(Message{"plugin_said", {warning}}));
        return id;
    }

    static std::string subject_or(const std::string& subject, const std::string& fallback) {
        return subject.empty() ? fallback : subject;
    }

    Store& store_;
    const ProblemLog& problems_;
    int64_t file_id_;
    std::string display_;
    std::vector<SubmissionDraft> drafts_;
    std::set<std::pair<std::string, std::vector<std::string>>> refusals_;  // reasons, by key and arguments
    int ordinal_ = 0;
};

}  // namespace

void Pipeline::ingest_file(const std::filesystem::path& file, PreparedFile prepared, IngestSummary& summary) {
    Store& s = store();
    ++summary.files_seen;
    const std::string display = display_of(file);
    const std::string& bytes = prepared.bytes;
    const std::string& sha = prepared.sha256;
    if (auto known = s.file_by_sha256(sha)) {
        if (known->path != display)
            s.write([&](Store&) { problems().record("ingest", Message{"ingest.same_content", {display, known->path}}); });
        return;
    }
    if (auto known = s.embedded_file_by_sha256(sha)) {
        // Saved from a mail or unpacked from an archive that was read already.
        auto container = s.files();
        auto it = std::find_if(container.begin(), container.end(), [&](const StoredFile& f) { return f.id == known->file_id; });
        Message message = it != container.end()
                              ? Message{"ingest.same_content_inside", {display, known->name, it->path}}
                              : Message{"ingest.same_content_inside_earlier", {display, known->name}};
        s.write([&](Store&) { problems().record("ingest", message); });
        return;
    }

    // Parsed ahead, or before the batch's transaction began (ingest()).
    ParsedFile parsed = prepared.parsed ? std::move(*prepared.parsed) : parse_new_file(file, display, bytes);
    s.write([&](Store&) { ingest_new_file(file, display, bytes, sha, parsed, summary); });
}

// Reads a file the store does not hold yet, and what lies inside it, with the plugins' workers.
ParsedFile Pipeline::parse_new_file(const std::filesystem::path& file, const std::string& display,
                                    const std::string& bytes) const {
    ParsedFile parsed;
    std::string extension = extension_of(file);
    parsed.plugin = host_.ingester_name_for(extension);
    if (!host_.ingester_for(extension)) {
        parsed.failure = extension.empty() ? Message{"no_extension"} : Message{"no_plugin", {extension}};
        return parsed;
    }
    AppResult<IngestResult> result = call_ingester(host_, extension, SourceFile{file.string(), display, bytes});
    if (!result) {
        parsed.failure = result.error().message;
        return parsed;
    }
    parsed.result = std::move(result.value());
    EmbeddedReader reader(host_);
    parsed.embedded = reader.read(std::exchange(parsed.result.embedded, {}), file.filename().string());
    segment_all(parsed.result, parsed.embedded, parsed);
    return parsed;
}

void Pipeline::segment_all(const IngestResult& result, const std::vector<ReadEmbeddedFile>& embedded,
                           ParsedFile& parsed) const {
    for (const auto& submission : result.submissions) parsed.segments_of(submission.body, round_.language);
    for (const auto& child : embedded) segment_all(child.result, child.children, parsed);
}

// Stores a file the store does not hold yet with what its plugins read, inside the caller's
// write: all of it or nothing.
void Pipeline::ingest_new_file(const std::filesystem::path& file, const std::string& display, const std::string& bytes,
                               const std::string& sha, ParsedFile& parsed, IngestSummary& summary) {
    Store& s = store();
    const ProblemLog problems = this->problems();
    // The file changed since it was read: replace the old version unless someone already worked on it.
    for (const auto& old : s.files_at(display)) {
        if (s.file_has_decisions(old.id)) {
            problems.report("ingest", Message{"ingest.changed_after_decisions", {display}});
            return;
        }
        s.remove_file(old.id);
        s.audit(options_.who, "file", display, "replaced", old.sha256, sha);
    }

    auto fail = [&](const std::string& plugin, const Message& reason) {
        const Message warning = reason_in("ingest", reason, {display});
        const std::string text = problems.text(warning);
        s.add_file(display, sha, bytes, plugin, "failed", text);
        problems.report("ingest", warning);
        s.audit(options_.who, "file", display, "ingest", "", "mislukt: " + text);
        ++summary.files_failed;
    };

    if (parsed.failure) {
        fail(parsed.plugin, *parsed.failure);
        return;
    }

    int64_t file_id = s.add_file(display, sha, bytes, parsed.plugin, "ok", "");
    ++summary.files_new;
    for (const auto& warning : parsed.result.warnings)
        problems.report("ingest", Message{"ingest.plugin_said", {display, warning}});
    ContentPlacer placer(s, problems, file_id, display);
    placer.place_file(parsed.result, parsed.embedded, file.lexically_relative(round_.submissions).generic_string());

    int index = 0;
    for (auto& draft : placer.drafts()) {
        Stakeholder sender = sender_for(draft.sender_key, draft.submission.stakeholder);
        std::string id = s.add_submission(file_id, index++, sender, draft.submission, draft.embedded_file_id);
        ++summary.submissions;
        s.audit(options_.who, "submission", id, "ingest", "", display);
        int position = 0;
        for (const auto& part : draft.parts) {
            for (const auto& seg : parsed.segments_of(part.body, round_.language)) {
                ++position;
                Point point{fmt::format("{}.{}", id, position), id, position, seg.text, seg.heading,
                            seg.reference.empty() ? part.reference : seg.reference};
                s.add_point(point, part.embedded_file_id);
                ++summary.points;
            }
        }
        if (position == 0) problems.report("segment", Message{"ingest.no_points", {display, std::to_string(index)}});
    }
}

}  // namespace inspraak::core
