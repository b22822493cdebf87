// What every fuzz target shares: the fuzzer's bytes as the SourceFile an ingest plugin reads, and
// the checks on what a plugin hands back. A failed check aborts, which libFuzzer reports as a
// crash with the input that caused it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "inspraak/plugin.hpp"
#include "inspraak/text.hpp"

namespace inspraak::fuzz {

// The input as text (may hold NUL bytes and invalid UTF-8, as a hostile file does).
inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// The input as a file in a round's submissions folder called `name`. The path points nowhere:
// ingest plugins read the bytes, and a side file next to it is not found, as for a lone file.
inline SourceFile source_file(const std::uint8_t* data, std::size_t size, const std::string& name) {
    return SourceFile{"/nonexistent/inspraak-fuzz/" + name, "submissions/" + name, std::string(bytes(data, size))};
}

[[noreturn]] inline void fail(const char* what, std::string_view detail) {
    std::fprintf(stderr, "fuzz check failed: %s: %.*s\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

// What the host relies on: text goes into the store and the JSON report, so it must be UTF-8
// (nlohmann::json refuses anything else when it writes).
inline void check_text(const char* what, std::string_view value) {
    if (!text::is_valid_utf8(value)) fail(what, "not valid UTF-8");
}

// Reads the input with `ingester` as file `name` and checks the result. An Error is a fine
// answer to a bad file; an exception escaping `read` (it is noexcept) ends the process.
inline void ingest(const Ingester& ingester, const std::uint8_t* data, std::size_t size, const std::string& name) {
    const Result<IngestResult> result = ingester.read(source_file(data, size, name));
    if (!result) {
        check_text("error message", result.error().message);
        return;
    }
    for (const IngestedSubmission& submission : result->submissions) {
        check_text("body", submission.body);
        check_text("subject", submission.subject);
        check_text("date", submission.date);
        check_text("reference", submission.reference);
        check_text("stakeholder name", submission.stakeholder.name);
        check_text("stakeholder organisation", submission.stakeholder.organisation);
        check_text("stakeholder group", submission.stakeholder.group);
        check_text("stakeholder e-mail", submission.stakeholder.email);
        check_text("stakeholder phone", submission.stakeholder.phone);
        for (const std::string& note : submission.notes) check_text("note", note);
    }
    for (const std::string& warning : result->warnings) check_text("warning", warning);
    for (const EmbeddedFile& file : result->embedded) {
        check_text("embedded file name", file.name);
        if (file.belongs_to < -1 || file.belongs_to >= static_cast<int>(result->submissions.size()))
            fail("embedded file", "belongs_to points at no submission");
    }
}

}  // namespace inspraak::fuzz
