#include "ole_storage.hpp"

namespace inspraak::ingest::outlook {

Result<OleStorage> OleStorage::open_root(std::string_view bytes) {
    // No copy: the memory input reads `bytes` in place.
    GObjectPtr<GsfInput> source(gsf_input_memory_new(reinterpret_cast<const guint8*>(bytes.data()),
                                                     static_cast<gsf_off_t>(bytes.size()), FALSE));
    if (!source) return Error{"kan niet worden gelezen"};
    GError* raw_error = nullptr;
    GObjectPtr<GsfInfile> infile(gsf_infile_msole_new(source.get(), &raw_error));
    GErrorPtr error(raw_error);
    if (!infile) return Error{"de OLE-structuur is beschadigd of ontbreekt"};
    OleStorage root(std::move(infile));
    root.source_ = std::move(source);
    return root;
}

bool is_storage(GsfInput* child) {
    return child != nullptr && GSF_IS_INFILE(child) && gsf_infile_num_children(GSF_INFILE(child)) >= 0;
}

std::optional<OleStorage> OleStorage::storage(const std::string& name) const {
    GObjectPtr<GsfInput> child(gsf_infile_child_by_name(infile_.get(), name.c_str()));
    if (!child || !is_storage(child.get())) return std::nullopt;
    return OleStorage(GObjectPtr<GsfInfile>(GSF_INFILE(child.release())));
}

std::string read_all(GsfInput* input, ReadBudget& budget) {
    const gsf_off_t size = gsf_input_size(input);
    if (size < 0 || static_cast<std::size_t>(size) > kMaxStreamBytes)
        throw UnreadableMessage("een onderdeel is groter dan 64 MiB");
    if (!budget.take(static_cast<std::size_t>(size)))
        throw UnreadableMessage("de onderdelen samen zijn groter dan 256 MiB");
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (size > 0 && gsf_input_read(input, static_cast<std::size_t>(size), reinterpret_cast<guint8*>(bytes.data())) == nullptr)
        throw UnreadableMessage("een onderdeel is afgebroken of beschadigd");
    return bytes;
}

std::optional<std::string> OleStorage::stream(const std::string& name, ReadBudget& budget) const {
    GObjectPtr<GsfInput> child(gsf_infile_child_by_name(infile_.get(), name.c_str()));
    if (!child || is_storage(child.get())) return std::nullopt;
    return read_all(child.get(), budget);
}

std::vector<std::string> OleStorage::child_names() const {
    std::vector<std::string> names;
    const int count = gsf_infile_num_children(infile_.get());
    for (int i = 0; i < count; ++i)
        if (const char* name = gsf_infile_name_by_index(infile_.get(), i)) names.emplace_back(name);
    return names;
}

}  // namespace inspraak::ingest::outlook
