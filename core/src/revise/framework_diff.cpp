#include "revise/framework_diff.hpp"

#include <algorithm>
#include <fmt/core.h>
#include <map>
#include <optional>
#include <string>

#include "group/shingles.hpp"
#include "inspraak/text.hpp"
#include "segment/sentences.hpp"

namespace inspraak::core {
namespace {

using WordSet = std::vector<uint64_t>;

WordSet word_set(std::string_view text) { return group::shingle_hashes(group::folded_words(text), 1); }

// How alike two sentences are: the mean of their Jaccard similarity and their overlap (the share
// of the shorter one's words found in the other), so that a sentence extended with a clause still
// counts as the same sentence rewritten, while a short one is not matched by every long one.
double sentence_likeness(const WordSet& a, const WordSet& b) {
    if (a.empty() || b.empty()) return 0;
    size_t common = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j]) {
            ++common, ++i, ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    const double overlap = static_cast<double>(common) / static_cast<double>(std::min(a.size(), b.size()));
    return (group::jaccard(a, b) + overlap) / 2;
}

// Where a passage stands, as numbers: its chapter and its numbered section (empty for a passage
// directly under the chapter), with the chapter's title.
struct Location {
    std::string chapter;
    std::string chapter_title;
    std::string section;
};

class Outline {
public:
    explicit Outline(const Framework& framework) {
        for (const Section& section : framework.sections) by_id_[section.id] = &section;
    }
    Location of(const std::string& section_id) const {
        const Section* section = find(section_id);
        if (!section) return {};
        if (section->kind != SectionKind::section) return {section->number, section->title, ""};
        const Section* chapter = find(section->parent);
        return {chapter ? chapter->number : "", chapter ? chapter->title : "", section->number};
    }
    const Section* find(const std::string& id) const {
        auto it = by_id_.find(id);
        return it == by_id_.end() ? nullptr : it->second;
    }

private:
    std::map<std::string, const Section*> by_id_;
};

// The draft's section each revised section answers to: the same title in the same kind of
// place (a renumbered chapter keeps its passages), else the same number. Keyed by revised id.
std::map<std::string, std::string> pair_sections(const Framework& draft, const Framework& revised) {
    std::map<std::string, std::string> draft_by_title, draft_by_number;
    for (const Section& section : draft.sections) {
        draft_by_title.emplace(std::string(section.kind == SectionKind::section ? "s:" : "c:") + text::fold_for_comparison(section.title),
                               section.id);
        draft_by_number.emplace(section.number, section.id);
    }
    std::map<std::string, std::string> paired;
    for (const Section& section : revised.sections) {
        const std::string title_key =
            std::string(section.kind == SectionKind::section ? "s:" : "c:") + text::fold_for_comparison(section.title);
        if (auto it = draft_by_title.find(title_key); it != draft_by_title.end()) {
            paired[section.id] = it->second;
        } else if (auto by_number = draft_by_number.find(section.number); by_number != draft_by_number.end()) {
            paired[section.id] = by_number->second;
        }
    }
    return paired;
}

struct Text {
    const Passage* passage = nullptr;
    std::string place;  // the draft section it belongs to (for a revised passage: its paired one)
    std::string text;   // whitespace normalised
    WordSet words;
    bool used = false;
};

std::vector<Text> texts_of(const Framework& framework, const std::map<std::string, std::string>* paired) {
    std::vector<Text> texts;
    for (const Passage& passage : framework.passages) {
        if (passage.is_heading) continue;
        std::string text = text::normalize_whitespace(passage.text);
        if (text.empty()) continue;
        std::string place = passage.section_id;
        if (paired) {
            auto it = paired->find(passage.section_id);
            place = it == paired->end() ? "new:" + passage.section_id : it->second;
        }
        WordSet words = word_set(text);
        texts.push_back(Text{&passage, std::move(place), std::move(text), std::move(words), false});
    }
    return texts;
}

// The unused draft text most alike to `words` among those `allowed`, with its similarity, if at
// least `threshold`.
template <typename Allowed>
std::optional<size_t> most_alike(std::vector<Text>& draft, const WordSet& words, double threshold, Allowed allowed) {
    std::optional<size_t> best;
    double best_similarity = threshold;
    for (size_t i = 0; i < draft.size(); ++i) {
        if (draft[i].used || !allowed(draft[i])) continue;
        const double similarity = group::jaccard(words, draft[i].words);
        if (similarity >= best_similarity && (!best || similarity > best_similarity)) {
            best = i;
            best_similarity = similarity;
        }
    }
    return best;
}

class ChangeList {
public:
    ChangeList(const Outline& draft, const Outline& revised) : draft_(draft), revised_(revised) {}

