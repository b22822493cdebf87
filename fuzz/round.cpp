// round.json (core/src/round): a bad file is an AppException with one line naming the problem;
// any other exception (a JSON type error slipping through) is a bug.
#include "app/app_error.hpp"
#include "fuzz_input.hpp"
#include "round/round_config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace inspraak;
    try {
        const core::RoundConfig round = core::parse_round(std::string(fuzz::bytes(data, size)), "/nonexistent/inspraak-fuzz/round");
        fuzz::check_text("title", round.title);
    } catch (const core::AppException& e) {
        fuzz::check_text("error", e.what());
    }
    return 0;
}
