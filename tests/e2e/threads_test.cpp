// `inspraak run --threads N`: files are read and parsed ahead by N threads (each with its parse
// worker) and stored by one writer in the files' order, and N threads classify and render the
// formats, so the round is the same for any N: the same ids, the same points, the same reports. The round mixes the demo's formats (a PDF and a
// scanned image take far longer than a text file, so threads finish out of order) with letters
// written here, enough for the report's rows to be made on several threads (more than 64 on a
// page), and the same content under two names.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include "store/store.hpp"
#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;

// What the store holds of the round, in id order, as text to compare.
std::string store_contents(const fs::path& db) {
    auto store = core::Store::open(db);
    std::string out;
    for (const auto& file : store.files()) out += "file " + std::to_string(file.id) + " " + file.path + " " + file.sha256 + "\n";
    for (const auto& row : store.embedded_files())
        out += "embedded " + std::to_string(row.id) + " " + std::to_string(row.file_id) + " " + row.sha256 + "\n";
    for (const auto& point : store.points()) out += "point " + point.id + " " + point.submission_id + " " + point.text + "\n";
    return out;
}

TEST(Threads, ARunWithOneThreadAndWithFourStoresTheSameRound) {
    TempDir dir;
    const auto round = dir.path() / "round";
    fs::copy(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo", round, fs::copy_options::recursive);
    for (int i = 1; i <= 48; ++i) {
        std::ofstream(round / "submissions" / ("bewoner-" + std::to_string(i) + ".txt"), std::ios::binary)
            << "Geachte heer, mevrouw,\n\nIn hoofdstuk " << (i % 5 + 1) << " mis ik de jumelage met stad nummer " << i
            << ".\n\nOok vraag ik om " << i * 3 << " extra fietsenstallingen bij het station.\n\nMet vriendelijke groet,\n";
    }
    fs::copy_file(round / "submissions/inwoner-brief.txt", round / "submissions/inwoner-brief-kopie.txt");

    std::map<int, std::string> stores, reports;
    for (int threads : {1, 4}) {
        const auto out = dir.path() / ("out-" + std::to_string(threads));
        auto run = run_command(INSPRAAK_BINARY, {"-q", "run", round.string(), "--out", out.string(), "--threads",
                                                 std::to_string(threads), "--format", "json,md"},
                               dir.path());
        ASSERT_EQ(run.exit_code, 0) << run.err;
        stores[threads] = store_contents(out / "round.db");
        reports[threads] = slurp(out / "reactienota.json") + slurp(out / "reactienota.md");
    }
    EXPECT_THAT(stores[1], ::testing::HasSubstr("fietsenstallingen"));
    EXPECT_THAT(stores[1], ::testing::HasSubstr("transportbedrijf.pdf"));
    EXPECT_EQ(stores[1], stores[4]);
    EXPECT_EQ(reports[1], reports[4]);
}

}  // namespace
}  // namespace inspraak
