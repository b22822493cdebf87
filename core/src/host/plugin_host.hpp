// Loads plugins from plugin folders and hands out their objects.
//
// Each library is opened with immediate binding and local symbols; its descriptor is read and
// checked before any of its code runs; then its init is called with a registrar owned by the
// host. A plugin that fails at any step is kept in the list with its state and the reason.
// Every object handed out holds a shared reference to its library, so a library stays loaded
// while anything from it lives.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/app_error.hpp"
#include "app/message.hpp"
#include "inspraak/plugin.hpp"

namespace boost::dll {
class shared_library;
}

namespace inspraak::core {

class WorkerPool;

enum class PluginState { loaded, cannot_open, missing_entry_point, incompatible_api, incompatible_abi, init_failed, duplicate_name };

// The state as a stable word for JSON output ("geladen", "init mislukt"...; kept as it was).
std::string to_string(PluginState state);
// The state for people, in their language ("plugin.state.*").
Message describe(PluginState state);
std::string to_string(PluginKind kind);

struct PluginInfo {
    std::filesystem::path file;
    std::filesystem::path folder;  // the plugin folder it was found in
    PluginState state = PluginState::loaded;
    // Why it is not loaded (empty key when loaded): the host's own words, or ("plugin.said") the
    // plugin's or the loader's text as they wrote it.
    Message reason;
    // From the descriptor, when it could be read:
    std::string name;
    std::string version;
    std::string summary;
    PluginKind kind = PluginKind::ingest;
    std::vector<std::string> formats;
    int api_major = 0;
    int api_minor = 0;
    std::string abi;  // the build it was made by (API 3.1 on), "" before
};

class PluginHost {
public:
    // Loads every plugin library (lib*.so) found in `folders`, in name order per folder; of two
    // plugins with the same name the first loaded wins (host/plugin_folders.hpp).
    explicit PluginHost(const std::vector<std::filesystem::path>& folders);
    ~PluginHost();
    PluginHost(const PluginHost&) = delete;
    PluginHost& operator=(const PluginHost&) = delete;

    const std::vector<PluginInfo>& plugins() const { return infos_; }

    // The ingester that reads files with this extension ("eml", without the dot), or null.
    std::shared_ptr<const Ingester> ingester_for(const std::string& extension) const;
    std::string ingester_name_for(const std::string& extension) const;
    std::vector<std::string> ingest_formats() const;

    // The classifier with this name, or the first loaded one when `name` is empty; null if none.
    std::shared_ptr<const Classifier> classifier(const std::string& name = {}) const;
    std::string classifier_name(const std::string& name = {}) const;

    // Opens a classifier session that keeps the classifier's library loaded while it lives. Fails
    // with "plugin.classifier_missing" (not_found) without a classifier, else (internal)
    // "plugin.classifier_threw" or "plugin.classifier_refused" with the classifier's own words.
    AppResult<std::shared_ptr<const ClassifierSession>> open_session(const std::shared_ptr<const Classifier>& classifier,
                                                                     const ClassifierContext& context) const;

    // From now on, files are read by ingest plugins in sandboxed worker processes
    // (isolation/worker_pool.hpp) instead of this one; see pipeline/ingest_call.hpp.
    void isolate_ingest(std::shared_ptr<const WorkerPool> workers) { workers_ = std::move(workers); }
    const WorkerPool* ingest_workers() const { return workers_.get(); }

    // The format's report plugin: a Reporter renders a whole model (a streaming plugin's
    // ReportWriter through the SDK's ModelSource); report_writer is the streaming interface
    // (API 3.2), null for a plugin of before 3.2, whose reporter the report stage then uses.
    std::shared_ptr<const Reporter> reporter(const std::string& format) const;
    std::shared_ptr<const ReportWriter> report_writer(const std::string& format) const;
    std::vector<std::string> report_formats() const;

private:
    struct Loaded;
    void load(const std::filesystem::path& file, const std::filesystem::path& folder);
    const Loaded* find(PluginKind kind, const std::string& name_or_format, bool by_format) const;

    std::vector<PluginInfo> infos_;
    std::vector<std::unique_ptr<Loaded>> loaded_;  // in load order; destroyed in reverse
    std::shared_ptr<const WorkerPool> workers_;
};

}  // namespace inspraak::core
