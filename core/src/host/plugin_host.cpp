#include "host/plugin_host.hpp"

#include "host/build_abi_check.hpp"
#include "inspraak/report_stream.hpp"

#include <boost/dll/shared_library.hpp>
#include <fmt/core.h>

#include <dlfcn.h>

#include <algorithm>
#include <optional>
#include <sstream>

namespace inspraak::core {

std::string to_string(PluginState state) {
    switch (state) {
        case PluginState::loaded: return "geladen";
        case PluginState::cannot_open: return "kan niet openen";
        case PluginState::missing_entry_point: return "geen ingangspunt";
        case PluginState::incompatible_api: return "andere API-versie";
        case PluginState::incompatible_abi: return "andere bouw";
        case PluginState::init_failed: return "init mislukt";
        case PluginState::duplicate_name: return "dubbele naam";
    }
    return "?";
}

Message describe(PluginState state) {
    switch (state) {
        case PluginState::loaded: return Message{"plugin.state.loaded"};
        case PluginState::cannot_open: return Message{"plugin.state.cannot_open"};
        case PluginState::missing_entry_point: return Message{"plugin.state.missing_entry_point"};
        case PluginState::incompatible_api: return Message{"plugin.state.incompatible_api"};
        case PluginState::incompatible_abi: return Message{"plugin.state.incompatible_abi"};
        case PluginState::init_failed: return Message{"plugin.state.init_failed"};
        case PluginState::duplicate_name: return Message{"plugin.state.duplicate_name"};
    }
    return Message{"?"};
}

std::string to_string(PluginKind kind) {
    switch (kind) {
        case PluginKind::ingest: return "ingest";
        case PluginKind::classify: return "classify";
        case PluginKind::report: return "report";
    }
    return "?";
}

struct PluginHost::Loaded {
    std::shared_ptr<boost::dll::shared_library> library;
    std::string name;
    PluginKind kind = PluginKind::ingest;
    std::vector<std::string> formats;
    std::shared_ptr<const Ingester> ingester;
    std::shared_ptr<const Classifier> classifier;
    std::shared_ptr<const Reporter> reporter;
    std::shared_ptr<const ReportWriter> report_writer;  // API 3.2; a report plugin has this or `reporter`
};

namespace {

// Extensions and format names compare case-insensitively ("EML" is "eml").
std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::vector<std::string> split_formats(const char* formats) {
    std::vector<std::string> out;
    std::stringstream stream(formats ? formats : "");
    for (std::string item; std::getline(stream, item, ',');) {
        item.erase(std::remove(item.begin(), item.end(), ' '), item.end());
        if (!item.empty()) out.push_back(lower(item));
    }
    return out;
}

// Ties an object from a plugin to its library: the library is released only after the object.
template <typename T>
std::shared_ptr<const T> keep_library(std::unique_ptr<T> object, std::shared_ptr<boost::dll::shared_library> library) {
    return std::shared_ptr<const T>(object.release(), [library](const T* p) { delete p; });
}

// A ReportWriter behind the Reporter interface: the report of a whole model, in memory.
class WriterAsReporter final : public Reporter {
public:
    explicit WriterAsReporter(std::shared_ptr<const ReportWriter> writer) : writer_(std::move(writer)) {}
    Result<std::string> render(const ReportModel& model) const noexcept override {
        return guard([&] { return report::render_to_string(*writer_, model); });
    }

private:
    std::shared_ptr<const ReportWriter> writer_;
};

// Collects what one plugin registers during its init, and checks that it matches its kind.
class PluginRegistrar final : public Registrar {
public:
    PluginRegistrar(PluginKind kind, std::shared_ptr<boost::dll::shared_library> library)
        : kind_(kind), library_(std::move(library)) {}

    void add_ingester(std::unique_ptr<Ingester> ingester) override {
        accept(PluginKind::ingest, ingester != nullptr);
        ingester_ = keep_library(std::move(ingester), library_);
    }
    void add_classifier(std::unique_ptr<Classifier> classifier) override {
        accept(PluginKind::classify, classifier != nullptr);
        classifier_ = keep_library(std::move(classifier), library_);
    }
    void add_reporter(std::unique_ptr<Reporter> reporter) override {
        accept(PluginKind::report, reporter != nullptr);
        reporter_ = keep_library(std::move(reporter), library_);
    }
    void add_report_writer(std::unique_ptr<ReportWriter> writer) override {
        accept(PluginKind::report, writer != nullptr);
        report_writer_ = keep_library(std::move(writer), library_);
    }

    bool empty() const { return !ingester_ && !classifier_ && !reporter_ && !report_writer_; }
    std::shared_ptr<const Ingester> ingester_;
    std::shared_ptr<const Classifier> classifier_;
    std::shared_ptr<const Reporter> reporter_;
    std::shared_ptr<const ReportWriter> report_writer_;

