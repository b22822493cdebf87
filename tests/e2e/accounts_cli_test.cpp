// End to end on the demo round: `inspraak user ...` with the password on standard input (never
// on the command line), `inspraak assign` with a campaign taking its group along, and `points
// --assigned` / `show` reading the assignment back.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <tuple>

#include "store/store.hpp"
#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class AccountsCli : public ::testing::Test {
protected:
    void SetUp() override {
        setenv("USER", "ria", 1);
        // The demo round with the resident's letter sent again word for word: a campaign.
        fs::copy(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo", demo_, fs::copy_options::recursive);
        std::ofstream(demo_ / "submissions/inwoner-brief-2.txt", std::ios::binary)
            << slurp(demo_ / "submissions/inwoner-brief.txt") << "\n";
        auto run = inspraak({"-q", "run", demo_.string(), "--out", out_.string(), "--format", "json"});
        ASSERT_EQ(run.exit_code, 0) << run.err;
    }

    CommandResult inspraak(std::vector<std::string> args, const std::string& input = "") {
        return run_command_with_input(INSPRAAK_BINARY, args, dir_.path(), input);
    }
    // A command on the round: ROUND_DIR (after the subcommand's own words) and --out.
    CommandResult on_round(std::vector<std::string> words, std::vector<std::string> args, const std::string& input = "") {
        words.push_back(demo_.string());
        words.insert(words.end(), args.begin(), args.end());
        words.insert(words.end(), {"--out", out_.string()});
        return inspraak(words, input);
    }

    TempDir dir_;
    const fs::path demo_ = dir_.path() / "demo";
    const fs::path out_ = dir_.path() / "out";
};

TEST_F(AccountsCli, UsersAreAddedWithThePasswordFromStandardInput) {
    const std::string secret = "een geheim van tien";
    auto add = on_round({"user", "add"}, {"piet", "--role", "redacteur"}, secret + "\n");
    ASSERT_EQ(add.exit_code, 0) << add.err;
    EXPECT_EQ(add.out, "Gebruiker piet toegevoegd als redacteur\n");
    auto admin = on_round({"user", "add"}, {"anna", "--role", "admin", "--lang", "en"}, secret + "\r\n");
    ASSERT_EQ(admin.exit_code, 0) << admin.err;
    EXPECT_EQ(admin.out, "User anna added as admin\n");

    auto list = on_round({"user", "list"}, {"--json"});
    ASSERT_EQ(list.exit_code, 0) << list.err;
    EXPECT_EQ(json::parse(list.out),
              json::parse(R"([{"name": "anna", "role": "beheerder"}, {"name": "piet", "role": "redacteur"}])"));
    auto text = on_round({"user", "list"}, {});
    EXPECT_NE(text.out.find("piet"), std::string::npos) << text.out;

    // No password on stdin, a short one, a duplicate, an unknown role: exit 2, one line each.
    for (const auto& [args, input, key] : std::vector<std::tuple<std::vector<std::string>, std::string, std::string>>{
             {{"jan", "--role", "lezer"}, "", "geen wachtwoord op standaardinvoer"},
             {{"jan", "--role", "lezer"}, "kort\n", "wachtwoord te kort"},
             {{"piet", "--role", "lezer"}, secret + "\n", "bestaat al"},
             {{"jan", "--role", "koning"}, secret + "\n", "onbekende rol 'koning'"}}) {
        auto refused = on_round({"user", "add"}, args, input);
        EXPECT_EQ(refused.exit_code, 2) << key;
        EXPECT_NE(refused.err.find(key), std::string::npos) << refused.err;
        EXPECT_EQ(refused.err.find('\n'), refused.err.size() - 1) << refused.err;
    }
    // A password is no argument.
    EXPECT_EQ(on_round({"user", "add"}, {"jan", "--role", "lezer", "--password", secret}, secret + "\n").exit_code, 2);

    auto role = on_round({"user", "role"}, {"piet", "lezer"});
    ASSERT_EQ(role.exit_code, 0) << role.err;
    EXPECT_EQ(role.out, "piet is nu lezer\n");
    auto password = on_round({"user", "password"}, {"piet"}, "een nieuw geheim!\n");
    ASSERT_EQ(password.exit_code, 0) << password.err;
    EXPECT_EQ(on_round({"user", "password"}, {"jan"}, "een nieuw geheim!\n").exit_code, 2);
    auto remove = on_round({"user", "remove"}, {"piet"});
    ASSERT_EQ(remove.exit_code, 0) << remove.err;
    EXPECT_EQ(on_round({"user", "remove"}, {"piet"}).exit_code, 2);

    // The store has hashes and an audit log, never the passwords.
    auto store = core::Store::open(out_ / "round.db");
    EXPECT_TRUE(store.user("anna")->password_hash.starts_with("$argon2id$"));
    for (const auto& e : store.audit_log()) {
        EXPECT_EQ(e.new_value.find("geheim"), std::string::npos);
        EXPECT_EQ(e.old_value.find("geheim"), std::string::npos);
    }
    EXPECT_EQ(slurp(out_ / "round.db").find("geheim"), std::string::npos);
}

