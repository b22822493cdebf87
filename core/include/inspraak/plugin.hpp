// The plugin API: everything a plugin may see of the host is in this header and the ones it
// includes (model.hpp, result.hpp, report_model.hpp, build_abi.hpp).
//
// A plugin is a shared library that exports exactly one symbol, the descriptor
// `inspraak_plugin` (use INSPRAAK_PLUGIN below). The host reads the descriptor before it runs any
// of the plugin's code, refuses another API major or a newer minor, and a plugin built with
// another C++ standard library than its own (build_abi.hpp), then calls `init` with a registrar
// it owns. Every call into a plugin returns a Result: exceptions never cross the
// boundary (wrap bodies in inspraak::guard).
#pragma once

#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "inspraak/build_abi.hpp"
#include "inspraak/model.hpp"
#include "inspraak/report_model.hpp"
#include "inspraak/result.hpp"

// 3.0: IngestResult::embedded (files inside a file, read by the host). The layout of IngestResult
// changed, so a 2.x plugin is refused rather than misread.
// 3.1: the descriptor ends with `abi`, the build the plugin was made by; 3.0 plugins still load.
// 3.2: streaming reports (ReportWriter, ReportSource, ReportSink, Registrar::add_report_writer at
// the end of the registrar): only additions, so 3.0 and 3.1 plugins load and render as before.
#define INSPRAAK_API_MAJOR 3
#define INSPRAAK_API_MINOR 2

#if defined(_WIN32)
#define INSPRAAK_EXPORT __declspec(dllexport)
#else
#define INSPRAAK_EXPORT __attribute__((visibility("default")))
#endif

namespace inspraak {

enum class PluginKind : int { ingest = 1, classify = 2, report = 3 };

// ---------------------------------------------------------------- ingest

// Reads one file into submissions. Implementations are stateless; `read` may be called from
// several threads at once.
class Ingester {
public:
    virtual ~Ingester() = default;
    virtual Result<IngestResult> read(const SourceFile& file) const noexcept = 0;
};

// ---------------------------------------------------------------- classify

struct ClassifierContext {
    const Framework& framework;
    const std::vector<Workstream>& workstreams;
    std::string language;  // "nl" or "en": the round's language
    // Points the officer decided. A classifier may learn from them; it must never be asked to
    // change them (the host only classifies undecided points).
    std::span<const DecidedPoint> decided = {};
};

// A classifier prepared for one framework (its index built). `classify` is const and may be
// called concurrently.
class ClassifierSession {
public:
    virtual ~ClassifierSession() = default;
    virtual Result<Classification> classify(const Point& point) const noexcept = 0;
};

class Classifier {
public:
    virtual ~Classifier() = default;
    // Builds whatever index the classifier needs. The context's references are only valid for the
    // duration of the call: copy what the session needs.
    virtual Result<std::unique_ptr<ClassifierSession>> open(const ClassifierContext& context) const noexcept = 0;
};

// ---------------------------------------------------------------- report

class Reporter {
public:
    virtual ~Reporter() = default;
    // The bytes of the report file. The host writes them to <out>/reactienota.<format>.
    virtual Result<std::string> render(const ReportModel& model) const noexcept = 0;
};

// ---------------------------------------------------------------- report, streamed (API 3.2)
//
// A ReportWriter writes the report while it reads the round, so that its memory does not grow
// with the number of points: the head (ReportHead) first, then the published rows one at a time
// from a reader, the bytes into a sink. The host implements ReportSource, the readers and
// ReportSink; the plugin only calls them (so the host may add virtuals at their end in a later
// minor version).

// Rows in round order (a submission's points together, submissions in order), one at a time.
class ReportPointReader {
public:
    virtual ~ReportPointReader() = default;
    // The next row, or nullptr after the last. The entry stays valid until the next call.
    virtual Result<const ReportEntry*> next() noexcept = 0;
};

// Every submission in round order, also those whose points all stand in another's row.
class ReportSubmissionReader {
public:
    virtual ~ReportSubmissionReader() = default;
    virtual Result<const ReportSubmission*> next() noexcept = 0;
};

class ReportSource {
public:
    virtual ~ReportSource() = default;
    virtual const ReportHead& head() const noexcept = 0;
    // A reader of the rows that match; as many readers as needed, one after the other or side by
    // side (an annex per workstream: one reader per route).
    virtual Result<std::unique_ptr<ReportPointReader>> points(const ReportPointFilter& filter) noexcept = 0;
    virtual Result<std::unique_ptr<ReportSubmissionReader>> submissions() noexcept = 0;
};

// Where the report's bytes go. The host writes them to a temporary file next to
// <out>/reactienota.<format> and renames it into place when `write` of the ReportWriter succeeded.
class ReportSink {
public:
    virtual ~ReportSink() = default;
    virtual Result<void> write(std::string_view bytes) noexcept = 0;
};

class ReportWriter {
public:
    virtual ~ReportWriter() = default;
    // Writes the whole report to `sink`. Const, and may run beside other writers (each with its
    // own source and sink).
    virtual Result<void> write(ReportSource& source, ReportSink& sink) const noexcept = 0;
};

// ---------------------------------------------------------------- registration

// Owned by the host and handed to a plugin's init. A plugin registers exactly one object of its
// own kind; the host refuses a second one and a name that is already taken.
class Registrar {
public:
    virtual ~Registrar() = default;
    virtual void add_ingester(std::unique_ptr<Ingester> ingester) = 0;
    virtual void add_classifier(std::unique_ptr<Classifier> classifier) = 0;
    virtual void add_reporter(std::unique_ptr<Reporter> reporter) = 0;
    // API 3.2, at the end so that the slots of 3.1 plugins stay where they were. A report plugin
    // registers either a Reporter or a ReportWriter. A registrar of before 3.2 (a plugin's own
    // test, say) inherits this and refuses.
    virtual void add_report_writer(std::unique_ptr<ReportWriter> writer) {
        (void)writer;
        throw std::logic_error("this registrar takes no ReportWriter (API 3.2)");
    }
};

}  // namespace inspraak

