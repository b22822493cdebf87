#include "store/store_copy.hpp"

#include <algorithm>
#include <iterator>

#include "store/store_backup.hpp"

namespace inspraak::core {
namespace {

// Both stores hold exactly the tables this inspraak knows how to copy: otherwise a copy would
// leave something out without a word.
void check_tables(Store& store, const std::string& name) {
    std::vector<std::string> known(copied_tables.begin(), copied_tables.end());
    std::vector<std::string> found = store.table_names();
    std::sort(known.begin(), known.end());
    std::sort(found.begin(), found.end());
    std::vector<std::string> unknown;
    std::set_difference(found.begin(), found.end(), known.begin(), known.end(), std::back_inserter(unknown));
    std::vector<std::string> missing;
    std::set_difference(known.begin(), known.end(), found.begin(), found.end(), std::back_inserter(missing));
    if (unknown.empty() && missing.empty()) return;
    std::string names;
    for (const auto& table : unknown.empty() ? missing : unknown) names += (names.empty() ? "" : ", ") + table;
    throw StoreError(ErrorKind::internal, Message{"store.copy_tables_differ", {name, names}});
}

}  // namespace

TableRows sorted_table_rows(Store& store, std::string_view table) {
    TableRows rows = store.table_rows(std::string(table));
    std::sort(rows.rows.begin(), rows.rows.end());
    return rows;
}

CopiedRows copy_round(Store& from, const std::string& from_name, Store& to, const std::string& to_name) {
    if (from.schema_version() != to.schema_version())
        throw StoreError(ErrorKind::internal, Message{"store.copy_schema_differs",
                                                      {to_name, std::to_string(from.schema_version()),
                                                       std::to_string(to.schema_version())}});
    return from.write([&](Store&) {
        return to.write([&](Store&) {
            // Checked inside the target's write: nobody can add a file between the check and the copy.
            refuse_non_empty_target(to, to_name, "store.copy_target_not_empty");
            check_tables(from, from_name);
            check_tables(to, to_name);
            for (auto table = copied_tables.rbegin(); table != copied_tables.rend(); ++table)
                to.clear_table(std::string(*table));
            CopiedRows copied;
            for (auto table : copied_tables) {
                TableRows rows = sorted_table_rows(from, table);
                to.insert_rows(std::string(table), rows);
                copied.emplace_back(table, static_cast<int64_t>(rows.rows.size()));
            }
            to.continue_ids();
            return copied;
        });
    });
}

}  // namespace inspraak::core
