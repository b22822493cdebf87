// Issue 16: the report stage's memory does not grow with the number of points. The streaming
// formats read the rows page by page and write them as they go, so `inspraak report` on a round
// five times as large peaks at about the same resident memory. (The whole model of before held
// every row and every format's whole file: 90 MB at 3,000 of these points, 324 MB at 15,000.)
#include <gtest/gtest.h>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

extern char** environ;

namespace inspraak {
namespace {

namespace fs = std::filesystem;

// A round of `points` web-form rows, one point of about 1,200 characters each, ingested (the
// report needs no classification to have rows).
fs::path ingested_round(const fs::path& dir, int points) {
    const fs::path round = dir / ("round-" + std::to_string(points));
    fs::create_directories(round / "submissions");
    fs::copy_file(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo/kader.md", round / "kader.md");
    nlohmann::json config = nlohmann::json::parse(slurp(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo/round.json"));
    for (const char* key : {"general_reaction", "word_template", "stakeholders"}) config.erase(key);
    std::ofstream(round / "round.json") << config.dump(2);
    std::ofstream form(round / "submissions/formulier.csv", std::ios::binary);
    form << "naam;organisatie;email;groep;onderdeel;reactie\n";
    for (int i = 0; i < points; ++i) {
        form << "Inwoner " << i << ";;;inwoners;Hoofdstuk 3;";
        for (int j = 0; j < 12; ++j)
            form << "Punt " << i << " zin " << j << ": de gemeente moet de fietsroute " << i * 7 + j
                 << " naar de grens beter onderhouden en verlichten. ";
        form << "\n";
    }
    form.close();
    for (const char* stage : {"init", "ingest"}) {
        const auto done = run_command(INSPRAAK_BINARY, {"-q", stage, round.string(), "--out", (round / "out").string()}, dir);
        EXPECT_EQ(done.exit_code, 0) << done.err;
    }
    return round;
}

// The peak resident memory (KiB) of one `inspraak report` of the streaming formats.
long report_peak_kib(const fs::path& round) {
    const std::string out = (round / "out").string();
    std::vector<std::string> args{INSPRAAK_BINARY, "-q", "report", round.string(), "--out", out, "--format", "md,html,json,csv"};
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, INSPRAAK_BINARY, nullptr, nullptr, argv.data(), environ) != 0) return -1;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
    return usage.ru_maxrss;
}

TEST(ReportMemory, FiveTimesThePointsPeakAtAboutTheSameMemory) {
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "under AddressSanitizer the peak is its quarantine of freed memory (256 MB), not the program's";
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    GTEST_SKIP() << "under AddressSanitizer the peak is its quarantine of freed memory (256 MB), not the program's";
#endif
#endif
    TempDir dir;
    const fs::path small = ingested_round(dir.path(), 3000);
    const fs::path large = ingested_round(dir.path(), 15000);
    const long small_peak = report_peak_kib(small);
    const long large_peak = report_peak_kib(large);
    ASSERT_GT(small_peak, 0);
    ASSERT_GT(large_peak, 0);
    // The rows alone are 12,000 x 1.2 KB more in the large round: 14 MB of text, more than twice
    // that held as a model, and every format's file on top. 40 MB leaves room for the
    // allocator and the store's page cache, far below what holding the rows would take.
    EXPECT_LT(large_peak, small_peak + 40 * 1024) << "3,000 points: " << small_peak << " KiB, 15,000: " << large_peak << " KiB";
    // The reports are whole: the last row is in each.
    EXPECT_NE(slurp(large / "out/reactienota.csv").find("Punt 14999 zin 11"), std::string::npos);
    EXPECT_NE(slurp(large / "out/reactienota.md").find("Punt 14999 zin 11"), std::string::npos);
}

}  // namespace
}  // namespace inspraak

namespace inspraak {
namespace {

// A report plugin of API 3.1 (tests/host/fixtures/report_3_1.cpp, Reporter::render) beside the
// streaming formats: the host builds the whole model for it, with the same rows the streamed JSON
// has, texts redacted the same.
TEST(ReportStream, APluginOfApi31GetsTheWholeModelBesideTheStreamingFormats) {
    TempDir dir;
    const fs::path round = dir.path() / "round";
    fs::copy(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo", round, fs::copy_options::recursive);
    const fs::path plugins = dir.path() / "plugins";
    fs::create_directories(plugins);
    fs::copy_file(fs::path(FIXTURE_PLUGIN_DIR) / "libfixture-report-3-1.so", plugins / "libfixture-report-3-1.so");
    const fs::path out = dir.path() / "out";
    ::setenv("INSPRAAK_PLUGIN_PATH", plugins.c_str(), 1);
    const auto run = run_command(INSPRAAK_BINARY, {"-q", "run", round.string(), "--out", out.string(), "--format", "json,old31"},
                                 dir.path());
    ::unsetenv("INSPRAAK_PLUGIN_PATH");
    ASSERT_EQ(run.exit_code, 0) << run.err;

    const auto json = nlohmann::json::parse(slurp(out / "reactienota.json"));
    std::string expected = "rows=" + std::to_string(json["points"].size()) + "\n";
    for (const auto& point : json["points"])
        expected += point["id"].get<std::string>() + " " + point["text"].get<std::string>() + "\n";
    ASSERT_GT(json["points"].size(), 5u);
    EXPECT_EQ(slurp(out / "reactienota.old31"), expected);
}

}  // namespace
}  // namespace inspraak
