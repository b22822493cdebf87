// End to end: `inspraak store backup` and `store restore` on both backends. A round restored from
// its backup writes byte-equal reports and has the same decisions and audit log; a backup taken
// while another process records decisions is one consistent state; a damaged backup is one clear
// error that leaves the target alone.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <fstream>
#include <set>
#include <thread>

#include "test_support/run_command.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";
const std::vector<std::string> decided_points = {"I001.1", "I002.1", "I003.1"};

class StoreBackup : public ::testing::TestWithParam<StoreBackendKind> {
protected:
    void SetUp() override {
        INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
        source_ = std::make_unique<TestStore>(GetParam());
        target_ = std::make_unique<TestStore>(GetParam());
        scratch_ = source_->dir().path();
        auto run = inspraak({"-q", "run", demo.string(), "--store", source_->text(), "--out", (scratch_ / "out").string(),
                             "--format", "json"});
        ASSERT_EQ(run.exit_code, 0) << run.err;
    }

    CommandResult inspraak(const std::vector<std::string>& args) const {
        return run_command(INSPRAAK_BINARY, args, scratch_, scratch_);
    }

    // The reports and what the officer sees of the decided points, from the store at `store`.
    std::string everything(const std::string& store, const std::string& name) const {
        const fs::path out = scratch_ / name;
        auto report = inspraak({"report", demo.string(), "--store", store, "--out", out.string(), "--format", "json,md"});
        EXPECT_EQ(report.exit_code, 0) << report.err;
        std::string all = slurp(out / "reactienota.json") + slurp(out / "reactienota.md");
        EXPECT_GT(all.size(), 1000u);
        for (const auto& point : decided_points) all += inspraak({"show", demo.string(), point, "--json", "--store", store}).out;
        all += inspraak({"points", demo.string(), "--limit", "0", "--json", "--store", store}).out;
        return all;
    }

    fs::path backup_file() const { return scratch_ / (GetParam() == StoreBackendKind::sqlite ? "backup.db" : "backup.dump"); }

    std::unique_ptr<TestStore> source_;
    std::unique_ptr<TestStore> target_;
    fs::path scratch_;
};
INSTANTIATE_TEST_SUITE_P(Backends, StoreBackup, all_store_backends, store_backend_name);

TEST_P(StoreBackup, ARestoredBackupGivesTheSameReportDecisionsAndAuditLog) {
    for (const auto& point : decided_points)
        ASSERT_EQ(inspraak({"-q", "set", demo.string(), point, "--reaction", "Besluit over " + point, "--store", source_->text(),
                            "--who", "anna"})
                      .exit_code,
                  0);
    ASSERT_EQ(inspraak({"-q", "approve", demo.string(), "I001.1", "--store", source_->text()}).exit_code, 0);
    const std::string expected = everything(source_->text(), "before");

    auto backup = inspraak({"store", "backup", source_->text(), "--to", backup_file().string()});
    ASSERT_EQ(backup.exit_code, 0) << backup.err;
    EXPECT_NE(backup.out.find("Back-up van "), std::string::npos) << backup.out;
    EXPECT_EQ(backup.out.find('\n'), backup.out.size() - 1) << backup.out;

    auto restore = inspraak({"store", "restore", backup_file().string(), "--to", target_->text(), "--lang", "en"});
    ASSERT_EQ(restore.exit_code, 0) << restore.err;
    EXPECT_NE(restore.out.find("Backup " + backup_file().string() + " restored into "), std::string::npos) << restore.out;
    EXPECT_EQ(everything(target_->text(), "after"), expected);

    // Over a round that has points: refused, one line, nothing changed; --replace replaces it whole.
    ASSERT_EQ(inspraak({"-q", "set", demo.string(), "I002.1", "--reaction", "Later besluit", "--store", target_->text()}).exit_code, 0);
    auto refused = inspraak({"store", "restore", backup_file().string(), "--to", target_->text()});
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_NE(refused.err.find("--replace"), std::string::npos) << refused.err;
    EXPECT_EQ(refused.err.find('\n'), refused.err.size() - 1) << refused.err;
    EXPECT_NE(everything(target_->text(), "refused"), expected);
    auto replaced = inspraak({"store", "restore", backup_file().string(), "--to", target_->text(), "--replace"});
    ASSERT_EQ(replaced.exit_code, 0) << replaced.err;
    EXPECT_EQ(everything(target_->text(), "replaced"), expected);

    // The round the backup was taken of is still there as it was, also when restored beside it.
    EXPECT_EQ(everything(source_->text(), "source-after"), expected);
}

