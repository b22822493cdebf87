#include "document_blocks.hpp"

#include <algorithm>

#include "inspraak/text.hpp"
#include "table_points.hpp"

namespace inspraak::ingest {
namespace {

// Collects lines, putting a blank line between blocks except between items of one list.
class MarkdownWriter {
public:
    // `list_id` is empty for anything but a list item.
    void block(const std::string& line, const std::string& list_id) {
        if (!out_.empty()) out_ += (!list_id.empty() && list_id == last_list_id_) ? "\n" : "\n\n";
        out_ += line;
        last_list_id_ = list_id;
    }
    std::string take() { return out_.empty() ? out_ : out_ + "\n"; }

private:
    std::string out_;
    std::string last_list_id_;
};

}  // namespace

std::string render_markdown(const std::vector<DocumentBlock>& blocks) {
    MarkdownWriter writer;
    int tables = 0;
    for (const DocumentBlock& block : blocks) {
        if (block.kind == DocumentBlock::Kind::table) {
            TableText table = table_to_text(block.rows);
            const std::string list_id = table.remarks ? "table " + std::to_string(++tables) : "";
            for (const std::string& item : table.texts) writer.block(table.remarks ? "- " + item : item, list_id);
            continue;
        }
        std::string text = text::normalize_whitespace(block.text);
        if (text.empty()) continue;
        switch (block.kind) {
            case DocumentBlock::Kind::heading:
                writer.block(std::string(static_cast<size_t>(std::clamp(block.level, 1, 6)), '#') + " " + text, "");
                break;
            case DocumentBlock::Kind::list_item: {
                std::string indent(static_cast<size_t>(2 * std::clamp(block.level, 0, 8)), ' ');
                std::string marker = block.ordered ? std::to_string(block.number) + "." : "-";
                writer.block(indent + marker + " " + text, block.list_id.empty() ? "list" : block.list_id);
                break;
            }
            default:
                writer.block(text, "");
        }
    }
    return writer.take();
}

}  // namespace inspraak::ingest
