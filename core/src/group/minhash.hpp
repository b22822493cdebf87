// MinHash signatures and LSH banding: a cheap way to find the pairs of points whose shingle sets
// are probably similar, without comparing every point with every other.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace inspraak::core::group {

// `count` hash functions h_k(x) = a_k·x + b_k (mod 2^64, a_k odd), their coefficients drawn from
// splitmix64 started at `seed`: the same seed gives the same signatures on every machine. The
// shingle hashes are already well mixed, so a multiply-add per function is permutation enough,
// and it is what keeps 100,000 points in the seconds.
class MinHasher {
public:
    MinHasher(std::size_t count, uint64_t seed);
    std::size_t size() const { return a_.size(); }
    // Writes size() values into `signature`: per function the least (upper 32 bits of the) hash
    // over the shingles. Two sets agree in a value with probability equal to their Jaccard
    // similarity.
    void sign(const std::vector<uint64_t>& shingles, std::span<uint32_t> signature) const;

private:
    std::vector<uint64_t> a_;
    std::vector<uint64_t> b_;
};

// A signature cut into `bands` bands of `rows` values: two points become a candidate pair when
// all rows of at least one band agree, which for Jaccard similarity s happens with probability
// 1 - (1 - s^rows)^bands.
struct Banding {
    std::size_t bands = 0;
    std::size_t rows = 0;
};

// The banding over `signature_size` values that is most selective (most rows per band) while a
// pair exactly at `threshold` still becomes a candidate with probability >= `recall`.
Banding choose_banding(std::size_t signature_size, double threshold, double recall = 0.99);

// The probability above for one banding.
double candidate_probability(const Banding& banding, double similarity);

}  // namespace inspraak::core::group
