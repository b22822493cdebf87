// The command line (docs/command-line.md): `inspraak run`, the single stages, `plugins`
// and `eval`. Exit codes: 0 success, 1 failure, 2 bad command line, 3 warnings under --strict.
#pragma once

namespace inspraak::core {

int run_cli(int argc, char** argv);

}  // namespace inspraak::core
