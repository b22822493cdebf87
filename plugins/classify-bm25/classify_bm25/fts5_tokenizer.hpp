// Registers Tokenizer with a SQLite connection as the FTS5 tokenizer "inspraak", so that the
// index and the MATCH queries see exactly the terms the C++ side sees.
//
//   CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'inspraak nl');   -- or 'inspraak en'
//
// Each FTS5 table gets its own Tokenizer instance (FTS5 calls xCreate per table).
#pragma once

struct sqlite3;

namespace inspraak::classify_bm25 {

inline constexpr const char* fts5_tokenizer_name = "inspraak";

// Throws std::runtime_error when the connection has no FTS5 or registration fails.
void register_fts5_tokenizer(sqlite3* db);

}  // namespace inspraak::classify_bm25
