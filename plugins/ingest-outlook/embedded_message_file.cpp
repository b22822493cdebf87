#include "embedded_message_file.hpp"

#include <array>

namespace inspraak::ingest::outlook {
namespace {

constexpr const char* kPropertiesStream = "__properties_version1.0";
constexpr std::size_t kEmbeddedHeader = 24;
constexpr std::size_t kTopLevelHeader = 32;

void write_or_throw(GsfOutput* output, const std::string& bytes) {
    if (!bytes.empty() &&
        !gsf_output_write(output, bytes.size(), reinterpret_cast<const guint8*>(bytes.data())))
        throw UnreadableMessage("bijgevoegd bericht kon niet worden overgenomen");
}

// Closes an output (if still open) before dropping our reference, as libgsf wants, also when
// the copy is abandoned half-way.
struct ClosingOutput {
    GObjectPtr<GsfOutput> output;
    ~ClosingOutput() {
        if (output && !gsf_output_is_closed(output.get())) gsf_output_close(output.get());
    }
};

// IPM.Note's CLSID {00020D0B-0000-0000-C000-000000000046}, which a .msg file's root carries.
constexpr std::array<guint8, 16> kMessageClsid{0x0B, 0x0D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00,
                                               0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46};

void copy_class_id(GsfInfile* from, GsfOutfile* to, bool is_root) {
    std::array<guint8, 16> clsid{};
    if (GSF_IS_INFILE_MSOLE(from)) gsf_infile_msole_get_class_id(GSF_INFILE_MSOLE(from), clsid.data());
    // Not every writer marks an embedded message's storage; the new file's root must be marked.
    if (is_root && clsid == std::array<guint8, 16>{}) clsid = kMessageClsid;
    if (GSF_IS_OUTFILE_MSOLE(to)) gsf_outfile_msole_set_class_id(GSF_OUTFILE_MSOLE(to), clsid.data());
}

void copy_storage(GsfInfile* from, GsfOutfile* to, ReadBudget& budget, int depth, bool is_root) {
    if (depth > kMaxStorageDepth) throw UnreadableMessage("bijgevoegde berichten zijn te diep genest");
    copy_class_id(from, to, is_root);
    const int count = gsf_infile_num_children(from);
    for (int i = 0; i < count; ++i) {
        const char* name = gsf_infile_name_by_index(from, i);
        GObjectPtr<GsfInput> child(gsf_infile_child_by_index(from, i));
        if (name == nullptr || !child) throw UnreadableMessage("bijgevoegd bericht is beschadigd");
        const bool directory = is_storage(child.get());
        ClosingOutput out{GObjectPtr<GsfOutput>(gsf_outfile_new_child(to, name, directory))};
        if (!out.output) throw UnreadableMessage("bijgevoegd bericht kon niet worden overgenomen");
        if (directory) {
            copy_storage(GSF_INFILE(child.get()), GSF_OUTFILE(out.output.get()), budget, depth + 1, false);
            continue;
        }
        std::string bytes = read_all(child.get(), budget);
        if (is_root && std::string_view(name) == kPropertiesStream && bytes.size() >= kEmbeddedHeader)
            bytes.insert(kEmbeddedHeader, kTopLevelHeader - kEmbeddedHeader, '\0');
        write_or_throw(out.output.get(), bytes);
    }
}

}  // namespace

std::string embedded_message_file(const OleStorage& message, const std::optional<OleStorage>& named_properties,
                                  ReadBudget& budget) {
    ClosingOutput sink{GObjectPtr<GsfOutput>(gsf_output_memory_new())};
    {
        ClosingOutput root{GObjectPtr<GsfOutput>(GSF_OUTPUT(gsf_outfile_msole_new(sink.output.get())))};
        if (!root.output) throw UnreadableMessage("bijgevoegd bericht kon niet worden overgenomen");
        auto* root_storage = GSF_OUTFILE(root.output.get());
        copy_storage(message.get(), root_storage, budget, 0, true);
        if (named_properties) {
            ClosingOutput out{GObjectPtr<GsfOutput>(gsf_outfile_new_child(root_storage, "__nameid_version1.0", TRUE))};
            if (!out.output) throw UnreadableMessage("bijgevoegd bericht kon niet worden overgenomen");
            copy_storage(named_properties->get(), GSF_OUTFILE(out.output.get()), budget, 1, false);
        }
    }  // closing the root writes the compound file into the sink, and closes the sink
    if (!gsf_output_is_closed(sink.output.get())) gsf_output_close(sink.output.get());
    std::string file;
    const guint8* bytes = gsf_output_memory_get_bytes(GSF_OUTPUT_MEMORY(sink.output.get()));
    const gsf_off_t size = gsf_output_size(sink.output.get());
    if (bytes == nullptr || size <= 0) throw UnreadableMessage("bijgevoegd bericht kon niet worden overgenomen");
    file.assign(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
    return file;
}

}  // namespace inspraak::ingest::outlook
