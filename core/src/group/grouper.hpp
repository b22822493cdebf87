// Campaign and duplicate grouping: points that are identical or nearly so (40 residents sending
// the same letter, each with their own opening line; an organisation sending a remark twice) are
// put in one group, published once with the number of senders.
//
// How: each point's folded words are cut into shingles of three words; MinHash signatures with
// LSH banding propose candidate pairs, and a pair joins when the exact Jaccard similarity of
// their shingle sets reaches the threshold. Groups are the connected components (union-find),
// so a near-copy of a near-copy joins too. Everything is deterministic: the same points give the
// same groups in every run and on every machine.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace inspraak::core::group {

struct GroupInput {
    std::string_view text;
    // Where the point stands in its submission (its heading, e.g. a web-form question). Only
    // short points use it: "Eens." under question 3 and "Eens." under question 5 are different
    // answers, while a long paragraph says by itself what it is about.
    std::string_view context;
};

struct GroupOptions {
    double threshold = 0.8;         // Jaccard similarity of the shingle sets, 0 < t <= 1
    std::size_t shingle_words = 3;
    // Points with fewer words join a group only when they are identical (after folding) and
    // stand under the same heading. A handful of words shares a large part of its shingles with
    // too many unrelated points ("Eens, goed plan." / "Eens, slecht plan."), so near-duplicate
    // matching would lump together what means different things; identical short answers
    // however are a campaign as much as long ones.
    std::size_t min_words = 6;
    std::size_t hashes = 128;       // MinHash functions per signature
    uint64_t seed = 0x1a5b7a3f00c0ffeeULL;
    // At most this many distinct groups are compared with in one LSH bucket. A bucket holds
    // near-duplicates by construction; a huge bucket of unrelated points (a pathological
    // collision) would otherwise cost quadratic time.
    std::size_t bucket_probe_limit = 32;
};

struct Membership {
    std::size_t lead = 0;     // index of the group's first point (the point itself when alone)
    double similarity = 1.0;  // Jaccard similarity of the point's shingles with the lead's
};

// One Membership per input, in the same order. The inputs must be in submission order: a group's
// lead is its first point in that order.
std::vector<Membership> group_points(std::span<const GroupInput> points, const GroupOptions& options = {});

}  // namespace inspraak::core::group
