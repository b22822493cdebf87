// LibreOffice for end-to-end checks: find soffice on PATH and convert a .docx to plain text with
// a private profile, so that parallel tests neither share nor touch a user's profile.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace docx_test {

// The soffice on PATH, or empty when LibreOffice is not installed.
std::filesystem::path find_soffice();

// The document's text as LibreOffice exports it ("Text (encoded)", UTF-8), or nothing when the
// conversion failed. `work` is a scratch folder for the profile and the output.
std::optional<std::string> docx_to_text(const std::filesystem::path& soffice, const std::filesystem::path& docx,
                                        const std::filesystem::path& work);

// White space runs as one space, trimmed: LibreOffice wraps nothing in text export, but table
// cells and line breaks come out as line ends.
std::string squash_whitespace(const std::string& text);

}  // namespace docx_test
