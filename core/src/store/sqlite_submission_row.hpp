// One way to read a submission from a row of the SQLite backend's queries: the columns
// s.id, f.path, s.index_in_file, k.name, k.organisation, k.grp, k.email, k.phone, s.subject,
// s.date, s.body, s.reference, s.notes, in this order from column `first` on.
#pragma once

#include "store/json_list.hpp"
#include "store/store.hpp"

namespace inspraak::core {

template <typename Row>
StoredSubmission read_submission_columns(const Row& row, int first) {
    StoredSubmission submission;
    submission.id = row.text(first);
    submission.source = row.text(first + 1);
    submission.index_in_file = static_cast<int>(row.integer(first + 2));
    submission.stakeholder = Stakeholder{row.text(first + 3), row.text(first + 4), row.text(first + 5),
                                         row.text(first + 6), row.text(first + 7)};
    submission.subject = row.text(first + 8);
    submission.date = row.text(first + 9);
    submission.body = row.text(first + 10);
    submission.reference = row.text(first + 11);
    submission.notes = from_json_list(row.text(first + 12));
    return submission;
}

}  // namespace inspraak::core
