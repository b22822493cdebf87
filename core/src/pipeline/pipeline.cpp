#include "pipeline/pipeline.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <string>
#include <thread>

#include "app/app_error.hpp"
#include "pipeline/problem_log.hpp"
#include "pipeline/round_framework.hpp"
#include "round/round_out_dir.hpp"
#include "util/files.hpp"
#include "util/sha256.hpp"

namespace inspraak::core {

Pipeline::Pipeline(PipelineOptions options, const PluginHost& host)
    : options_(std::move(options)), host_(host), round_(load_round(options_.round_dir)) {
    for (const auto& warning : round_.warnings) options_.warn(warning);
}

Pipeline::~Pipeline() = default;

std::filesystem::path Pipeline::out_dir() const { return round_out_dir(round_, options_.out_dir); }

unsigned Pipeline::worker_threads() const {
    if (options_.threads > 0) return options_.threads;
    return std::max(1u, std::thread::hardware_concurrency());
}

ProblemLog Pipeline::problems() { return ProblemLog(store(), options_.warn, round_.language == "en"); }

StoreLocation Pipeline::store_location() const { return options_.store.value_or(StoreLocation::in_folder(out_dir())); }

Store& Pipeline::store() {
    if (!store_) store_ = std::make_unique<Store>(Store::open(store_location()));
    return *store_;
}

void Pipeline::init() {
    if (!store_) store_ = std::make_unique<Store>(Store::create(store_location()));
    Store& s = *store_;
    std::string framework_bytes = read_file(round_.framework);
    // round.json's outline changes what the framework is read as: a new one imports it again.
    // (Without one the fingerprint is the file's alone, as in stores made before outlines.)
    std::string outline;
    for (const std::string& chapter : round_.outline.chapters) outline += chapter + "\n";
    if (round_.outline.chapter_level > 0) outline += "level " + std::to_string(round_.outline.chapter_level);
    std::string framework_sha = sha256_hex(outline.empty() ? framework_bytes : framework_bytes + "\n#round.json outline\n" + outline);

    s.write([&](Store&) {
        s.set_meta("round_json", round_.json);
        s.set_meta("round_folder", round_.folder.string());
        if (s.meta("framework_sha256") != framework_sha) {
            auto framework = import_round_framework(round_, host_);
            if (!framework) throw AppException(framework.error());
            if (framework->title.empty()) framework->title = round_.framework.stem().string();
            s.replace_framework(framework.value());
            s.set_meta("framework_sha256", framework_sha);
            s.audit(options_.who, "framework", round_.framework.filename().string(), "import", "",
                    fmt::format("{} secties, {} passages", framework->sections.size(), framework->passages.size()));
        }
    });
}

}  // namespace inspraak::core
