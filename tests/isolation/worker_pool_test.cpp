// Parse workers: a file that crashes, loops or floods memory costs one parse and a reason, the
// worker goes on with the next file, and the sandbox holds. The fixture plugins (fixtures/) are
// real shared libraries that misbehave on a file with TRIGGER in it.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <string>
#include <vector>

#include "isolation/worker_pool.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak::core {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

ParseLimits small_limits() {
    ParseLimits limits;
    limits.cpu = std::chrono::seconds(2);
    limits.wall = std::chrono::seconds(4);
    limits.memory_bytes = size_t{512} << 20;
    return limits;
}

WorkerPool pool(ParseLimits limits = small_limits()) {
    return WorkerPool(WorkerSetup{WorkerPool::find_program(), {HOSTILE_PLUGIN_DIR, INSPRAAK_PLUGIN_DIR}, limits});
}

SourceFile file(const std::string& name, const std::string& text) { return SourceFile{name, name, text}; }

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

TEST(WorkerPool, TheWorkerProgramIsFound) { EXPECT_FALSE(WorkerPool::find_program().empty()); }

TEST(WorkerPool, AnOrdinaryFileIsReadAsTheHostWouldReadIt) {
    auto workers = pool();
    ParseAnswer answer = workers.parse("crash", "fixture-crash", file("brief.crash", "Een gewone brief."));
    ASSERT_EQ(answer.outcome, ParseOutcome::read) << answer.detail;
    ASSERT_EQ(answer.result.submissions.size(), 1u);
    EXPECT_EQ(answer.result.submissions[0].body, "Een gewone brief.");
}

TEST(WorkerPool, ARealPluginGivesWhatItGivesInTheHost) {
    auto workers = pool();
    ParseAnswer answer = workers.parse("txt", "ingest-text", file("brief.txt", "Geachte raad,\n\nEen opmerking.\n"));
    ASSERT_EQ(answer.outcome, ParseOutcome::read) << answer.detail;
    ASSERT_EQ(answer.result.submissions.size(), 1u);
    EXPECT_NE(answer.result.submissions[0].body.find("Een opmerking."), std::string::npos);
}

TEST(WorkerPool, ASegfaultIsACrashNamingTheSignalAndTheWorkerReadsTheNextFile) {
    auto workers = pool();
    ParseAnswer crashed = workers.parse("crash", "fixture-crash", file("kapot.crash", "TRIGGER"));
    EXPECT_EQ(crashed.outcome, ParseOutcome::crashed);
    // SIGSEGV, or SIGABRT where AddressSanitizer reports the fault first.
    EXPECT_EQ(crashed.detail.rfind("SIG", 0), 0u) << crashed.detail;
    ParseAnswer next = workers.parse("crash", "fixture-crash", file("heel.crash", "Gewoon."));
    EXPECT_EQ(next.outcome, ParseOutcome::read) << next.detail;
}

TEST(WorkerPool, AnEndlessLoopEndsAtTheProcessorTimeLimit) {
    // A generous clock: on a busy machine two seconds of processor time take longer than that.
    ParseLimits limits = small_limits();
    limits.wall = std::chrono::seconds(60);
    auto workers = pool(limits);
    auto start = Clock::now();
    ParseAnswer answer = workers.parse("loop", "fixture-loop", file("eindeloos.loop", "TRIGGER"));
    EXPECT_EQ(answer.outcome, ParseOutcome::cpu_limit) << answer.detail;
    EXPECT_EQ(answer.detail, "2");
    EXPECT_LT(seconds_since(start), 60);
}

TEST(WorkerPool, ALoopBeyondTheClockLimitIsATimeout) {
    ParseLimits limits = small_limits();
    limits.cpu = std::chrono::seconds(30);
    limits.wall = std::chrono::seconds(1);
    auto workers = pool(limits);
    auto start = Clock::now();
    ParseAnswer answer = workers.parse("loop", "fixture-loop", file("eindeloos.loop", "TRIGGER"));
    EXPECT_EQ(answer.outcome, ParseOutcome::timeout) << answer.detail;
    EXPECT_LT(seconds_since(start), 3.0);
}

TEST(WorkerPool, AllocatingWithoutBoundEndsAtTheMemoryLimit) {
    ParseLimits limits = small_limits();
    limits.memory_bytes = size_t{256} << 20;
    auto workers = pool(limits);
    ParseAnswer answer = workers.parse("hog", "fixture-hog", file("gulzig.hog", "TRIGGER"));
    EXPECT_EQ(answer.outcome, ParseOutcome::memory_limit) << answer.detail;
    EXPECT_EQ(answer.detail, "256");
    ParseAnswer next = workers.parse("hog", "fixture-hog", file("bescheiden.hog", "Gewoon."));
    EXPECT_EQ(next.outcome, ParseOutcome::read) << next.detail;
}

