// The plugin API: everything a plugin may see of the host is in this header and the ones it
// includes (model.hpp, result.hpp, report_model.hpp).
//
// A plugin is a shared library that exports exactly one symbol, the descriptor
// `inspraak_plugin` (use INSPRAAK_PLUGIN below). The host reads the descriptor before it runs any
// of the plugin's code, refuses another API major or a newer minor, then calls `init` with a
// registrar it owns. Every call into a plugin returns a Result: exceptions never cross the
// boundary (wrap bodies in inspraak::guard).
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "inspraak/model.hpp"
#include "inspraak/report_model.hpp"
#include "inspraak/result.hpp"

// 3.0: IngestResult::embedded (files inside a file, read by the host). The layout of IngestResult
// changed, so a 2.x plugin is refused rather than misread.
#define INSPRAAK_API_MAJOR 3
#define INSPRAAK_API_MINOR 1

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

// ---------------------------------------------------------------- registration

// Owned by the host and handed to a plugin's init. A plugin registers exactly one object of its
// own kind; the host refuses a second one and a name that is already taken.
class Registrar {
public:
    virtual ~Registrar() = default;
    virtual void add_ingester(std::unique_ptr<Ingester> ingester) = 0;
    virtual void add_classifier(std::unique_ptr<Classifier> classifier) = 0;
    virtual void add_reporter(std::unique_ptr<Reporter> reporter) = 0;
};

}  // namespace inspraak

extern "C" {
// Plain data, read by the host before any of the plugin's code runs.
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
        SUMMARY,            FORMATS,            &inspraak_plugin_init_guarded}