extern "C" {
// Plain data, read by the host before any of the plugin's code runs. Fields are only ever added
// at the end, each with a minor version: the host reads a field only from a plugin whose
// api_minor has it, so an older plugin's shorter descriptor stays readable.
struct inspraak_plugin_descriptor {
    int api_major;
    int api_minor;
    int kind;                 // inspraak::PluginKind
    const char* name;         // unique: "ingest-text", "classify-bm25", "report-md"
    const char* version;      // the plugin's own version, "1.0.0"
    const char* summary;      // one line for `inspraak plugins`
    const char* formats;      // ingest: file extensions it reads, comma separated ("txt,md");
                              // report: the format it writes ("md"); classify: ""
    // Registers the plugin's object. Returns false and fills `error` on failure; never throws.
    bool (*init)(inspraak::Registrar* registrar, inspraak::Error* error) noexcept;
    // Since 3.1: INSPRAAK_BUILD_ABI as the plugin was compiled ("libstdc++-12 cxx11-abi gcc-12.2").
    const char* abi;
};
}

// Defines the descriptor. INIT is a function `void INIT(inspraak::Registrar&)`, which may throw:
// the generated wrapper turns exceptions into an Error inside the plugin.
#define INSPRAAK_PLUGIN(KIND, NAME, VERSION, SUMMARY, FORMATS, INIT)                          \
    static bool inspraak_plugin_init_guarded(inspraak::Registrar* registrar,                 \
                                             inspraak::Error* error) noexcept {              \
        try {                                                                                \
            INIT(*registrar);                                                                \
            return true;                                                                     \
        } catch (const std::exception& e) {                                                  \
            error->message = e.what();                                                       \
        } catch (...) {                                                                      \
            error->message = "unknown exception";                                            \
        }                                                                                    \
        return false;                                                                        \
    }                                                                                        \
    extern "C" INSPRAAK_EXPORT const inspraak_plugin_descriptor inspraak_plugin;             \
    const inspraak_plugin_descriptor inspraak_plugin = {                                     \
        INSPRAAK_API_MAJOR, INSPRAAK_API_MINOR, static_cast<int>(KIND), NAME, VERSION,       \
        SUMMARY,            FORMATS,            &inspraak_plugin_init_guarded, INSPRAAK_BUILD_ABI}
