// A storage (directory) of an OLE2 compound file, read with libgsf, with every stream read
// bounded by the plugin's limits.
#pragma once

#include <gsf/gsf.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "gobject_ptr.hpp"
#include "inspraak/result.hpp"
#include "reading_limits.hpp"

namespace inspraak::ingest::outlook {

// Thrown while reading a message when a limit is passed or the compound file is damaged
// beyond use; read_msg turns it into an Error. Its message is Dutch, for the officer.
class UnreadableMessage : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class OleStorage {
public:
    // The root storage of the compound file in `bytes`, which must outlive the storage.
    static Result<OleStorage> open_root(std::string_view bytes);

    explicit OleStorage(GObjectPtr<GsfInfile> infile) : infile_(std::move(infile)) {}
    // Copies share the storage (GObject references).
    OleStorage(const OleStorage& other) : source_(add_ref(other.source_)), infile_(add_ref(other.infile_)) {}
    OleStorage& operator=(const OleStorage& other) {
        if (this != &other) {
            source_ = add_ref(other.source_);
            infile_ = add_ref(other.infile_);
        }
        return *this;
    }
    OleStorage(OleStorage&&) = default;
    OleStorage& operator=(OleStorage&&) = default;
    ~OleStorage() = default;

    // A sub-storage, or nothing when there is none by that name (or it is a stream).
    std::optional<OleStorage> storage(const std::string& name) const;
    // A stream's bytes, or nothing when there is none by that name. Throws UnreadableMessage
    // when the stream is larger than kMaxStreamBytes, passes the file's budget or cannot be read.
    std::optional<std::string> stream(const std::string& name, ReadBudget& budget) const;
    // The names of the children, in directory order.
    std::vector<std::string> child_names() const;

    GsfInfile* get() const { return infile_.get(); }

private:
    GObjectPtr<GsfInput> source_;  // the root's memory input (kept alive with the root)
    GObjectPtr<GsfInfile> infile_;
};

// Whether a child of an OLE storage is itself a storage (streams have no child count).
bool is_storage(GsfInput* child);

// The whole of `input` (a stream), within the limits; throws UnreadableMessage otherwise.
std::string read_all(GsfInput* input, ReadBudget& budget);

}  // namespace inspraak::ingest::outlook
