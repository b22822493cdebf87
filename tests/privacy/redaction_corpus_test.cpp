// The personal-data corpus (fixtures/personal_data_corpus.txt, sentences of our own): every
// marked stretch of personal data redacted with its kind, no trap touched. Prints the figures
// per kind and per trap category; bench/redaction_bench prints the same.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>

#include "privacy/redaction_corpus.hpp"
#include "util/files.hpp"

namespace inspraak::core {
namespace {

std::vector<CorpusSentence> corpus() {
    return read_redaction_corpus(read_file(std::filesystem::path(INSPRAAK_SOURCE_DIR) / "tests/privacy/fixtures/personal_data_corpus.txt"));
}

TEST(RedactionCorpus, EveryKindOfPersonalDataIsFoundAndNoTrapIsTouched) {
    const auto sentences = corpus();
    ASSERT_GE(sentences.size(), 100u);
    const CorpusScore score = score_redaction_corpus(sentences);
    std::cout << format_corpus_score(score);
    for (PersonalDataKind kind : all_personal_data_kinds) {
        const auto it = score.found.find(std::string(kind_id(kind)));
        ASSERT_NE(it, score.found.end()) << kind_id(kind) << " has no example in the corpus";
        EXPECT_GE(it->second.second, 5) << kind_id(kind) << ": too few examples to measure";
        EXPECT_EQ(it->second.first, it->second.second) << kind_id(kind) << ": recall below 100%";
    }
    EXPECT_GE(score.traps_marked(), 100);
    EXPECT_EQ(score.traps_redacted(), 0);
    EXPECT_TRUE(score.misses.empty());
    EXPECT_TRUE(score.false_redactions.empty());
}

TEST(RedactionCorpus, TheScoreCanFail) {
    // The same measure on a sentence whose trap is personal data after all, and whose marked
    // stretch is none: both show.
    const auto sentences = read_redaction_corpus("Mijn BSN {{trap|123456782}} en [[iban|NL00 geen rekening]].\n");
    const CorpusScore score = score_redaction_corpus(sentences);
    EXPECT_EQ(score.traps_redacted(), 1);
    EXPECT_EQ(score.redacted(), 0);
    EXPECT_EQ(score.misses.size(), 1u);
}

TEST(RedactionCorpus, BadMarkupNamesItsLine) {
    EXPECT_THROW(read_redaction_corpus("# comment\n[[nokind|x]]\n"), std::runtime_error);
    EXPECT_THROW(read_redaction_corpus("[[iban NL91]]\n"), std::runtime_error);
}

}  // namespace
}  // namespace inspraak::core
