#include "group/minhash.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace inspraak::core::group {
namespace {

uint64_t splitmix64(uint64_t& state) {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

}  // namespace

MinHasher::MinHasher(std::size_t count, uint64_t seed) : a_(count), b_(count) {
    uint64_t state = seed;
    for (std::size_t k = 0; k < count; ++k) {
        a_[k] = splitmix64(state) | 1;  // odd: a bijection on 64-bit words
        b_[k] = splitmix64(state);
    }
}

void MinHasher::sign(const std::vector<uint64_t>& shingles, std::span<uint32_t> signature) const {
    std::fill(signature.begin(), signature.end(), std::numeric_limits<uint32_t>::max());
    const std::size_t count = std::min(signature.size(), a_.size());
    for (uint64_t x : shingles) {
        for (std::size_t k = 0; k < count; ++k) {
            const auto value = static_cast<uint32_t>((a_[k] * x + b_[k]) >> 32);
            signature[k] = std::min(signature[k], value);
        }
    }
}

double candidate_probability(const Banding& banding, double similarity) {
    const double all_rows = std::pow(similarity, static_cast<double>(banding.rows));
    return 1.0 - std::pow(1.0 - all_rows, static_cast<double>(banding.bands));
}

Banding choose_banding(std::size_t signature_size, double threshold, double recall) {
    Banding best{signature_size, 1};  // one row per band: every shared value makes a candidate
    for (std::size_t rows = 2; rows <= signature_size; ++rows) {
        Banding banding{signature_size / rows, rows};
        if (candidate_probability(banding, threshold) >= recall) best = banding;
    }
    return best;
}

}  // namespace inspraak::core::group