    // What was wrong with a registration, in the host's words: the plugin's init wrapper turns the
    // exception thrown below into its own Error, which would leave only Dutch text.
    Message problem;

private:
    // Runs inside the plugin's init.
    void accept(PluginKind offered, bool not_null) {
        if (offered != kind_) refuse(Message{"plugin.registers_other_kind", {to_string(offered), to_string(kind_)}});
        if (!not_null) refuse(Message{"plugin.registers_null"});
        if (!empty()) refuse(Message{"plugin.registers_twice"});
    }
    [[noreturn]] void refuse(Message why) {
        problem = std::move(why);
        throw std::runtime_error(render(problem, false));
    }

    PluginKind kind_;
    std::shared_ptr<boost::dll::shared_library> library_;
};

bool valid_kind(int kind) { return kind >= 1 && kind <= 3; }

// Why the host cannot promise to run a plugin built for API `major`.`minor`, or nothing: an older
// minor of its own major is fine (a minor only adds), another major or a newer minor is not.
std::optional<Message> api_mismatch(int major, int minor) {
    const std::string plugin = fmt::format("{}.{}", major, minor);
    const std::string host = fmt::format("{}.{}", INSPRAAK_API_MAJOR, INSPRAAK_API_MINOR);
    if (major != INSPRAAK_API_MAJOR)
        return Message{"plugin.api_other_major", {plugin, host, std::to_string(INSPRAAK_API_MAJOR)}};
    if (minor > INSPRAAK_API_MINOR)
        return Message{"plugin.api_newer_minor", {plugin, host, std::to_string(INSPRAAK_API_MAJOR)}};
    return std::nullopt;
}

}  // namespace

PluginHost::PluginHost(const std::vector<std::filesystem::path>& folders) {
    for (const auto& folder : folders) {
        std::error_code ec;
        if (!std::filesystem::is_directory(folder, ec)) continue;
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
            auto name = entry.path().filename().string();
            if (entry.is_regular_file() && name.starts_with("lib") && entry.path().extension() == ".so")
                files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files) load(file, folder);
    }
}

PluginHost::~PluginHost() {
    // Objects first, libraries after, in reverse load order.
    while (!loaded_.empty()) loaded_.pop_back();
}

void PluginHost::load(const std::filesystem::path& file, const std::filesystem::path& folder) {
    PluginInfo info;
    info.file = file;
    info.folder = folder;
    auto library = std::make_shared<boost::dll::shared_library>();
    boost::dll::fs::error_code ec;
    library->load(file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local, ec);
    if (ec) {
        info.state = PluginState::cannot_open;
        const char* reason = ::dlerror();
        info.reason = Message{"plugin.said", {reason ? reason : ec.message()}};
        infos_.push_back(std::move(info));
        return;
    }
    if (!library->has("inspraak_plugin")) {
        info.state = PluginState::missing_entry_point;
        info.reason = Message{"plugin.no_entry_symbol"};
        infos_.push_back(std::move(info));
        return;
    }
    const auto& descriptor = library->get<const inspraak_plugin_descriptor>("inspraak_plugin");
    info.api_major = descriptor.api_major;
    info.api_minor = descriptor.api_minor;
    if (auto why = api_mismatch(descriptor.api_major, descriptor.api_minor)) {
        info.state = PluginState::incompatible_api;
        info.reason = std::move(*why);
        infos_.push_back(std::move(info));
        return;
    }
    // From API 3.1 the descriptor ends with the build the plugin was made by; a 3.0 descriptor
    // has no such field (reading it would read past the plugin's descriptor), so is taken on trust.
    if (descriptor.api_minor >= 1) {
        info.abi = descriptor.abi ? descriptor.abi : "";
        if (auto why = build_abi_mismatch(info.abi, INSPRAAK_BUILD_ABI)) {
            info.state = PluginState::incompatible_abi;
            info.reason = std::move(*why);
            infos_.push_back(std::move(info));
            return;
        }
    }
    if (!valid_kind(descriptor.kind) || descriptor.name == nullptr || descriptor.init == nullptr) {
        info.state = PluginState::missing_entry_point;
        info.reason = Message{"plugin.incomplete_descriptor"};
        infos_.push_back(std::move(info));
        return;
    }
    info.name = descriptor.name;
    info.version = descriptor.version ? descriptor.version : "";
    info.summary = descriptor.summary ? descriptor.summary : "";
    info.kind = static_cast<PluginKind>(descriptor.kind);
    info.formats = split_formats(descriptor.formats);
    // The first plugin of a name wins (plugin_folders.hpp gives the order); a later one is skipped
    // with its reason, which the command line shows as a warning.
    auto first = std::find_if(infos_.begin(), infos_.end(),
                              [&](const auto& i) { return i.state == PluginState::loaded && i.name == info.name; });
    if (first != infos_.end()) {
        info.state = PluginState::duplicate_name;
        info.reason = Message{"plugin.duplicate_name", {info.name, first->file.string()}};
        infos_.push_back(std::move(info));
        return;
    }

    PluginRegistrar registrar(info.kind, library);
    Error error;
    bool ok = false;
    bool threw = false;
    try {  // init is noexcept by contract; a plugin that breaks it must not take the host down
        ok = descriptor.init(&registrar, &error);
    } catch (...) {
        threw = true;
    }
    if (!ok || registrar.empty()) {
        info.state = PluginState::init_failed;
        if (!registrar.problem.key.empty()) info.reason = registrar.problem;
        else if (threw) info.reason = Message{"plugin.init_threw"};
        else if (ok) info.reason = Message{"plugin.init_registered_nothing"};
        else info.reason = Message{"plugin.said", {error.message}};
        infos_.push_back(std::move(info));
        return;
    }
    auto loaded = std::make_unique<Loaded>();
    loaded->library = library;
    loaded->name = info.name;
    loaded->kind = info.kind;
    loaded->formats = info.formats;
    loaded->ingester = std::move(registrar.ingester_);
    loaded->classifier = std::move(registrar.classifier_);
    loaded->reporter = std::move(registrar.reporter_);
    loaded->report_writer = std::move(registrar.report_writer_);
    // A streaming plugin renders a whole model too, for callers that want the bytes in memory.
    if (loaded->report_writer && !loaded->reporter)
        loaded->reporter = std::make_shared<const WriterAsReporter>(loaded->report_writer);
    loaded_.push_back(std::move(loaded));
    infos_.push_back(std::move(info));
}

