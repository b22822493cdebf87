// One page of a list of points (the points list, a chapter's page): which page the address asks
// for (?page=N, counted from 1), and the lines and links the templates show with it.
#pragma once

#include <kainjow/mustache.hpp>

#include <cstdint>
#include <functional>
#include <string>

#include "web/page_request.hpp"

namespace inspraak::core {

class ListPaging {
public:
    ListPaging(const PageRequest& request, int64_t page_size);

    int64_t page() const { return page_; }
    int64_t limit() const { return size_; }
    int64_t offset() const { return (page_ - 1) * size_; }

    // Sets count_line ("123 punten"), page_line ("Pagina 2 / 3"), and previous and next where
    // there are such pages; `link(n)` is the address of page n.
    void describe(kainjow::mustache::data& data, int64_t total, const PageRequest& request,
                  const std::function<std::string(int64_t)>& link) const;

private:
    int64_t page_ = 1;
    int64_t size_;
};

}  // namespace inspraak::core
