// Google Benchmark of the per-point hot paths: segmenting a letter and classifying one point
// against the demo framework with the classify plugin; and the cost of reading one small file in
// a sandboxed parse worker (docs/isolation.md) against reading it in this process.
#include <benchmark/benchmark.h>

#include "framework/framework_import.hpp"
#include "host/plugin_host.hpp"
#include "isolation/worker_pool.hpp"
#include "pipeline/ingest_call.hpp"
#include "segment/segment.hpp"

namespace {

using namespace inspraak;

const char* letter =
    "Geachte heer, mevrouw,\n\n"
    "Wij hebben met belangstelling het concept gelezen. Hieronder onze punten:\n\n"
    "1. De criteria in paragraaf 5.1 zouden ook moeten vragen wat een missie oplevert voor het mkb.\n"
    "2. Sluit bij handelsmissies aan bij brancheorganisaties en de provincie.\n"
    "3. Maak een lobbyagenda voor Brussel met twee of drie onderwerpen.\n\n"
    "Verder missen wij in hoofdstuk 4 de aandacht voor internationaal talent en huisvesting.\n\n"
    "Met vriendelijke groet,\nJ. Jansen\nVoorzitter\n";

void segment_letter(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(core::segment(letter, "nl"));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(segment_letter);

void classify_point(benchmark::State& state) {
    core::PluginHost host({INSPRAAK_PLUGIN_DIR});
    auto framework = core::read_framework_file(std::string(INSPRAAK_SOURCE_DIR) + "/inputs/demo/kader.md");
    std::vector<Workstream> workstreams = {{"kader", "Kader", "", {"criteria", "kader"}, {}},
                                           {"public-affairs", "Public affairs", "", {"lobby", "Brussel"}, {}}};
    ClassifierContext context{framework.value(), workstreams, "nl"};
    auto session = host.open_session(host.classifier(), context);
    if (!session) {
        state.SkipWithError(core::render(session.error().message, false).c_str());
        return;
    }
    Point point{"I001.1", "I001", 1,
                "Sluit bij handelsmissies zoveel mogelijk aan bij de reizen die brancheorganisaties al organiseren.", "", ""};
    for (auto _ : state) benchmark::DoNotOptimize(session.value()->classify(point));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(classify_point);

void read_letter(benchmark::State& state, bool isolated) {
    core::PluginHost host({INSPRAAK_PLUGIN_DIR});
    if (isolated)
        host.isolate_ingest(std::make_shared<core::WorkerPool>(
            core::WorkerSetup{core::WorkerPool::find_program(), {INSPRAAK_PLUGIN_DIR}, core::ParseLimits{}}));
    const SourceFile file{"brief.txt", "brief.txt", letter};
    for (auto _ : state) {
        auto result = core::call_ingester(host, "txt", file);
        if (!result) state.SkipWithError("the letter was not read");
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations());
}
void read_letter_in_process(benchmark::State& state) { read_letter(state, false); }
void read_letter_in_worker(benchmark::State& state) { read_letter(state, true); }
BENCHMARK(read_letter_in_process);
BENCHMARK(read_letter_in_worker)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