TEST_F(AccountsCli, AssignTakesTheGroupAlongAndPointsFiltersOnIt) {
    std::string lead, mate, alone;
    {
        auto store = core::Store::open(out_ / "round.db");
        auto groups = store.group_members_by_lead();
        ASSERT_FALSE(groups.empty()) << "the demo round has a campaign";
        lead = groups.begin()->first;
        mate = groups.begin()->second.front();
        for (const auto& p : store.points())
            if (!store.point(p.id)->group) alone = p.id;
        ASSERT_FALSE(alone.empty());
    }
    auto assign = on_round({"assign"}, {mate, alone, "--to", "piet"});
    ASSERT_EQ(assign.exit_code, 0) << assign.err;
    EXPECT_NE(assign.out.find("Toegewezen aan piet: "), std::string::npos) << assign.out;
    EXPECT_NE(assign.out.find(lead), std::string::npos) << assign.out;

    auto listed = on_round({"points"}, {"--assigned", "piet", "--json", "--limit", "0"});
    ASSERT_EQ(listed.exit_code, 0) << listed.err;
    json page = json::parse(listed.out);
    std::set<std::string> ids;
    for (const auto& p : page["points"]) {
        ids.insert(p["id"].get<std::string>());
        EXPECT_EQ(p["assigned_to"], "piet");
    }
    EXPECT_TRUE(ids.contains(lead) && ids.contains(mate) && ids.contains(alone)) << listed.out;
    auto nobody = json::parse(on_round({"points"}, {"--assigned", "geen", "--json", "--limit", "0"}).out);
    auto all = json::parse(on_round({"points"}, {"--json", "--limit", "0"}).out);
    EXPECT_EQ(nobody["total"].get<int>() + page["total"].get<int>(), all["total"].get<int>());
    EXPECT_TRUE(nobody["points"][0]["assigned_to"].is_null());

    auto show = on_round({"show"}, {alone});
    EXPECT_NE(show.out.find("Toegewezen aan: piet\n"), std::string::npos) << show.out;
    EXPECT_NE(show.out.find("ria: assigned_to:  -> piet"), std::string::npos) << show.out;

    // Once the round has accounts, only they can be assigned; an unknown point is exit 2 too.
    ASSERT_EQ(on_round({"user", "add"}, {"anna", "--role", "beheerder"}, "een geheim van tien\n").exit_code, 0);
    auto unknown = on_round({"assign"}, {alone, "--to", "piet"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("onbekende medewerker 'piet' (de ronde kent: anna)"), std::string::npos) << unknown.err;
    EXPECT_EQ(on_round({"assign"}, {"I999.9", "--to", "anna"}).exit_code, 2);
    EXPECT_EQ(on_round({"assign"}, {alone}).exit_code, 2);  // to whom?

    auto off = on_round({"assign"}, {alone, "--nobody"});
    ASSERT_EQ(off.exit_code, 0) << off.err;
    EXPECT_EQ(on_round({"assign"}, {alone, "--to", ""}).exit_code, 0);
    EXPECT_EQ(json::parse(on_round({"points"}, {"--assigned", "none", "--json", "--limit", "0"}).out)["total"].get<int>(),
              nobody["total"].get<int>() + 1);
}

}  // namespace
}  // namespace inspraak
