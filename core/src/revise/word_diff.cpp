#include "revise/word_diff.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>

namespace inspraak::core {
namespace {

enum class Op { same, del, ins };

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
        size_t end = at;
        while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
        if (end > at) out.push_back(text.substr(at, end - at));
        at = end;
    }
    return out;
}

struct WordOp {
    Op op;
    std::string_view word;
};

// The alignment along a longest common subsequence (table of suffix lengths), deletions of a
// differing stretch before its insertions.
std::vector<WordOp> align(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    const size_t n = a.size(), m = b.size();
    std::vector<std::vector<uint32_t>> lcs(n + 1, std::vector<uint32_t>(m + 1, 0));
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::vector<WordOp> ops;
    std::vector<WordOp> inserted;  // held back until the stretch's deletions are out
    size_t i = 0, j = 0;
    auto flush = [&] {
        ops.insert(ops.end(), inserted.begin(), inserted.end());
        inserted.clear();
    };
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            flush();
            ops.push_back({Op::same, a[i++]});
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            inserted.push_back({Op::ins, b[j++]});
        } else {
            ops.push_back({Op::del, a[i++]});
        }
    }
    flush();
    return ops;
}

const char* op_name(Op op) {
    switch (op) {
        case Op::same: return "same";
        case Op::del: return "del";
        case Op::ins: return "ins";
    }
    return "same";
}

}  // namespace

std::vector<ReportTextSegment> word_diff(std::string_view old_text, std::string_view new_text, size_t max_words) {
    const auto a = words(old_text);
    const auto b = words(new_text);
    std::vector<WordOp> ops;
    if (a.size() > max_words || b.size() > max_words) {
        for (auto w : a) ops.push_back({Op::del, w});
        for (auto w : b) ops.push_back({Op::ins, w});
    } else {
        ops = align(a, b);
    }

    std::vector<ReportTextSegment> segments;
    Op last = Op::same;
    for (const WordOp& op : ops) {
        std::string prefix;
        if (!segments.empty()) {
            if (op.op == last) {
                segments.back().text += ' ';
                segments.back().text += op.word;
                continue;
            }
            // The space between two segments stays with the kept text; between a deletion and
            // the insertion that takes its place there is none (align puts deletions first).
            if (last == Op::same) {
                segments.back().text += ' ';
            } else if (op.op == Op::same) {
                prefix = " ";
            }
        }
        segments.push_back({op_name(op.op), prefix + std::string(op.word)});
        last = op.op;
    }
    return segments;
}

}  // namespace inspraak::core
