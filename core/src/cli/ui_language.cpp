#include "cli/ui_language.hpp"

#include <cstdlib>
#include <string_view>

namespace inspraak::core {

UiLanguage UiLanguage::detect(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--lang" && i + 1 < argc) return UiLanguage(std::string_view(argv[i + 1]) == "en");
        if (arg.starts_with("--lang=")) return UiLanguage(arg.substr(7) == "en");
    }
    const char* env = std::getenv("INSPRAAK_LANG");
    return UiLanguage(env != nullptr && std::string_view(env) == "en");
}

}  // namespace inspraak::core
