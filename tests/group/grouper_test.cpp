// The grouper on its own: which points it puts together, which it keeps apart, and that it does
// so the same way every time.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <string>
#include <vector>

#include "group/grouper.hpp"
#include "group/minhash.hpp"
#include "group/shingles.hpp"

namespace inspraak::core::group {
namespace {

// A campaign paragraph of about a hundred words, written for this test.
const std::string campaign =
    "Wij maken ons grote zorgen over de plannen voor de nieuwe ontsluitingsweg langs de Molenbeek. "
    "De weg komt op nog geen vijftig meter van onze woningen te liggen en zal zorgen voor meer "
    "geluidsoverlast, fijnstof en gevaarlijke situaties voor de kinderen die hier naar school fietsen. "
    "Bovendien verdwijnt een groot deel van het groen waar de buurt juist zo aan gehecht is. Wij vragen "
    "de gemeente daarom om een alternatief tracé te onderzoeken, de bewoners vooraf bij dat onderzoek te "
    "betrekken en pas een besluit te nemen wanneer de gevolgen voor gezondheid en natuur volledig in "
    "beeld zijn gebracht.";

std::vector<Membership> run(const std::vector<std::string>& texts, const GroupOptions& options = {},
                            const std::vector<std::string>& contexts = {}) {
    std::vector<GroupInput> inputs;
    for (std::size_t i = 0; i < texts.size(); ++i)
        inputs.push_back({texts[i], i < contexts.size() ? std::string_view(contexts[i]) : std::string_view()});
    return group_points(inputs, options);
}

std::vector<std::size_t> leads(const std::vector<Membership>& memberships) {
    std::vector<std::size_t> out;
    for (const auto& m : memberships) out.push_back(m.lead);
    return out;
}

TEST(FoldedWords, FoldCaseDiacriticsAndPunctuation) {
    EXPECT_EQ(folded_words("Créëren, ÉÉN  zo'n \"Water\"-brug!"),
              (std::vector<std::string>{"creeren", "een", "zo", "n", "water", "brug"}));
    EXPECT_EQ(folded_words("Ĳssel"), folded_words("ĳssel"));  // a non-ASCII letter keeps the word whole
    EXPECT_EQ(folded_words("Ĳssel").size(), 1u);
    EXPECT_TRUE(folded_words(" ... !! ").empty());
}

TEST(Shingles, ThreeWordShinglesAsASetAndJaccard) {
    auto a = shingle_hashes(folded_words("een twee drie vier"), 3);
    auto b = shingle_hashes(folded_words("een twee drie vijf"), 3);
    EXPECT_EQ(a.size(), 2u);
    EXPECT_DOUBLE_EQ(jaccard(a, b), 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(jaccard(a, a), 1.0);
    EXPECT_EQ(shingle_hashes(folded_words("twee woorden"), 3).size(), 1u);  // fewer words than the width
    EXPECT_DOUBLE_EQ(jaccard({}, {}), 0.0);
}

TEST(StableHash, IsTheSameEverywhere) {
    // A fixed value: a change here changes every stored group.
    EXPECT_EQ(stable_hash("inspraak"), stable_hash("inspraak"));
    EXPECT_NE(stable_hash("inspraak"), stable_hash("inspraak", 1));
    EXPECT_NE(stable_hash("ab c"), stable_hash("a bc"));
}

TEST(MinHash, SignaturesEstimateJaccardAndBandingMeetsTheThreshold) {
    MinHasher hasher(128, 42);
    auto words = folded_words(campaign);
    auto a = shingle_hashes(words, 3);
    words[3] = "anders";
    words[40] = "iets";
    auto b = shingle_hashes(words, 3);
    std::vector<uint32_t> sa(128), sb(128);
    hasher.sign(a, sa);
    hasher.sign(b, sb);
    double agree = 0;
    for (std::size_t k = 0; k < 128; ++k) agree += sa[k] == sb[k];
    EXPECT_NEAR(agree / 128, jaccard(a, b), 0.15);

    for (double threshold : {0.5, 0.8, 0.9, 1.0}) {
        Banding banding = choose_banding(128, threshold);
        EXPECT_GE(candidate_probability(banding, threshold), 0.99) << threshold;
        EXPECT_LE(banding.bands * banding.rows, 128u);
    }
    EXPECT_GT(choose_banding(128, 0.9).rows, choose_banding(128, 0.5).rows);  // stricter: fewer candidates
}

TEST(Grouper, IdenticalPointsFormOneGroupLedByTheFirst) {
    auto result = run({"Een ander punt over parkeren bij het station in de binnenstad.", campaign, campaign, campaign});
    EXPECT_EQ(leads(result), (std::vector<std::size_t>{0, 1, 1, 1}));
    for (const auto& m : result) EXPECT_DOUBLE_EQ(m.similarity, 1.0);
}

TEST(Grouper, CaseSpacingAndDiacriticsDoNotMatter) {
    std::string shouted = campaign;
    std::transform(shouted.begin(), shouted.end(), shouted.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    auto result = run({campaign, shouted + "  ", "  " + campaign + "\n"});
    EXPECT_EQ(leads(result), (std::vector<std::size_t>{0, 0, 0}));
}

TEST(Grouper, NearIdenticalWithTheirOwnFirstLineJoin) {
    auto result = run({"Als bewoner van de Beekstraat schrijf ik u het volgende. " + campaign,
                       "Ik woon al dertig jaar met veel plezier in deze wijk. " + campaign,
                       "Namens ons gezin aan de Esdoornlaan. " + campaign});
    EXPECT_EQ(leads(result), (std::vector<std::size_t>{0, 0, 0}));
    EXPECT_GE(result[1].similarity, 0.8);
    EXPECT_LT(result[1].similarity, 1.0);
}

TEST(Grouper, TheThresholdDecides) {
    std::vector<std::string> texts{"Als bewoner van de Beekstraat schrijf ik u het volgende. " + campaign,
                                   "Ik woon al dertig jaar met veel plezier in deze wijk. " + campaign};
    GroupOptions strict;
    strict.threshold = 0.95;
    EXPECT_EQ(leads(run(texts, strict)), (std::vector<std::size_t>{0, 1}));
    GroupOptions loose;
    loose.threshold = 0.5;
    EXPECT_EQ(leads(run(texts, loose)), (std::vector<std::size_t>{0, 0}));
}

TEST(Grouper, DifferentTextsOnTheSameSubjectStayApart) {
    auto result = run({campaign,
                       "De nieuwe ontsluitingsweg langs de Molenbeek is hard nodig: de Dorpsstraat slibt elke "
                       "ochtend dicht en bussen komen te laat. Leg de weg zo snel mogelijk aan en zorg voor een "
                       "goede fietsoversteek bij de school.",
                       "Wij maken ons zorgen over het groen in de wijk. Er wordt steeds meer gebouwd en de "
                       "speelplekken voor kinderen verdwijnen. Houd het park aan de Molenbeek zoals het is."});
    EXPECT_EQ(leads(result), (std::vector<std::size_t>{0, 1, 2}));
}

TEST(Grouper, ShortPointsGroupOnlyWhenIdenticalUnderTheSameHeading) {
    std::vector<std::string> texts{"Eens.", "eens", "Eens, goed plan.", "Eens, slecht plan.", "Eens.", "Oneens."};
    std::vector<std::string> headings{"Vraag 1", "Vraag 1", "Vraag 1", "Vraag 1", "Vraag 2", "Vraag 1"};
    auto result = run(texts, {}, headings);
    EXPECT_EQ(leads(result), (std::vector<std::size_t>{0, 0, 2, 3, 4, 5}));
}

TEST(Grouper, AShortPointNeverJoinsALongOneItIsPartOf) {
    auto result = run({"Wij maken ons grote zorgen.", "Wij maken ons grote zorgen over de weg.", campaign});
    EXPECT_EQ(leads(result), (std::vector<std::size_t>{0, 1, 2}));
}

TEST(Grouper, EmptyPointsStandAlone) {
    auto result = run({"", " ... ", "", campaign});
    EXPECT_EQ(leads(result), (std::vector<std::size_t>{0, 1, 2, 3}));
    EXPECT_TRUE(run({}).empty());
}

TEST(Grouper, ANearCopyOfANearCopyJoinsTheGroup) {
    auto words = folded_words(campaign);
    auto text_of = [](const std::vector<std::string>& w) {
        std::string out;
        for (const auto& word : w) out += word + " ";
        return out;
    };
    auto b = words;
    b[20] = "x1";
    b[21] = "x2";
    auto c = b;
    c[60] = "y1";
    c[61] = "y2";
    GroupOptions options;
    options.threshold = 0.9;
    auto result = run({text_of(words), text_of(c), text_of(b)}, options);
    EXPECT_EQ(leads(result), (std::vector<std::size_t>{0, 0, 0}));
}

TEST(Grouper, TheSameInputGivesTheSameGroups) {
    std::vector<std::string> texts;
    for (int i = 0; i < 200; ++i)
        texts.push_back(i % 3 == 0 ? "Aanhef " + std::to_string(i) + " van een bewoner. " + campaign
                                   : "Punt nummer " + std::to_string(i) + " gaat over iets heel anders dan de rest, "
                                         "namelijk onderwerp " + std::to_string(i * 7) + " en de gevolgen daarvan.");
    auto first = run(texts);
    auto second = run(texts);
    EXPECT_EQ(leads(first), leads(second));
    for (std::size_t i = 0; i < first.size(); ++i) EXPECT_DOUBLE_EQ(first[i].similarity, second[i].similarity);
    // Another seed draws other hash functions, and still finds the same groups.
    GroupOptions other;
    other.seed = 7;
    EXPECT_EQ(leads(run(texts, other)), leads(first));
}

TEST(Grouper, ACampaignAmongManyOtherPointsIsFoundQuickly) {
    std::vector<std::string> words{"gemeente", "haven",  "school", "fiets",  "woning", "bedrijf", "park",
                                   "bus",      "markt",  "sport",  "water",  "energie", "zorg",   "cultuur",
                                   "jongeren", "ouderen", "winkel", "straat", "plein",  "brug"};
    std::vector<std::string> texts;
    uint64_t state = 1;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>(state >> 33);
    };
    std::set<std::size_t> campaign_rows;
    for (std::size_t i = 0; i < 20000; ++i) {
        if (i % 40 == 7) {
            campaign_rows.insert(i);
            texts.push_back("Bewoner " + std::to_string(i) + " schrijft. " + campaign);
            continue;
        }
        std::string text;
        for (int w = 0; w < 30; ++w) text += words[next() % words.size()] + " ";
        texts.push_back(text);
    }
    auto started = std::chrono::steady_clock::now();
    auto result = run(texts);
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    EXPECT_LT(seconds, 10.0);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (campaign_rows.contains(i)) EXPECT_EQ(result[i].lead, 7u) << i;
        else EXPECT_EQ(result[i].lead, i) << i;
    }
}

TEST(Grouper, BadOptionsAreRefused) {
    GroupOptions zero;
    zero.threshold = 0;
    EXPECT_THROW(run({campaign}, zero), std::invalid_argument);
    GroupOptions above;
    above.threshold = 1.5;
    EXPECT_THROW(run({campaign}, above), std::invalid_argument);
    GroupOptions no_hashes;
    no_hashes.hashes = 0;
    EXPECT_THROW(run({campaign}, no_hashes), std::invalid_argument);
}

}  // namespace
}  // namespace inspraak::core::group
