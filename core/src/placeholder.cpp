// Removed once the host has sources of its own.
namespace inspraak::core { void placeholder() {} }