TEST_P(StoreBackup, ABackupTakenWhileAnotherProcessWritesIsOneConsistentState) {
    std::atomic<bool> writing{true};
    std::atomic<int> written{0};
    std::thread writer([&] {
        for (int step = 1; step <= 30; ++step) {
            const std::string& point = decided_points[static_cast<size_t>(step) % decided_points.size()];
            auto set = run_command(INSPRAAK_BINARY,
                                   {"-q", "set", demo.string(), point, "--reaction", "stap " + std::to_string(step), "--store",
                                    source_->text()},
                                   target_->dir().path());
            if (set.exit_code != 0) ADD_FAILURE() << set.err;
            written = step;
        }
        writing = false;
    });
    std::vector<fs::path> backups;
    while (writing && backups.size() < 6) {
        backups.push_back(scratch_ / ("during-" + std::to_string(backups.size()) + backup_file().extension().string()));
        auto backup = inspraak({"-q", "store", "backup", source_->text(), "--to", backups.back().string()});
        ASSERT_EQ(backup.exit_code, 0) << backup.err;
    }
    writer.join();
    ASSERT_GE(backups.size(), 2u);
    EXPECT_GT(written, 0);

    // Each backup holds steps 1..n for some n, each reaction with its audit entry, and nothing after.
    int restored = 0;
    for (const auto& file : backups) {
        TestStore into(GetParam());
        auto restore = inspraak({"-q", "store", "restore", file.string(), "--to", into.text()});
        ASSERT_EQ(restore.exit_code, 0) << restore.err;
        std::set<int> steps;
        for (const auto& point : decided_points) {
            auto shown = nlohmann::json::parse(inspraak({"show", demo.string(), point, "--json", "--store", into.text()}).out);
            std::string newest;
            for (const auto& entry : shown["history"]) {
                if (entry["field"] != "reaction") continue;
                newest = entry["new"].get<std::string>();
                if (newest.rfind("stap ", 0) == 0) steps.insert(std::stoi(newest.substr(5)));
            }
            if (!newest.empty()) {
                EXPECT_EQ(shown["reaction"].get<std::string>(), newest) << file << " " << point;
            }
        }
        if (!steps.empty()) {
            EXPECT_EQ(*steps.rbegin(), static_cast<int>(steps.size())) << file;
        }
        ++restored;
    }
    EXPECT_EQ(restored, static_cast<int>(backups.size()));
}

TEST_P(StoreBackup, ADamagedBackupIsOneClearErrorAndTheTargetIsLeftAlone) {
    auto backup = inspraak({"-q", "store", "backup", source_->text(), "--to", backup_file().string()});
    ASSERT_EQ(backup.exit_code, 0) << backup.err;
    const std::string bytes = slurp(backup_file());
    const fs::path truncated = scratch_ / ("truncated" + backup_file().extension().string());
    std::ofstream(truncated, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    const fs::path noise = scratch_ / "noise.db";
    std::ofstream(noise, std::ios::binary) << std::string(5000, '\x17');

    for (const auto& file : {truncated, noise}) {
        auto restore = inspraak({"store", "restore", file.string(), "--to", target_->text()});
        EXPECT_EQ(restore.exit_code, 1) << file;
        EXPECT_EQ(restore.err.rfind("inspraak: " + file.string() + ": ", 0), 0u) << restore.err;
        EXPECT_EQ(restore.err.find('\n'), restore.err.size() - 1) << restore.err;
        // Nothing was made: the target does not exist as a store.
        EXPECT_EQ(inspraak({"points", demo.string(), "--store", target_->text()}).exit_code, 1) << file;
    }
    auto english = inspraak({"store", "restore", noise.string(), "--to", target_->text(), "--lang", "en"});
    EXPECT_NE(english.err.find("not a backup of an inspraak round"), std::string::npos) << english.err;
    auto missing = inspraak({"store", "restore", (scratch_ / "nergens.db").string(), "--to", target_->text()});
    EXPECT_EQ(missing.exit_code, 2);
}

TEST(StoreBackupCommand, ABackupOverTheStoreItselfIsRefused) {
    TempDir scratch;
    const fs::path store = scratch.path() / "round.db";
    ASSERT_EQ(run_command(INSPRAAK_BINARY, {"-q", "init", demo.string(), "--store", store.string()}, scratch.path()).exit_code, 0);
    auto result = run_command(INSPRAAK_BINARY, {"store", "backup", store.string(), "--to", store.string()}, scratch.path());
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << result.err;
    EXPECT_EQ(run_command(INSPRAAK_BINARY, {"points", demo.string(), "--store", store.string()}, scratch.path()).exit_code, 0);
}

}  // namespace
}  // namespace inspraak
