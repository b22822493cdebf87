// SDK for report plugins: finds a report template and its labels in the templates folder, so
// that the officer can change the wording of the memo without a rebuild:
// <dir>/<language>/<file>, else <dir>/nl/<file>.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "inspraak/result.hpp"

namespace inspraak::report {

// The text of <templates_dir>/<language>/<file_name>, falling back to the "nl" folder. The Error
// names every path that was tried. An empty language means "nl"; a language that is not a plain
// folder name (letters, digits, '-', '_') is an Error.
Result<std::string> read_template_file(const std::string& templates_dir, const std::string& language,
                                       const std::string& file_name);

// labels.json: a JSON object of strings; <language>/labels.json over nl/labels.json, so that a
// partial translation still has every label.
Result<nlohmann::json> read_labels(const std::string& templates_dir, const std::string& language);

}  // namespace inspraak::report
