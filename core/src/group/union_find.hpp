// Disjoint sets over 0..n-1 whose representative is always the set's smallest index, so that a
// group's root is its first point in submission order.
#pragma once

#include <cstddef>
#include <numeric>
#include <vector>

namespace inspraak::core::group {

class UnionFind {
public:
    explicit UnionFind(std::size_t size) : parent_(size) { std::iota(parent_.begin(), parent_.end(), std::size_t{0}); }

    std::size_t find(std::size_t x) {
        while (parent_[x] != x) {
            parent_[x] = parent_[parent_[x]];  // path halving
            x = parent_[x];
        }
        return x;
    }

    // Returns whether the two were in different sets.
    bool unite(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a == b) return false;
        if (b < a) std::swap(a, b);
        parent_[b] = a;
        return true;
    }

private:
    std::vector<std::size_t> parent_;
};

}  // namespace inspraak::core::group
