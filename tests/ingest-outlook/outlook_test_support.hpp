// Helpers for the Outlook tests: files are written with the test writers and read with the
// plugin's ingester.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "outlook_ingester.hpp"

namespace inspraak::test {

inline Result<IngestResult> read_outlook(const std::string& bytes, const std::string& name = "S01.msg") {
    ingest::OutlookIngester ingester;
    return ingester.read(SourceFile{"/tmp/" + name, "submissions/" + name, bytes});
}

inline const IngestedSubmission& only_submission(const Result<IngestResult>& result) {
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    EXPECT_EQ(result->submissions.size(), 1u);
    return result->submissions.front();
}

inline bool has_note(const IngestedSubmission& s, const std::string& note) {
    for (const auto& n : s.notes)
        if (n == note) return true;
    return false;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace inspraak::test
