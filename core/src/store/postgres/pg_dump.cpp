#include "store/postgres/pg_dump.hpp"

#include <fmt/core.h>
#include <unistd.h>

#include <fstream>
#include <memory>
#include <string>
#include <system_error>

#include "store/postgres/client_tools.hpp"
#include "store/postgres/connection.hpp"
#include "store/postgres/postgres_backend.hpp"
#include "store/postgres/postgres_store.hpp"
#include "store/postgres/round_name.hpp"
#include "store/postgres/rounds.hpp"
#include "store/postgres/transaction.hpp"
#include "store/store.hpp"
#include "store/store_backup.hpp"

namespace inspraak::core::postgres {
namespace {

// A folder for the restore's scratch files, removed with the object.
class ScratchFolder {
public:
    ScratchFolder()
        : path_(std::filesystem::temp_directory_path() / ("inspraak-restore-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~ScratchFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// The round a dump holds: the one schema in its table of contents ("12; 2615 16386 SCHEMA - name
// owner"). A file without one, or whose schema cannot be a round, is no backup of a round.
std::string dumped_round(const std::filesystem::path& file, const PostgresAddress& address,
                         const std::filesystem::path& scratch) {
    const auto listing = scratch / "toc.txt";
    run_client_tool("pg_restore", {"--list", "--file=" + listing.string(), file.string()}, address, file);
    std::ifstream in(listing);
    std::string round;
    for (std::string line; std::getline(in, line);) {
        constexpr std::string_view marker = " SCHEMA - ";
        if (line.starts_with(";")) continue;
        auto at = line.find(marker);
        if (at == std::string::npos) continue;
        std::string name = line.substr(at + marker.size());
        name = name.substr(0, name.find(' '));
        if (!round.empty() || round_name_problem(name)) round = "\n";  // two schemas, or not a round's
        else round = name;
    }
    if (round.empty() || round == "\n")
        throw StoreError(ErrorKind::internal, Message{"backup.not_a_backup", {file.string()}});
    return round;
}

}  // namespace

void PostgresBackend::backup_to(const std::filesystem::path& file) { dump_round(connection_.address(), file); }

void dump_round(const PostgresAddress& address, const std::filesystem::path& file) {
    std::error_code ignored;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ignored);
    const std::filesystem::path partial = file.string() + ".part-" + std::to_string(::getpid());
    try {
        run_client_tool("pg_dump",
                        {"--format=custom", "--no-owner", "--no-privileges", "--schema=" + quoted_identifier(address.round),
                         "--file=" + partial.string(), "--dbname=" + client_conninfo(address)},
                        address, file);
        std::filesystem::rename(partial, file);
    } catch (const std::filesystem::filesystem_error& error) {
        std::filesystem::remove(partial, ignored);
        throw StoreError(ErrorKind::internal, Message{"backup.write_failed", {file.string(), error.code().message()}});
    } catch (...) {
        std::filesystem::remove(partial, ignored);
        throw;
    }
}

void restore_round_dump(const std::filesystem::path& file, const PostgresAddress& address, bool replace) {
    ScratchFolder scratch;
    const std::string source = dumped_round(file, address, scratch.path());
    // The whole archive as SQL first: a damaged one fails here, before the round is touched.
    const auto script = scratch.path() / "restore.sql";
    run_client_tool("pg_restore", {"--no-owner", "--no-privileges", "--file=" + script.string(), file.string()}, address,
                    file);

    const std::string& target = address.round;
    bool exists = false;
    {
        PostgresConnection connection(address);
        exists = round_exists(connection, target);
    }
    if (exists && !replace) {
        Store existing(open_postgres_backend(address, false));
        refuse_non_empty_target(existing, describe(address, target), "backup.target_not_empty");
    }

    // One transaction (psql --single-transaction): take the target's lock and drop the round there
    // was, run the dump (which makes the source's schema), and give that schema the target's name.
    // A round of the source's name that exists (a backup restored beside its round) is moved aside
    // meanwhile and back at the end, so that no one sees it gone.
    const std::string hold = quoted_identifier("inspraak-restore-" + std::to_string(::getpid()));
    const std::string source_name = quoted_identifier(source);
    std::string before = fmt::format("SELECT pg_advisory_xact_lock({}, hashtext('{}'));", advisory_lock_class, target);
    std::string after;
    if (exists) before += "DROP SCHEMA " + quoted_identifier(target) + " CASCADE;";
    if (source != target) {
        before += fmt::format(
            "DO $$BEGIN IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '{}') THEN "
            "ALTER SCHEMA {} RENAME TO {}; END IF; END$$;",
            source, source_name, hold);
        after = fmt::format(
            "ALTER SCHEMA {} RENAME TO {};"
            "DO $$BEGIN IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '{}') THEN "
            "ALTER SCHEMA {} RENAME TO {}; END IF; END$$;",
            source_name, quoted_identifier(target), hold.substr(1, hold.size() - 2), hold, source_name);
    }
    std::vector<std::string> psql{"--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--single-transaction",
                                  "--dbname=" + client_conninfo(address), "--command=" + before,
                                  "--file=" + script.string()};
    if (!after.empty()) psql.push_back("--command=" + after);
    run_client_tool("psql", psql, address, file);

    Store migrated(open_postgres_backend(address, false));  // an older backup's schema brought up to date
}

}  // namespace inspraak::core::postgres
