// Runs every stage of the pipeline on a large synthetic round and prints, per stage, the time
// and the points (or submissions) per second. Not a test: it measures and prints.
//
//   inspraak_bench_pipeline [--submissions 10000] [--seed 7] [--round DIR] [--keep DIR] [--store LOCATION]
//                           [--isolated]
//
// --isolated reads the files in sandboxed parse workers, as `inspraak run` does (docs/isolation.md);
// without it they are read in this process, which shows what the isolation costs.
// --store runs it on another store, e.g. a PostgreSQL round (postgresql://user@host/db?round=NAME,
// which must not exist yet or be empty): the same figures for both backends (bench/README.md).
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "host/plugin_host.hpp"
#include "isolation/worker_pool.hpp"
#include "pipeline/pipeline.hpp"

namespace fs = std::filesystem;
using inspraak::core::Pipeline;
using inspraak::core::PipelineOptions;
using inspraak::core::PluginHost;

namespace {

template <typename F>
double seconds(F&& body) {
    auto start = std::chrono::steady_clock::now();
    body();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void row(const char* stage, double time, long items, const char* unit) {
    fmt::print("{:<10} {:>9.2f} s {:>10} {:<12} {:>12.0f} {}/s\n", stage, time, items, unit, time > 0 ? items / time : 0.0,
               unit);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"inspraak pipeline benchmark"};
    int submissions = 10000;
    int seed = 7;
    std::string round_dir;
    std::string keep;
    app.add_option("--submissions", submissions, "submissions to generate");
    app.add_option("--seed", seed, "generator seed");
    app.add_option("--round", round_dir, "use this round instead of generating one")->check(CLI::ExistingDirectory);
    app.add_option("--keep", keep, "write the generated round and the store here and keep them");
    std::string store_text;
    app.add_option("--store", store_text, "the store: a round.db file or postgresql://...?round=NAME (default: out/round.db)");
    bool isolated = false;
    app.add_flag("--isolated", isolated, "read the files in parse workers, as inspraak run does");
    CLI11_PARSE(app, argc, argv);

    fs::path work = keep.empty() ? fs::temp_directory_path() / fmt::format("inspraak-bench-{}", ::getpid()) : fs::path(keep);
    fs::create_directories(work);
    fs::path round = round_dir.empty() ? work / "round" : fs::path(round_dir);
    if (round_dir.empty()) {
        std::string command = fmt::format("'{}' '{}' --submissions {} --seed {} --force > /dev/null", INSPRAAK_GENERATOR,
                                          round.string(), submissions, seed);
        double generate = seconds([&] {
            if (std::system(command.c_str()) != 0) throw std::runtime_error("generator failed");
        });
        fmt::print("generated {} submissions in {:.2f} s\n", submissions, generate);
    }
    fs::remove_all(work / "out");

    PluginHost host({INSPRAAK_PLUGIN_DIR});
    if (isolated)
        host.isolate_ingest(std::make_shared<inspraak::core::WorkerPool>(inspraak::core::WorkerSetup{
            inspraak::core::WorkerPool::find_program(), {INSPRAAK_PLUGIN_DIR}, inspraak::core::ParseLimits{}}));
    PipelineOptions options;
    options.round_dir = round;
    options.out_dir = work / "out";
    if (!store_text.empty()) options.store = inspraak::core::StoreLocation::parse(store_text);
    long warnings = 0;
    options.warn = [&](const inspraak::core::Message&) { ++warnings; };
    Pipeline pipeline(options, host);

    fmt::print("machine: {} hardware threads; store: {}; files read {}\n\n", std::thread::hardware_concurrency(),
               pipeline.store_location().describe(), isolated ? "in parse workers" : "in this process");
    fmt::print("{:<10} {:>11} {:>10} {:<12} {:>12}\n", "stage", "time", "count", "", "throughput");
    double total = 0;  // init to the last report: what `inspraak run` costs
    auto timed = [&](auto&& stage) {
        double time = seconds(stage);
        total += time;
        return time;
    };
    row("init", timed([&] { pipeline.init(); }), 1, "framework");
    inspraak::core::IngestSummary ingested;
    double ingest_time = timed([&] { ingested = pipeline.ingest(); });
    row("ingest", ingest_time, ingested.points, "points");
    row("", ingest_time, ingested.submissions, "submissions");
    inspraak::core::GroupSummary grouped;
    double group_time = timed([&] { grouped = pipeline.group(); });
    row("group", group_time, grouped.grouped_points, "grouped");
    inspraak::core::StageCount classified, drafted;
    // Time first, then print: the counts are only known once the stage has run.
    double classify_time = timed([&] { classified = pipeline.classify(); });
    row("classify", classify_time, classified.done, "points");
    double draft_time = timed([&] { drafted = pipeline.draft(); });
    row("draft", draft_time, drafted.done, "points");
    for (const auto& format : host.report_formats()) {
        double report_time = timed([&] { pipeline.report({format}); });
        row(("report " + format).c_str(), report_time, ingested.points, "points");
    }
    row("total", total, ingested.points, "points");
    double again = seconds([&] {
        pipeline.ingest();
        pipeline.classify();
        pipeline.draft();
    });
    row("rerun", again, ingested.points, "points");
    auto size = [](const fs::path& file) { return fs::exists(file) ? static_cast<double>(fs::file_size(file)) : 0.0; };
    if (pipeline.store_location().is_postgres()) {
        fmt::print("\n{} files, {} warnings\n", ingested.files_seen, warnings);
    } else {
        const fs::path store = pipeline.store_location().file();
        fs::path wal = store;
        wal += "-wal";
        fmt::print("\n{} files, {} warnings; store {:.1f} MB (+ {:.1f} MB write-ahead log)\n", ingested.files_seen,
                   warnings, size(store) / 1e6, size(wal) / 1e6);
    }
    if (keep.empty()) fs::remove_all(work);
    return 0;
}
