// End to end: the real inspraak binary on the demo round plus files that make their (fixture)
// plugins segfault, compute forever and allocate without bound. The round completes with one
// warning for each of them and every other point; and the same holds while `inspraak serve`
// runs the ingest in the background.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <thread>

#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

extern char** environ;

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using json = nlohmann::json;

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";

size_t lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

// The project's plugins and the three misbehaving fixtures, in one folder.
fs::path plugin_folder(const fs::path& dir) {
    auto plugins = dir / "plugins";
    fs::create_directories(plugins);
    for (const auto& entry : fs::directory_iterator(INSPRAAK_PLUGIN_DIR))
        if (entry.path().extension() == ".so") fs::create_symlink(entry.path(), plugins / entry.path().filename());
    for (const char* kind : {"crash", "loop", "hog"}) {
        const std::string name = std::string("libfixture-") + kind + ".so";
        fs::create_symlink(fs::path(HOSTILE_PLUGIN_DIR) / name, plugins / name);
    }
    return plugins;
}

void add_hostile_files(const fs::path& round) {
    for (const char* kind : {"crash", "loop", "hog"})
        std::ofstream(round / "submissions" / (std::string("kwaadaardig.") + kind)) << "TRIGGER " << kind << "\n";
    // The crashing plugin reads this one like any decent plugin would.
    std::ofstream(round / "submissions/gewoon.crash") << "Graag meer aandacht voor fietsenstallingen bij het station.\n";
}

// Five seconds of processor time (ten on the clock): enough for a loaded machine to reach the
// memory limit first with the flood, and to tell the loop by its processor time.
std::vector<std::string> limits() { return {"--parse-seconds", "5", "--parse-memory", "512"}; }

std::multiset<std::string> point_texts(const fs::path& report) {
    std::multiset<std::string> texts;
    const json parsed = json::parse(slurp(report));  // a range-for over a temporary's member would dangle
    for (const auto& point : parsed["points"]) texts.insert(point["text"].get<std::string>());
    return texts;
}

void expect_one_warning_each(const std::string& err) {
    EXPECT_THAT(err, HasSubstr("submissions/kwaadaardig.crash: het lezen brak af (SIG"));
    // Its processor time, or on a very busy machine the clock's limit first.
    EXPECT_THAT(err, ::testing::ContainsRegex("submissions/kwaadaardig.loop: het lezen (gebruikte meer dan 5 s rekentijd|"
                                              "duurde langer dan 10 s)"));
    EXPECT_THAT(err, HasSubstr("submissions/kwaadaardig.hog: het lezen had meer dan 512 MiB geheugen nodig"));
}

TEST(HostileRound, ACrashAnEndlessLoopAndAMemoryFloodAreThreeWarningsAndEveryOtherPointIsKept) {
    TempDir dir;
    auto plain = run_command(INSPRAAK_BINARY, {"run", demo.string(), "--out", (dir.path() / "plain").string()}, dir.path());
    ASSERT_EQ(plain.exit_code, 0) << plain.err;

    auto round = dir.path() / "round";
    fs::copy(demo, round, fs::copy_options::recursive);
    add_hostile_files(round);
    auto plugins = plugin_folder(dir.path());
    std::vector<std::string> args{"--plugins", plugins.string()};
    for (auto& a : limits()) args.push_back(a);
    for (auto a : {std::string("run"), round.string(), std::string("--out"), (dir.path() / "out").string()}) args.push_back(a);
    auto start = std::chrono::steady_clock::now();
    auto run = run_command(INSPRAAK_BINARY, args, dir.path());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(lines(run.err), 3u) << run.err;
    expect_one_warning_each(run.err);
    EXPECT_LT(seconds, 60) << "the limits did not hold";

    auto expected = point_texts(dir.path() / "plain/reactienota.json");
    expected.insert("Graag meer aandacht voor fietsenstallingen bij het station.");
    EXPECT_EQ(point_texts(dir.path() / "out/reactienota.json"), expected);
    // The report lists the three files as not read.
    const std::string md = slurp(dir.path() / "out/reactienota.md");
    for (const char* name : {"kwaadaardig.crash", "kwaadaardig.loop", "kwaadaardig.hog"}) EXPECT_THAT(md, HasSubstr(name));
}

