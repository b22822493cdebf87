// Officers record decisions (`inspraak set`, the real binary, several processes at once) while
// the machine runs `classify --again` over and over on the same round. Afterwards every decision
// is in the store with its audit entries, and the machine replaced no decided classification.
// Without the machine's conditional write (save_machine_classification) decisions recorded while
// a classify run was at work are lost: this test fails then. It runs on both backends: a round.db
// beside the reports, and a round on the PostgreSQL test server (--store), where the writers
// serialise on the round's advisory lock instead of SQLite's file lock.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <map>
#include <thread>

#include "store/store.hpp"
#include "test_support/run_command.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;

struct Decision {
    std::string point;
    std::string route;
    std::string reaction;
    std::string who;
};

class DecisionsUnderLoad : public ::testing::TestWithParam<StoreBackendKind> {};

INSTANTIATE_TEST_SUITE_P(Backend, DecisionsUnderLoad, all_store_backends, store_backend_name);

TEST_P(DecisionsUnderLoad, ClassifyAgainNeverReplacesADecisionMadeMeanwhile) {
    INSPRAAK_SKIP_WITHOUT_POSTGRES(GetParam());
    const TestStore where(GetParam());
    const TempDir& dir = where.dir();
    const fs::path round = dir.path() / "round";
    const fs::path out = dir.path() / "out";
    // Every command names the store the same way, as officers sharing a round would.
    const std::vector<std::string> store_option{"--store", where.text()};
    auto with_store = [&](std::vector<std::string> args) {
        args.insert(args.end(), store_option.begin(), store_option.end());
        return args;
    };
    fs::copy(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo", round, fs::copy_options::recursive);
    fs::create_directories(dir.path() / "scratch");
    auto run = run_command(INSPRAAK_BINARY, with_store({"-q", "run", round.string(), "--out", out.string()}), dir.path() / "scratch");
    ASSERT_EQ(run.exit_code, 0) << run.err;

    // The undecided points outside a group (a group's decision spreads to its other points), dealt
    // out to four officers; each sets a route other than the machine's and a reaction.
    constexpr int writers = 4;
    std::vector<std::vector<Decision>> work(writers);
    {
        auto store = core::Store::open(where.location());
        const std::vector<std::string> routes{"kader", "economische-strategie", "public-affairs", "accountmanagement"};
        int n = 0;
        for (const auto& point : store.points()) {
            auto detail = store.point(point.id);
            if (detail->group || !detail->classification || !detail->classification->decided_by.empty()) continue;
            std::string route = routes[static_cast<size_t>(n) % routes.size()];
            if (route == detail->classification->classification.route) route = routes[(static_cast<size_t>(n) + 1) % routes.size()];
            const std::string who = "officer" + std::to_string(n % writers);
            work[static_cast<size_t>(n % writers)].push_back({point.id, route, "Reactie van " + who + " op " + point.id + ".", who});
            ++n;
        }
        ASSERT_GE(n, 20);
    }

    std::atomic<bool> writing{true};
    std::atomic<int> classify_runs{0};
    std::string machine_error;
    std::thread machine([&] {
        const fs::path scratch = dir.path() / "scratch-machine";
        fs::create_directories(scratch);
        while (writing || classify_runs == 0) {
            auto r = run_command(INSPRAAK_BINARY,
                                 with_store({"-q", "classify", round.string(), "--again", "--who", "machine", "--out", out.string()}),
                                 scratch);
            if (r.exit_code != 0) {
                machine_error = r.err;
                return;
            }
            ++classify_runs;
        }
    });
    std::vector<std::string> writer_errors(writers);
    std::vector<std::thread> officers;
    for (int w = 0; w < writers; ++w) {
        officers.emplace_back([&, w] {
            const fs::path scratch = dir.path() / ("scratch-" + std::to_string(w));
            fs::create_directories(scratch);
            for (const auto& d : work[static_cast<size_t>(w)]) {
                // A conflict (the machine changed the point between reading and recording) writes
                // nothing; the officer looks again and records it anew.
                CommandResult r;
                for (int attempt = 0; attempt < 20; ++attempt) {
                    r = run_command(INSPRAAK_BINARY,
                                    with_store({"-q", "set", round.string(), d.point, "--route", d.route, "--reaction", d.reaction,
                                                "--who", d.who, "--out", out.string()}),
                                    scratch);
                    if (r.exit_code != 3) break;
                }
                if (r.exit_code != 0) writer_errors[static_cast<size_t>(w)] += d.point + ": " + r.err;
            }
        });
    }
    for (auto& officer : officers) officer.join();
    writing = false;
    machine.join();
    ASSERT_TRUE(machine_error.empty()) << machine_error;
    for (const auto& error : writer_errors) EXPECT_TRUE(error.empty()) << error;
    // And once more after all decisions: the machine leaves every one of them alone.
    ASSERT_EQ(run_command(INSPRAAK_BINARY,
                          with_store({"-q", "classify", round.string(), "--again", "--who", "machine", "--out", out.string()}),
                          dir.path() / "scratch")
                  .exit_code,
              0);

    auto store = core::Store::open(where.location());
    for (const auto& decisions : work) {
        for (const auto& d : decisions) {
            auto detail = store.point(d.point);
            ASSERT_TRUE(detail && detail->classification && detail->reaction) << d.point;
            EXPECT_EQ(detail->classification->decided_by, d.who) << d.point;
            EXPECT_EQ(detail->classification->classification.route, d.route) << d.point;
            EXPECT_EQ(detail->reaction->text, d.reaction) << d.point;
            EXPECT_EQ(detail->reaction->author, d.who) << d.point;

            core::AuditQuery query;
            query.entity = "point";
            query.entity_id = d.point;
            bool decided = false;
            bool reaction = false;
            for (const auto& entry : store.audit_log(query)) {
                if (entry.who == d.who && entry.field == "decided_by" && entry.new_value == d.who) decided = true;
                if (entry.who == d.who && entry.field == "reaction" && entry.new_value == d.reaction) reaction = true;
                // After the officer decided, the machine wrote nothing about the point.
                EXPECT_FALSE(decided && entry.who == "machine") << d.point << ": " << entry.field << " -> " << entry.new_value;
            }
            EXPECT_TRUE(decided) << d.point;
            EXPECT_TRUE(reaction) << d.point;
        }
    }
    RecordProperty("classify_runs", classify_runs.load());
    std::cout << "classify --again ran " << classify_runs << " times alongside the officers\n";
}

}  // namespace
}  // namespace inspraak
