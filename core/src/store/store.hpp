// The round's store: one SQLite file holding the framework, the original files, submissions,
// points, classifications, reactions, the audit log and the problems met on the way.
// Callers group writes in a Transaction (see sqlite.hpp) so that a stage is all or nothing.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "inspraak/model.hpp"
#include "store/sqlite.hpp"

namespace inspraak::core {

struct StoredFile {
    int64_t id = 0;
    std::string path;
    std::string sha256;
    std::string plugin;
    std::string status;  // "ok" or "failed"
    std::string error;
};

struct StoredSubmission {
    std::string id;      // "I001"
    std::string source;  // the file's path relative to the round folder
    int index_in_file = 0;
    Stakeholder stakeholder;
    std::string subject;
    std::string date;
    std::string body;
    std::string reference;
    std::vector<std::string> notes;
};

// A file found inside a round's file (see IngestResult::embedded), as the store keeps it.
struct EmbeddedFileRow {
    int64_t id = 0;
    int64_t file_id = 0;            // the round's file it arrived in
    int64_t parent_id = 0;          // the embedded file it lies in; 0: directly in file_id
    int ordinal = 0;                // order within the round's file, depth first
    std::string name;               // as the container names it
    std::string media_type;
    std::string relation;           // "attachment" (input of the container's submission) or "member"
    std::string container;          // the container as people know it: a mail's subject, an archive's name
    std::string sha256;
    std::string plugin;
    std::string status;             // "ok", "failed" or "refused" (a limit)
    std::string error;
    std::string body;               // the text its plugin read, for the record
};

// The author of the reactions the machine drafted; any other author is a person.
inline constexpr std::string_view machine_author = "inspraak";

struct Reaction {
    std::string text;
    std::string status = "draft";  // "draft" or "approved"
    std::string author;
};

struct StoredClassification {
    Classification classification;
    std::string decided_by;  // empty while only the machine proposed it
};

struct Problem {
    std::string stage;
    std::string file;
    std::string message;
};

class Store {
public:
    // Opens an existing store; a missing or damaged file is a StoreError.
    static Store open(const std::filesystem::path& file);
    // Opens the store, creating the file (and its folder) when it does not exist yet.
    static Store create(const std::filesystem::path& file);

    Database& db() { return db_; }

    std::optional<std::string> meta(const std::string& key);
    void set_meta(const std::string& key, const std::string& value);

    // Replaces the framework. Classifications that point into it are dropped with it.
    void replace_framework(const Framework& framework);
    Framework framework();

    std::optional<StoredFile> file_by_sha256(const std::string& sha256);
    std::vector<StoredFile> files_at(const std::string& path);
    std::vector<StoredFile> files();
    int64_t add_file(const std::string& path, const std::string& sha256, std::string_view bytes,
                     const std::string& plugin, const std::string& status, const std::string& error);
    void remove_file(int64_t file_id);  // with its submissions and points
    std::string file_bytes(int64_t file_id);
    // Whether a person decided anything about the file's points (approved or wrote a reaction,
    // set a chapter or route): such a file is not replaced by a newer version behind their back.
    bool file_has_decisions(int64_t file_id);

    // Files inside a round's file. `bytes` are kept whatever the status. Returns the new row's id.
    int64_t add_embedded_file(const EmbeddedFileRow& row, std::string_view bytes);
    std::vector<EmbeddedFileRow> embedded_files();
    // An embedded file read before with this content (status "ok"), if any.
    std::optional<EmbeddedFileRow> embedded_file_by_sha256(const std::string& sha256);
    std::string embedded_file_bytes(int64_t embedded_file_id);

    // Returns the new submission's id ("I001", "I002", ... in the order of ingestion).
    // `embedded_file_id` (0: none) is the file inside `file_id` the submission came from.
    std::string add_submission(int64_t file_id, int index_in_file, const Stakeholder& stakeholder,
                               const IngestedSubmission& submission, int64_t embedded_file_id = 0);
    std::vector<StoredSubmission> submissions();

    // `embedded_file_id` (0: none): the attachment or archive member the point's text came from.
    void add_point(const Point& point, int64_t embedded_file_id = 0);
    std::vector<Point> points();
    // Point id -> the embedded file its text came from, for the points that came from one.
    std::map<std::string, int64_t> point_origins();

    std::map<std::string, StoredClassification> classifications();
    void save_classification(const std::string& point_id, const Classification& classification,
                             const std::string& decided_by);
    // The points an officer decided (classification decided_by set), in round order: examples
    // a classifier may learn from.
    std::vector<DecidedPoint> decided_points();

    std::map<std::string, Reaction> reactions();
    void save_reaction(const std::string& point_id, const Reaction& reaction);

    void audit(const std::string& who, const std::string& entity, const std::string& entity_id,
               const std::string& field, const std::string& old_value, const std::string& new_value);
    int64_t audit_count();

    // Records a problem once; the same problem seen again is not repeated.
    void add_problem(const std::string& stage, const std::string& file, const std::string& message);
    std::vector<Problem> problems();

private:
    // A cached statement, reset when the lease ends: a statement left mid-result would keep a
    // read transaction open and stop SQLite from checkpointing the write-ahead log.
    class Lease {
    public:
        explicit Lease(Statement& statement) : statement_(statement) {}
        ~Lease() { statement_.reset(); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        template <typename T>
        Lease& bind(int index, T&& value) {
            statement_.bind(index, std::forward<T>(value));
            return *this;
        }
        Lease& bind_blob(int index, std::string_view bytes) {
            statement_.bind_blob(index, bytes);
            return *this;
        }
        bool step() { return statement_.step(); }
        void run() { statement_.run(); }
        std::string text(int column) const { return statement_.text(column); }
        int64_t integer(int column) const { return statement_.integer(column); }
        double real(int column) const { return statement_.real(column); }

    private:
        Statement& statement_;
    };

    explicit Store(Database db);
    Lease statement(const char* sql);  // prepared once per store, reused

    Database db_;
    std::unordered_map<const char*, std::unique_ptr<Statement>> statements_;
};

std::string now_iso8601();

}  // namespace inspraak::core