// `inspraak serve` in a process of its own, with the start link it prints.
class ServeProcess {
public:
    ServeProcess(const std::vector<std::string>& args, const fs::path& output) {
        std::vector<std::string> all{INSPRAAK_BINARY};
        all.insert(all.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& a : all) argv.push_back(a.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, (output.string() + ".err").c_str(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0600);
        EXPECT_EQ(posix_spawn(&pid_, all[0].c_str(), &actions, nullptr, argv.data(), environ), 0);
        posix_spawn_file_actions_destroy(&actions);
        const std::regex link(R"(http://127\.0\.0\.1:(\d+)(/start\?token=\S+))");
        for (int tries = 0; tries < 600 && port_ == 0; ++tries) {
            std::smatch found;
            const std::string text = slurp(output);
            if (std::regex_search(text, found, link)) {
                port_ = std::stoi(found[1]);
                start_ = found[2];
            } else {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        }
    }
    ~ServeProcess() {
        if (pid_ <= 0) return;
        kill(pid_, SIGTERM);
        int status = 0;
        waitpid(pid_, &status, 0);
    }
    bool alive() const { return pid_ > 0 && waitpid(pid_, nullptr, WNOHANG) == 0; }
    int port() const { return port_; }
    const std::string& start() const { return start_; }

private:
    pid_t pid_ = -1;
    int port_ = 0;
    std::string start_;
};

std::string csrf_of(const std::string& page) {
    std::smatch found;
    static const std::regex field(R"(name="csrf" value="([^"]+)\")");
    return std::regex_search(page, found, field) ? std::string(found[1]) : std::string{};
}

TEST(HostileRound, TheWorkspaceKeepsServingWhileItsIngestMeetsTheSameFiles) {
    TempDir dir;
    auto round = dir.path() / "round";
    fs::copy(demo, round, fs::copy_options::recursive);
    const auto out = dir.path() / "out";
    auto plugins = plugin_folder(dir.path());
    auto first = run_command(INSPRAAK_BINARY, {"--plugins", plugins.string(), "run", round.string(), "--out", out.string()},
                             dir.path());
    ASSERT_EQ(first.exit_code, 0) << first.err;
    const auto before = point_texts(out / "reactienota.json");
    add_hostile_files(round);

    std::vector<std::string> args{"--plugins", plugins.string()};
    for (auto& a : limits()) args.push_back(a);
    for (auto a : {std::string("serve"), round.string(), std::string("--out"), out.string(), std::string("--port"),
                   std::string("0")})
        args.push_back(a);
    ServeProcess server(args, dir.path() / "serve.out");
    ASSERT_NE(server.port(), 0) << slurp(dir.path() / "serve.out.err");
    httplib::Client client("127.0.0.1", server.port());
    auto opened = client.Get(server.start());
    ASSERT_TRUE(opened);
    const std::string cookie = opened->get_header_value("Set-Cookie").substr(0, opened->get_header_value("Set-Cookie").find(';'));
    httplib::Headers headers{{"Cookie", cookie}};
    auto jobs = client.Get("/jobs", headers);
    ASSERT_TRUE(jobs);
    auto started = client.Post("/jobs", headers, httplib::Params{{"csrf", csrf_of(jobs->body)}, {"job", "ingest"}});
    ASSERT_TRUE(started);
    EXPECT_EQ(started->status, 303);

    // While the ingest meets the three files the workspace answers, and the job ends.
    std::string page;
    for (int tries = 0; tries < 600; ++tries) {
        auto overview = client.Get("/", headers);
        // httplib's read timeout (5 s) is the bound: the ingest parses a file outside the store's
        // write, so a page never waits for a worker that runs to its 5 s limit.
        ASSERT_TRUE(overview) << "the server stopped answering (" << httplib::to_string(overview.error())
                              << "), alive: " << server.alive() << "\n"
                              << slurp(dir.path() / "serve.out.err");
        EXPECT_EQ(overview->status, 200);
        auto now = client.Get("/jobs", headers);
        ASSERT_TRUE(now);
        page = now->body;
        if (page.find("data-job-running") == std::string::npos) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    EXPECT_EQ(page.find("data-job-running"), std::string::npos) << "the ingest did not end";
    EXPECT_TRUE(server.alive());
    auto points = client.Get("/points?q=fietsenstallingen", headers);
    ASSERT_TRUE(points);
    EXPECT_THAT(points->body, HasSubstr("fietsenstallingen bij het station"));

    // Stop the server; `inspraak report` shows every earlier point, the new one and the three warnings.
    auto report = run_command(INSPRAAK_BINARY, {"--plugins", plugins.string(), "report", round.string(), "--out", out.string()},
                              dir.path());
    ASSERT_EQ(report.exit_code, 0) << report.err;
    auto after = point_texts(out / "reactienota.json");
    auto expected = before;
    expected.insert("Graag meer aandacht voor fietsenstallingen bij het station.");
    EXPECT_EQ(after, expected);
    const std::string md = slurp(out / "reactienota.md");
    for (const char* name : {"kwaadaardig.crash", "kwaadaardig.loop", "kwaadaardig.hog"}) EXPECT_THAT(md, HasSubstr(name));
}

}  // namespace
}  // namespace inspraak