TEST(WorkerPool, TheSandboxLetsAParserReadButNotWriteConnectOrStartProcesses) {
    TempDir dir;
    auto workers = pool();
    ParseAnswer answer = workers.parse("probe", "fixture-probe", file("proef.probe", dir.path().string() + "\nTRIGGER"));
    ASSERT_EQ(answer.outcome, ParseOutcome::read) << answer.detail;
    const std::string& report = answer.result.submissions.at(0).body;
    EXPECT_NE(report.find("open-read: allowed"), std::string::npos) << report;
    EXPECT_NE(report.find("open-write: refused"), std::string::npos) << report;
    EXPECT_NE(report.find("socket: refused"), std::string::npos) << report;
    EXPECT_NE(report.find("fork: refused"), std::string::npos) << report;
    EXPECT_FALSE(fs::exists(dir.path() / "written-by-parser"));
}

TEST(WorkerPool, ProcessorTimeCountsPerFileInAChildThatReadsMany) {
    // Three files of 1.2 s each in one child: 3.6 s together, each within its 2 s.
    ParseLimits limits = small_limits();
    limits.wall = std::chrono::seconds(60);
    auto workers = pool(limits);
    for (int i = 0; i < 3; ++i) {
        ParseAnswer answer = workers.parse("loop", "fixture-loop", file("zwaar" + std::to_string(i) + ".loop", "BURN " + std::to_string(i)));
        EXPECT_EQ(answer.outcome, ParseOutcome::read) << i << ": " << answer.detail;
    }
}

TEST(WorkerPool, AChildReadsFileAfterFileAndAFailureCostsOnlyThatChild) {
    TempDir dir;
    auto workers = pool();
    auto pid_of = [&](const std::string& name) {
        ParseAnswer answer = workers.parse("probe", "fixture-probe", file(name, dir.path().string() + "\nTRIGGER " + name));
        EXPECT_EQ(answer.outcome, ParseOutcome::read) << answer.detail;
        const std::string body = answer.result.submissions.empty() ? "" : answer.result.submissions[0].body;
        return body.substr(body.find("pid: ") == std::string::npos ? body.size() : body.find("pid: "));
    };
    const std::string first = pid_of("een.probe");
    EXPECT_FALSE(first.empty());
    EXPECT_EQ(pid_of("twee.probe"), first);  // the same child
    EXPECT_EQ(workers.parse("crash", "fixture-crash", file("kapot.crash", "TRIGGER")).outcome, ParseOutcome::crashed);
    EXPECT_NE(pid_of("drie.probe"), first);  // a fresh child after the crash
}

TEST(WorkerPool, APluginTheWorkerDoesNotHaveIsAFailureNotAGuess) {
    auto workers = pool();
    ParseAnswer answer = workers.parse("crash", "ingest-elsewhere", file("a.crash", "x"));
    EXPECT_EQ(answer.outcome, ParseOutcome::worker_failed);
    EXPECT_NE(answer.detail.find("ingest-elsewhere"), std::string::npos) << answer.detail;
}

TEST(WorkerPool, WithoutTheWorkerProgramEveryParseFailsWithTheReason) {
    WorkerPool workers(WorkerSetup{"", {INSPRAAK_PLUGIN_DIR}, small_limits()});
    ParseAnswer answer = workers.parse("txt", "ingest-text", file("a.txt", "x"));
    EXPECT_EQ(answer.outcome, ParseOutcome::worker_failed);
    EXPECT_NE(answer.detail.find("inspraak-parse-worker"), std::string::npos) << answer.detail;
}

TEST(WorkerPool, SeveralThreadsParseAtOnce) {
    auto workers = pool();
    std::vector<std::future<ParseAnswer>> answers;
    for (int i = 0; i < 6; ++i)
        answers.push_back(std::async(std::launch::async, [&workers, i] {
            return workers.parse("crash", "fixture-crash",
                                 file("brief" + std::to_string(i) + ".crash", i == 3 ? "TRIGGER" : "Brief " + std::to_string(i)));
        }));
    for (int i = 0; i < 6; ++i) {
        ParseAnswer answer = answers[static_cast<size_t>(i)].get();
        if (i == 3) {
            EXPECT_EQ(answer.outcome, ParseOutcome::crashed);
        } else {
            ASSERT_EQ(answer.outcome, ParseOutcome::read) << answer.detail;
            EXPECT_EQ(answer.result.submissions.at(0).body, "Brief " + std::to_string(i));
        }
    }
}

}  // namespace
}  // namespace inspraak::core
