// `inspraak plugins`: what was loaded, with versions, and what failed and why. The table is in the
// user's language; the JSON keeps the state word as it was ("geladen"...) and gives the reason in
// the user's language.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <iostream>

#include "cli/commands.hpp"
#include "host/plugin_folders.hpp"
#include "host/plugin_host.hpp"

namespace inspraak::core {
namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
    return out;
}

// Why a plugin's folder was searched: inspraak's own, INSPRAAK_PLUGIN_PATH or --plugins.
Message origin_of(const std::filesystem::path& folder, const std::vector<PluginFolder>& folders) {
    for (const auto& f : folders) {
        if (f.path != folder) continue;
        switch (f.origin) {
            case PluginOrigin::own: return Message{"cli.plugins.from_own"};
            case PluginOrigin::environment: return Message{"cli.plugins.from_environment"};
            case PluginOrigin::command_line: return Message{"cli.plugins.from_command_line"};
        }
    }
    return Message{"cli.plugins.from_command_line"};
}

class PluginsCommand final : public Command {
public:
    PluginsCommand(CLI::App& parent, const GlobalOptions& global, const UiLanguage& t)
        : Command(parent.add_subcommand("plugins", t("toont de geladen plugins, met versies, en de plugins die niet laadden",
                                                     "lists the loaded plugins with versions, and those that failed"))),
          global_(global), t_(t) {
        app_->add_flag("--json", json_, t("uitvoer als JSON", "output as JSON"));
    }

    int run() override {
        auto host = load_plugins(global_, t_, false);
        // The same list load_plugins used, to say where each plugin came from.
        const auto folders = plugin_folders(global_.plugin_dirs, std::getenv("INSPRAAK_PLUGIN_PATH"));
        if (json_) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& p : host->plugins())
                list.push_back({{"file", p.file.string()}, {"name", p.name}, {"kind", to_string(p.kind)},
                                {"version", p.version}, {"api", fmt::format("{}.{}", p.api_major, p.api_minor)},
                                {"abi", p.abi}, {"formats", p.formats}, {"loaded", p.state == PluginState::loaded},
                                {"state", to_string(p.state)}, {"reason", t_(p.reason)},
                                {"folder", p.folder.string()}, {"from", t_(origin_of(p.folder, folders))}});
            std::cout << list.dump(2) << '\n';
            return 0;
        }
        std::cout << fmt::format("{:<18} {:<9} {:<8} {:<5} {:<22} {:<18} {}\n", t_(Message{"cli.plugins.name"}),
                                 t_(Message{"cli.plugins.kind"}), t_(Message{"cli.plugins.version"}), "API",
                                 t_(Message{"cli.plugins.formats"}), t_(Message{"cli.plugins.state"}),
                                 t_(Message{"cli.plugins.from"}));
        for (const auto& p : host->plugins()) {
            bool loaded = p.state == PluginState::loaded;
            std::string name = p.name.empty() ? p.file.filename().string() : p.name;
            std::cout << fmt::format("{:<18} {:<9} {:<8} {:<5} {:<22} {:<18} {}\n", name,
                                     p.name.empty() ? "-" : to_string(p.kind), p.version.empty() ? "-" : p.version,
                                     p.api_major ? fmt::format("{}.{}", p.api_major, p.api_minor) : "-",
                                     p.formats.empty() ? "-" : join(p.formats), t_(describe(p.state)),
                                     t_(Message{"cli.plugins.folder", {p.folder.string()}, {origin_of(p.folder, folders)}}));
            if (!loaded) std::cout << fmt::format("    {}: {}\n", p.file.string(), t_(p.reason));
        }
        if (host->plugins().empty())
            std::cout << t_(Message{"cli.plugins.none"}) << '\n';
        return 0;
    }

private:
    const GlobalOptions& global_;
    const UiLanguage& t_;
    bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> make_plugins_command(CLI::App& app, const GlobalOptions& global, const UiLanguage& t) {
    return std::make_unique<PluginsCommand>(app, global, t);
}

}  // namespace inspraak::core