    // `position` orders the changes in the revised document (a removal: just after the revised
    // passage its predecessor became).
    void add(double position, std::string kind, std::string scope, const Text* old_text, std::string_view old_part,
             const Text* new_text, std::string_view new_part) {
        FrameworkChange change;
        change.kind = std::move(kind);
        change.scope = std::move(scope);
        const Text* where = new_text ? new_text : old_text;
        const Location location =
            new_text ? revised_.of(new_text->passage->section_id) : draft_.of(old_text->passage->section_id);
        change.chapter = location.chapter;
        change.chapter_title = location.chapter_title;
        change.section = location.section;
        change.page = where->passage->page;
        if (old_text) {
            const Location old_location = draft_.of(old_text->passage->section_id);
            change.old_chapter = old_location.chapter;
            change.old_section = old_location.section;
            change.old_page = old_text->passage->page;
            change.old_text = std::string(old_part);
        }
        if (new_text) change.new_text = std::string(new_part);
        change.key = fmt::format("{:016x}", group::stable_hash(change.kind + '\n' + change.scope + '\n' + change.old_text +
                                                              '\n' + change.new_text));
        changes_.push_back({position, std::move(change)});
    }

    // A sentence removed in one passage and added unchanged in another is one sentence moved.
    void join_moved_sentences() {
        for (auto& [added_position, added] : changes_) {
            if (added.kind != "added" || added.scope != "sentence") continue;
            for (auto& [removed_position, removed] : changes_) {
                if (removed.kind != "removed" || removed.scope != "sentence" || removed.old_text != added.new_text) continue;
                added.kind = "moved";
                added.old_text = removed.old_text;
                added.old_chapter = removed.old_chapter;
                added.old_section = removed.old_section;
                added.old_page = removed.old_page;
                added.key = fmt::format("{:016x}", group::stable_hash("moved\nsentence\n" + added.old_text + '\n' +
                                                                     added.new_text));
                removed.kind.clear();  // taken up by the move
                break;
            }
        }
        std::erase_if(changes_, [](const auto& entry) { return entry.second.kind.empty(); });
    }

