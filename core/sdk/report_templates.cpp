#include "inspraak/report_templates.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <vector>

namespace inspraak::report {
namespace {

constexpr const char* fallback_language = "nl";

// A language is a folder name, so only letters, digits, '-' and '_' (no "../").
bool is_safe_folder_name(const std::string& language) {
    if (language.empty()) return false;
    for (char c : language) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_';
        if (!ok) return false;
    }
    return true;
}

std::optional<std::string> read_whole_file(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return bytes;
}

}  // namespace

Result<std::string> read_template_file(const std::string& templates_dir, const std::string& language,
                                       const std::string& file_name) {
    if (templates_dir.empty()) return Error{"geen sjablonenmap opgegeven (templates_dir is leeg)"};
    const std::string chosen = language.empty() ? fallback_language : language;
    if (!is_safe_folder_name(chosen)) return Error{"ongeldige taal voor de sjablonen: '" + language + "'"};

    std::vector<std::filesystem::path> candidates{std::filesystem::path(templates_dir) / chosen / file_name};
    if (chosen != fallback_language) {
        candidates.push_back(std::filesystem::path(templates_dir) / fallback_language / file_name);
    }
    std::string tried;
    for (const auto& path : candidates) {
        if (auto bytes = read_whole_file(path)) return std::move(*bytes);
        tried += (tried.empty() ? "" : ", ") + path.string();
    }
    return Error{"sjabloon niet gevonden of niet leesbaar: " + tried};
}

// The language's labels over the Dutch ones, so that a partial translation still has every label.
Result<nlohmann::json> read_labels(const std::string& templates_dir, const std::string& language) {
    const std::string chosen = language.empty() ? fallback_language : language;
    if (!is_safe_folder_name(chosen)) return Error{"ongeldige taal voor de sjablonen: '" + language + "'"};
    std::vector<std::string> folders{fallback_language};
    if (chosen != fallback_language) folders.push_back(chosen);

    nlohmann::json labels = nlohmann::json::object();
    std::string tried;
    bool found = false;
    for (const auto& folder : folders) {
        const auto path = std::filesystem::path(templates_dir) / folder / "labels.json";
        tried += (tried.empty() ? "" : ", ") + path.string();
        const auto text = read_whole_file(path);
        if (!text) continue;
        auto parsed = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
        if (parsed.is_discarded() || !parsed.is_object()) {
            return Error{"labels niet te lezen: " + path.string() + " is geen geldig JSON-object"};
        }
        labels.update(parsed);
        found = true;
    }
    if (!found) return Error{"labels niet gevonden: " + tried};
    return labels;
}

}  // namespace inspraak::report
