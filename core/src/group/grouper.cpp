#include "group/grouper.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>

#include "group/minhash.hpp"
#include "group/shingles.hpp"
#include "group/union_find.hpp"

namespace inspraak::core::group {
namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& word : words) {
        out += word;
        out += ' ';
    }
    return out;
}

// One bucket key per band: the band's rows hashed together with the band's number, so that equal
// values in different bands do not meet.
uint64_t band_key(std::span<const uint32_t> rows, std::size_t band) {
    uint64_t h = 0x9e3779b97f4a7c15ULL * (band + 1);
    for (uint32_t value : rows) {
        h ^= value;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    return h;
}

// A text's identity for step 1: two 64-bit hashes of its folded words (and heading) with
// different seeds, instead of the folded text itself, which at a million points would hold every
// text a second time. Two different texts share both hashes with a chance of about 2^-128 per pair.
struct TextKey {
    uint64_t first = 0;
    uint64_t second = 0;
    bool operator==(const TextKey&) const = default;
};

struct TextKeyHash {
    std::size_t operator()(const TextKey& key) const noexcept { return static_cast<std::size_t>(key.first); }
};

TextKey text_key(const std::string& text) {
    return TextKey{stable_hash(text, 0x5eed0001), stable_hash(text, 0x5eed0002)};
}

void check(const GroupOptions& options) {
    if (!(options.threshold > 0 && options.threshold <= 1))
        throw std::invalid_argument("groeperen: de drempel moet tussen 0 en 1 liggen");
    if (options.hashes == 0 || options.shingle_words == 0)
        throw std::invalid_argument("groeperen: minstens één hashfunctie en één woord per shingle nodig");
}

}  // namespace

std::vector<Membership> group_points(std::span<const GroupInput> points, const GroupOptions& options) {
    check(options);
    const std::size_t n = points.size();
    UnionFind sets(n);

    // 1. Identical texts (after folding) join at once; only the first of each text takes part in
    //    near-duplicate matching, which keeps a campaign of thousands of copies cheap.
    std::vector<std::size_t> first_copy(n, none);
    std::vector<std::vector<uint64_t>> shingles(n);
    std::vector<std::size_t> distinct;  // long points that are the first of their text
    {
        std::unordered_map<TextKey, std::size_t, TextKeyHash> first_by_text;
        first_by_text.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            const auto words = folded_words(points[i].text);
            if (words.empty()) continue;  // nothing to compare: stands alone
            const bool is_short = words.size() < options.min_words;
            std::string key = is_short ? "s " + joined(words) + "\x1f" + joined(folded_words(points[i].context))
                                       : "l " + joined(words);
            auto [it, inserted] = first_by_text.emplace(text_key(key), i);
            first_copy[i] = it->second;
            if (!inserted) {
                sets.unite(it->second, i);
                continue;
            }
            if (!is_short) {
                shingles[i] = shingle_hashes(words, options.shingle_words);
                distinct.push_back(i);
            }
        }
    }

    // 2. MinHash signatures of the distinct long texts, kept as their band keys only (a band's
    //    rows hashed together): LSH compares nothing else, and the keys take a fraction of the
    //    signatures' memory.
    const MinHasher hasher(options.hashes, options.seed);
    const std::size_t width = hasher.size();
    const Banding banding = choose_banding(width, options.threshold);
    std::vector<uint64_t> band_keys(distinct.size() * banding.bands);
    {
        std::vector<uint32_t> signature(width);
        for (std::size_t j = 0; j < distinct.size(); ++j) {
            hasher.sign(shingles[distinct[j]], signature);
            for (std::size_t band = 0; band < banding.bands; ++band)
                band_keys[j * banding.bands + band] =
                    band_key(std::span<const uint32_t>(signature).subspan(band * banding.rows, banding.rows), band);
        }
    }

    // 3. LSH: per band, sort (bucket key, position) pairs; a run of equal keys is a bucket of
    //    candidates. Sorting rather than hashing keeps the order, and with it the result, fixed.
    std::vector<std::pair<uint64_t, uint32_t>> entries(distinct.size());
    std::vector<std::size_t> representatives;
    for (std::size_t band = 0; band < banding.bands; ++band) {
        for (std::size_t j = 0; j < distinct.size(); ++j)
            entries[j] = {band_keys[j * banding.bands + band], static_cast<uint32_t>(j)};
        std::sort(entries.begin(), entries.end());
        for (std::size_t begin = 0; begin < entries.size();) {
            std::size_t end = begin + 1;
            while (end < entries.size() && entries[end].first == entries[begin].first) ++end;
            if (end - begin < 2) {
                begin = end;
                continue;
            }
            // Each point is compared with one point of every group met so far in the bucket
            // (not with every point): a campaign in one bucket costs linear time.
            representatives.clear();
            for (std::size_t e = begin; e < end; ++e) {
                const std::size_t i = distinct[entries[e].second];
                bool placed = false;
                for (std::size_t r : representatives)
                    if (sets.find(r) == sets.find(i)) {
                        placed = true;
                        break;
                    }
                for (std::size_t k = 0; !placed && k < representatives.size(); ++k)
                    if (jaccard(shingles[representatives[k]], shingles[i]) >= options.threshold) {
                        sets.unite(representatives[k], i);
                        placed = true;
                    }
                if (!placed && representatives.size() < options.bucket_probe_limit) representatives.push_back(i);
            }
            begin = end;
        }
    }

    // 4. Each point's lead (the smallest index in its set) and its similarity with the lead.
    std::vector<Membership> result(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t lead = sets.find(i);
        result[i].lead = lead;
        if (lead == i || first_copy[i] == first_copy[lead]) continue;  // itself or an exact copy: 1.0
        result[i].similarity = jaccard(shingles[first_copy[i]], shingles[first_copy[lead]]);
    }
    return result;
}

}  // namespace inspraak::core::group
