#include "host/build_abi_check.hpp"

#include <charconv>
#include <string>

namespace inspraak::core {
namespace {

// "libstdc++-12 cxx11-abi gcc-12.2" as its parts; the compiler is not compared.
struct BuildAbi {
    std::string library;  // "libstdc++", "libc++"
    long release = 0;     // 12 (_GLIBCXX_RELEASE), 160006 (_LIBCPP_VERSION)
    std::string layout;   // "cxx11-abi", "old-abi", "libc++-abi-1"
};

std::optional<BuildAbi> parse(std::string_view text) {
    auto space = text.find(' ');
    if (space == std::string_view::npos) return std::nullopt;
    auto library = text.substr(0, space);
    auto rest = text.substr(space + 1);
    auto layout = rest.substr(0, rest.find(' '));
    auto dash = library.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || layout.empty()) return std::nullopt;
    BuildAbi abi{std::string(library.substr(0, dash)), 0, std::string(layout)};
    auto digits = library.substr(dash + 1);
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), abi.release);
    if (error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
    return abi;
}

}  // namespace

std::optional<Message> build_abi_mismatch(std::string_view plugin_abi, std::string_view host_abi) {
    const std::string plugin_text(plugin_abi);
    const auto host = parse(host_abi);
    if (!host) return std::nullopt;  // a host that cannot describe itself has nothing to compare
    const std::string needs = host->library + " " + std::to_string(host->release) + " " + host->layout;
    const auto plugin = parse(plugin_abi);
    if (!plugin) return Message{"plugin.abi_unreadable", {plugin_text, needs}};
    if (plugin->library != host->library) return Message{"plugin.abi_other_library", {plugin_text, needs}};
    if (plugin->layout != host->layout) return Message{"plugin.abi_other_layout", {plugin_text, needs}};
    if (plugin->release > host->release) return Message{"plugin.abi_newer_library", {plugin_text, needs}};
    return std::nullopt;
}

}  // namespace inspraak::core
