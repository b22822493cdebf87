// The stages of a round on its store: init, ingest, classify, draft, report. Each stage reads
// from and writes to the store, in transactions, so that a round can be stopped and resumed and
// running a stage again changes nothing that is already done.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "app/message.hpp"
#include "host/plugin_host.hpp"
#include "round/round_config.hpp"
#include "store/store.hpp"
#include "util/progress.hpp"

namespace inspraak::core {

struct PipelineOptions {
    std::filesystem::path round_dir;
    std::filesystem::path out_dir;        // empty: reports/<round name> under the working folder
    std::optional<StoreLocation> store;   // empty: round.db in out_dir (reports go to out_dir either way)
    std::filesystem::path templates_dir;  // empty: default_templates_dir()
    std::string classifier;               // empty: the first classify plugin loaded
    bool again = false;                   // classify/draft: propose again for undecided points
    bool with_personal_data = false;      // report: names, e-mail addresses and phone numbers
    std::string who = "inspraak";         // recorded in the audit log
    // Sender details given on the command line: they fill what neither the file nor round.json
    // says about the sender.
    Stakeholder sender;
    // Problems with the input; the round goes on. Each names its file (or point) first, and is
    // rendered by the front end in the user's language. The store keeps them too, for the report
    // (see ProblemLog).
    std::function<void(const Message&)> warn = [](const Message&) {};
    // The user's language, for the one thing the pipeline shows itself: the progress line on a terminal.
    bool english = false;
    // Told as ingest and classify go (the workspace shows a stage's progress); may be empty.
    ProgressObserver progress;
    // Threads of the stages that work in parallel: ingest's reading and parsing of files ahead of
    // the store's one writer (only when the host parses in workers), classifying, rendering the
    // report formats; 0: one per core. The outcome is the same for any number.
    unsigned threads = 0;
};

struct IngestSummary {
    int files_seen = 0;
    int files_new = 0;
    int files_failed = 0;
    int submissions = 0;
    int points = 0;
};

struct GroupSummary {
    int groups = 0;          // groups of two or more near-identical points
    int grouped_points = 0;  // points in those groups, the leads included
    int changed = 0;         // points whose group changed in this run
    int additions = 0;       // sentences a campaign member added to the common text, new points of their own in this run
};

struct StageCount {
    int done = 0;     // points handled in this run
    int skipped = 0;  // points left as they were (already done or decided by the officer)
};

class ProblemLog;

struct ReadEmbeddedFile;
struct ParsedFile;    // what the plugins read from a round file (ingest_stage.cpp)
struct PreparedFile;  // a round file read and parsed ahead of the writer (ingest_stage.cpp)

class Pipeline {
public:
    // Reads round.json (a missing or bad one throws, one line). Does not touch the store yet.
    Pipeline(PipelineOptions options, const PluginHost& host);
    ~Pipeline();
    Pipeline(const Pipeline&) = delete;
    Pipeline& operator=(const Pipeline&) = delete;

    const RoundConfig& round() const { return round_; }
    const PluginHost& host() const { return host_; }
    const PipelineOptions& options() const { return options_; }
    std::filesystem::path out_dir() const;
    StoreLocation store_location() const;

    // Creates the store if needed and imports the framework when it is new or changed.
    void init();
    // Ingests every file under the submissions folder, or only `files` when given (which must
    // lie inside the round folder).
    IngestSummary ingest(const std::vector<std::filesystem::path>& files = {});
    // Groups identical and near-identical points (campaigns, repeats) across the round, anew
    // each run: new points join existing groups, and only changes are written.
    GroupSummary group();
    StageCount classify();
    StageCount draft();
    // Writes reactienota.<format> for each format; returns the files written.
    std::vector<std::filesystem::path> report(const std::vector<std::string>& formats);

    Store& store();  // opens the existing store (a StoreError, not_found, if there is none)

private:
    void ingest_file(const std::filesystem::path& file, PreparedFile prepared, IngestSummary& summary);
    // The sha256 of every file and embedded file the store holds: what ingest need not parse again.
    std::unordered_set<std::string> known_contents();
    unsigned worker_threads() const;  // options.threads, or one per core
    std::string display_of(const std::filesystem::path& file) const;  // relative to the round folder
    ParsedFile parse_new_file(const std::filesystem::path& file, const std::string& display, const std::string& bytes) const;
    void segment_all(const IngestResult& result, const std::vector<ReadEmbeddedFile>& embedded, ParsedFile& parsed) const;
    void ingest_new_file(const std::filesystem::path& file, const std::string& display, const std::string& bytes,
                         const std::string& sha, ParsedFile& parsed, IngestSummary& summary);
    // `key`: the file's path under the submissions folder (round.json "stakeholders" key), with
    // "/<member>" for a file inside an archive.
    Stakeholder sender_for(const std::string& key, const Stakeholder& found) const;
    ProblemLog problems();

    PipelineOptions options_;
    const PluginHost& host_;
    RoundConfig round_;
    std::unique_ptr<Store> store_;
};

}  // namespace inspraak::core
