#include "classify_bm25/fts5_tokenizer.hpp"

#include <sqlite3.h>

#include <new>
#include <stdexcept>
#include <string>

#include "classify_bm25/tokenizer.hpp"

namespace inspraak::classify_bm25 {
namespace {

// FTS5's Fts5Tokenizer is opaque: ours is a Tokenizer behind the same pointer.
Tokenizer* as_tokenizer(Fts5Tokenizer* p) { return reinterpret_cast<Tokenizer*>(p); }

// These callbacks are called from C: nothing may throw out of them.
int create_tokenizer(void* /*context*/, const char** args, int arg_count, Fts5Tokenizer** out) {
    try {
        const Language language = parse_language(arg_count > 0 ? args[0] : "nl");
        *out = reinterpret_cast<Fts5Tokenizer*>(new Tokenizer(language));
        return SQLITE_OK;
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM;
    } catch (...) {
        return SQLITE_ERROR;
    }
}

void delete_tokenizer(Fts5Tokenizer* tokenizer) { delete as_tokenizer(tokenizer); }

int tokenize(Fts5Tokenizer* tokenizer, void* context, int /*flags*/, const char* text, int length,
             int (*emit)(void*, int, const char*, int, int, int)) {
    try {
        if (text == nullptr || length <= 0) return SQLITE_OK;
        // Documents and queries are tokenized alike: a quoted word in a MATCH query becomes the
        // same stem as that word in a passage.
        for (const Token& token : as_tokenizer(tokenizer)->tokenize(std::string_view(text, static_cast<std::size_t>(length)))) {
            const int rc = emit(context, 0, token.term.data(), static_cast<int>(token.term.size()),
                                static_cast<int>(token.begin), static_cast<int>(token.end));
            if (rc != SQLITE_OK) return rc;
        }
        return SQLITE_OK;
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM;
    } catch (...) {
        return SQLITE_ERROR;
    }
}

fts5_api* fts5_api_of(sqlite3* db) {
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("classify-bm25: SQLite has no FTS5: ") + sqlite3_errmsg(db));
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (api == nullptr || api->iVersion < 2) throw std::runtime_error("classify-bm25: SQLite has no usable FTS5 API");
    return api;
}

}  // namespace

void register_fts5_tokenizer(sqlite3* db) {
    fts5_api* api = fts5_api_of(db);
    fts5_tokenizer callbacks{&create_tokenizer, &delete_tokenizer, &tokenize};
    if (api->xCreateTokenizer(api, fts5_tokenizer_name, nullptr, &callbacks, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("classify-bm25: cannot register the FTS5 tokenizer: ") + sqlite3_errmsg(db));
}

}  // namespace inspraak::classify_bm25
