#include "cli/cli.hpp"

int main(int argc, char** argv) { return inspraak::core::run_cli(argc, argv); }
