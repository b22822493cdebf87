#include "pipeline/pipeline.hpp"

#include <fmt/core.h>

#include "framework/framework_import.hpp"
#include "util/files.hpp"
#include "util/sha256.hpp"

namespace inspraak::core {

Pipeline::Pipeline(PipelineOptions options, const PluginHost& host)
    : options_(std::move(options)), host_(host), round_(load_round(options_.round_dir)) {
    for (const auto& warning : round_.warnings) options_.warn(warning);
}

Pipeline::~Pipeline() = default;

std::filesystem::path Pipeline::out_dir() const {
    if (!options_.out_dir.empty()) return options_.out_dir;
    return std::filesystem::path("reports") / round_.name;
}

Store& Pipeline::store() {
    if (!store_) store_ = std::make_unique<Store>(Store::open(store_path()));
    return *store_;
}

Result<std::string> Pipeline::read_document(const std::filesystem::path& file) const {
    std::string extension = extension_of(file);
    auto ingester = host_.ingester_for(extension);
    if (!ingester) return Error{fmt::format("geen ingest-plugin voor .{}-bestanden geladen", extension)};
    SourceFile source{file.string(), file.filename().string(), read_file(file)};
    Result<IngestResult> result = ingester->read(source);
    if (!result) return result.error();
    std::string body;
    for (const auto& submission : result->submissions) body += submission.body + "\n\n";
    return body;
}

void Pipeline::init() {
    if (!store_) store_ = std::make_unique<Store>(Store::create(store_path()));
    Store& s = *store_;
    std::string framework_bytes = read_file(round_.framework);
    std::string framework_sha = sha256_hex(framework_bytes);

    Transaction transaction(s.db());
    s.set_meta("round_json", round_.json);
    s.set_meta("round_folder", round_.folder.string());
    if (s.meta("framework_sha256") != framework_sha) {
        auto framework = import_framework_file(round_.framework, [this](const std::filesystem::path& file) {
            return read_document(file);
        });
        if (!framework) throw std::runtime_error(framework.error().message);
        if (framework->title.empty()) framework->title = round_.framework.stem().string();
        s.replace_framework(*framework);
        s.set_meta("framework_sha256", framework_sha);
        s.audit(options_.who, "framework", round_.framework.filename().string(), "import", "",
                fmt::format("{} secties, {} passages", framework->sections.size(), framework->passages.size()));
    }
    transaction.commit();
}

}  // namespace inspraak::core