    std::vector<FrameworkChange> take() {
        std::stable_sort(changes_.begin(), changes_.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<FrameworkChange> result;
        for (auto& [position, change] : changes_) {
            change.ordinal = static_cast<int>(result.size()) + 1;
            result.push_back(std::move(change));
        }
        return result;
    }

private:
    const Outline& draft_;
    const Outline& revised_;
    std::vector<std::pair<double, FrameworkChange>> changes_;
};

// Two versions of one passage, compared sentence by sentence: identical sentences (in any order)
// are unchanged, alike ones rewritten, the rest added or removed.
void compare_sentences(ChangeList& changes, double position, const Text& old_text, const Text& new_text,
                       double threshold) {
    struct Sentence {
        std::string_view text;
        WordSet words;
        bool used = false;
    };
    auto split = [](const std::string& text) {
        std::vector<Sentence> sentences;
        for (std::string_view sentence : sentences_of(text)) sentences.push_back({sentence, word_set(sentence), false});
        return sentences;
    };
    std::vector<Sentence> old_sentences = split(old_text.text), new_sentences = split(new_text.text);
    for (Sentence& added : new_sentences)
        for (Sentence& old : old_sentences)
            if (!old.used && old.text == added.text) {
                old.used = added.used = true;
                break;
            }
    for (size_t n = 0; n < new_sentences.size(); ++n) {
        Sentence& added = new_sentences[n];
        if (added.used) continue;
        Sentence* best = nullptr;
        double best_similarity = threshold;
        for (Sentence& old : old_sentences) {
            if (old.used) continue;
            const double similarity = sentence_likeness(added.words, old.words);
            if (similarity >= best_similarity && (!best || similarity > best_similarity)) {
                best = &old;
                best_similarity = similarity;
            }
        }
        const double at = position + 0.001 * static_cast<double>(n);
        if (best) {
            best->used = added.used = true;
            changes.add(at, "rewritten", "sentence", &old_text, best->text, &new_text, added.text);
        } else {
            added.used = true;
            changes.add(at, "added", "sentence", nullptr, {}, &new_text, added.text);
        }
    }
    for (const Sentence& old : old_sentences)
        if (!old.used) changes.add(position + 0.0009, "removed", "sentence", &old_text, old.text, nullptr, {});
}

}  // namespace

std::vector<FrameworkChange> compare_frameworks(const Framework& draft, const Framework& revised,
                                                const DiffThresholds& thresholds) {
    const Outline draft_outline(draft), revised_outline(revised);
    const auto paired = pair_sections(draft, revised);
    std::vector<Text> old_texts = texts_of(draft, nullptr);
    std::vector<Text> new_texts = texts_of(revised, &paired);
    std::vector<std::optional<size_t>> partner(new_texts.size());  // the draft text each revised one continues

    // 1. The same text: unchanged where it stayed in its section, else moved. Same place first.
    for (int pass = 0; pass < 2; ++pass)
        for (size_t n = 0; n < new_texts.size(); ++n) {
            if (partner[n]) continue;
            for (size_t o = 0; o < old_texts.size(); ++o) {
                if (old_texts[o].used || old_texts[o].text != new_texts[n].text) continue;
                if (pass == 0 && old_texts[o].place != new_texts[n].place) continue;
                old_texts[o].used = true;
                partner[n] = o;
                break;
            }
        }
    // 2. An edited passage of the same section, then 3. one moved elsewhere (and maybe edited).
    for (int pass = 0; pass < 2; ++pass)
        for (size_t n = 0; n < new_texts.size(); ++n) {
            if (partner[n]) continue;
            const std::string& place = new_texts[n].place;
            partner[n] = pass == 0 ? most_alike(old_texts, new_texts[n].words, thresholds.passage,
                                                [&](const Text& t) { return t.place == place; })
                                   : most_alike(old_texts, new_texts[n].words, thresholds.moved,
                                                [](const Text&) { return true; });
            if (partner[n]) old_texts[*partner[n]].used = true;
        }

    ChangeList changes(draft_outline, revised_outline);
    std::map<size_t, double> position_of_old;  // draft text -> the position its revised version took
    for (size_t n = 0; n < new_texts.size(); ++n) {
        const double position = static_cast<double>(n);
        const Text& now = new_texts[n];
        if (!partner[n]) {
            changes.add(position, "added", "passage", nullptr, {}, &now, now.text);
            continue;
        }
        const Text& before = old_texts[*partner[n]];
        position_of_old[*partner[n]] = position;
        if (before.place != now.place) {
            changes.add(position, "moved", "passage", &before, before.text, &now, now.text);
        } else if (before.text != now.text) {
            compare_sentences(changes, position, before, now, thresholds.sentence);
        }
    }
    double last_position = -1;
    for (size_t o = 0; o < old_texts.size(); ++o) {
        if (auto it = position_of_old.find(o); it != position_of_old.end()) {
            last_position = it->second;
            continue;
        }
        if (!old_texts[o].used)
            changes.add(last_position + 0.5, "removed", "passage", &old_texts[o], old_texts[o].text, nullptr, {});
    }
    changes.join_moved_sentences();
    return changes.take();
}

}  // namespace inspraak::core