const PluginHost::Loaded* PluginHost::find(PluginKind kind, const std::string& key, bool by_format) const {
    for (const auto& l : loaded_) {
        if (l->kind != kind) continue;
        if (key.empty()) return l.get();
        if (by_format ? std::find(l->formats.begin(), l->formats.end(), key) != l->formats.end() : l->name == key)
            return l.get();
    }
    return nullptr;
}

std::shared_ptr<const Ingester> PluginHost::ingester_for(const std::string& extension) const {
    const auto* l = find(PluginKind::ingest, lower(extension), true);
    return l ? l->ingester : nullptr;
}

std::string PluginHost::ingester_name_for(const std::string& extension) const {
    const auto* l = find(PluginKind::ingest, lower(extension), true);
    return l ? l->name : std::string();
}

std::vector<std::string> PluginHost::ingest_formats() const {
    std::vector<std::string> formats;
    for (const auto& l : loaded_)
        if (l->kind == PluginKind::ingest) formats.insert(formats.end(), l->formats.begin(), l->formats.end());
    return formats;
}

std::shared_ptr<const Classifier> PluginHost::classifier(const std::string& name) const {
    const auto* l = find(PluginKind::classify, name, false);
    return l ? l->classifier : nullptr;
}

std::string PluginHost::classifier_name(const std::string& name) const {
    const auto* l = find(PluginKind::classify, name, false);
    return l ? l->name : std::string();
}

AppResult<std::shared_ptr<const ClassifierSession>> PluginHost::open_session(
    const std::shared_ptr<const Classifier>& classifier, const ClassifierContext& context) const {
    if (!classifier) return AppError{ErrorKind::not_found, Message{"plugin.classifier_missing"}};
    Result<std::unique_ptr<ClassifierSession>> opened = Error{""};
    try {
        opened = classifier->open(context);
    } catch (...) {
        return AppError{ErrorKind::internal, Message{"plugin.classifier_threw"}};
    }
    if (!opened) return AppError{ErrorKind::internal, Message{"plugin.classifier_refused", {opened.error().message}}};
    // The session holds the classifier (and through it the library) for as long as it lives.
    std::unique_ptr<ClassifierSession> session = std::move(opened).value();
    return std::shared_ptr<const ClassifierSession>(session.release(),
                                                    [classifier](const ClassifierSession* p) { delete p; });
}

std::shared_ptr<const Reporter> PluginHost::reporter(const std::string& format) const {
    const auto* l = find(PluginKind::report, lower(format), true);
    return l ? l->reporter : nullptr;
}

std::shared_ptr<const ReportWriter> PluginHost::report_writer(const std::string& format) const {
    const auto* l = find(PluginKind::report, lower(format), true);
    return l ? l->report_writer : nullptr;
}

std::vector<std::string> PluginHost::report_formats() const {
    std::vector<std::string> formats;
    for (const auto& l : loaded_)
        if (l->kind == PluginKind::report) formats.insert(formats.end(), l->formats.begin(), l->formats.end());
    return formats;
}

}  // namespace inspraak::core
