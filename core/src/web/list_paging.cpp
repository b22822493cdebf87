#include "web/list_paging.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>

namespace inspraak::core {

ListPaging::ListPaging(const PageRequest& request, int64_t page_size) : size_(page_size) {
    const std::string text = request.field("page");
    std::from_chars(text.data(), text.data() + text.size(), page_);
    page_ = std::max<int64_t>(page_, 1);
}

void ListPaging::describe(kainjow::mustache::data& data, int64_t total, const PageRequest& request,
                          const std::function<std::string(int64_t)>& link) const {
    const int64_t pages = std::max<int64_t>((total + size_ - 1) / size_, 1);
    data.set("count_line", fmt::format("{} {}", total, request.label("points_found")));
    data.set("page_line", fmt::format("{} {} / {}", request.label("page"), page_, pages));
    if (page_ > 1) data.set("previous", link(page_ - 1));
    if (page_ < pages) data.set("next", link(page_ + 1));
}

}  // namespace inspraak::core
