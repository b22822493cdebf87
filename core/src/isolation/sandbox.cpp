#include "isolation/sandbox.hpp"

#include <fcntl.h>
#include <sched.h>
#include <seccomp.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <new>

namespace inspraak::core {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool under_asan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool under_asan = true;
#else
constexpr bool under_asan = false;
#endif
#else
constexpr bool under_asan = false;
#endif

bool set_limit(int resource, rlim_t soft, rlim_t hard) {
    rlimit limit{soft, hard};
    return setrlimit(resource, &limit) == 0;
}

[[noreturn]] void out_of_memory() { _exit(out_of_memory_exit); }

// One condition on a call's argument (libseccomp's SCMP_CMP macros are C compound literals).
scmp_arg_cmp condition(unsigned arg, scmp_compare op, scmp_datum_t a, scmp_datum_t b = 0) {
    return scmp_arg_cmp{arg, op, a, b};
}

using Filter = std::unique_ptr<std::remove_pointer_t<scmp_filter_ctx>, decltype(&seccomp_release)>;

// Refuses these calls with an error the parser can handle: no network, nothing written to the
// file system, no program started, nothing done to other processes or to the kernel.
constexpr std::initializer_list<const char*> refused_calls = {
    // network
    "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4", "sendto", "sendmsg", "sendmmsg",
    // the file system, other than reading
    "creat", "unlink", "unlinkat", "rename", "renameat", "renameat2", "mkdir", "mkdirat", "rmdir", "link", "linkat",
    "symlink", "symlinkat", "chmod", "fchmod", "fchmodat", "chown", "fchown", "lchown", "fchownat", "truncate",
    "ftruncate", "mknod", "mknodat", "utime", "utimes", "utimensat", "futimesat", "setxattr", "lsetxattr",
    "fsetxattr", "removexattr", "lremovexattr", "fremovexattr", "open_by_handle_at", "name_to_handle_at",
    "openat2", "fallocate", "mount", "umount2", "pivot_root", "chroot", "swapon", "swapoff", "acct",
    // programs and other processes
    "execve", "execveat", "ptrace", "process_vm_writev", "process_vm_readv", "setpgid", "setsid",
    // the kernel and the machine
    "io_uring_setup", "io_uring_enter", "io_uring_register", "bpf", "perf_event_open", "userfaultfd", "keyctl",
    "add_key", "request_key", "unshare", "setns", "init_module", "finit_module", "delete_module", "reboot",
    "kexec_load", "kexec_file_load", "sethostname", "setdomainname", "settimeofday", "clock_settime",
    "adjtimex", "quotactl", "setrlimit",
    // new processes (threads are made with clone and CLONE_THREAD, below)
    "fork", "vfork",
};

std::string install_filter() {
    Filter filter(seccomp_init(SCMP_ACT_ALLOW), &seccomp_release);
    if (!filter) return "seccomp_init";
    const uint32_t refuse = SCMP_ACT_ERRNO(EPERM);
    for (const char* name : refused_calls) {
        int call = seccomp_syscall_resolve_name(name);
        if (call == __NR_SCMP_ERROR) continue;  // not on this architecture
        if (seccomp_rule_add(filter.get(), refuse, call, 0) != 0) return std::string("seccomp rule ") + name;
    }
    // open() and openat() only for reading: a flag that writes, creates or truncates is refused.
    const uint32_t denied = SCMP_ACT_ERRNO(EACCES);
    for (auto [name, flags_arg] : {std::pair{"open", 1u}, std::pair{"openat", 2u}}) {
        int call = seccomp_syscall_resolve_name(name);
        if (call == __NR_SCMP_ERROR) continue;
        for (scmp_datum_t mode : {scmp_datum_t{O_WRONLY}, scmp_datum_t{O_RDWR}})
            if (seccomp_rule_add(filter.get(), denied, call, 1, condition(flags_arg, SCMP_CMP_MASKED_EQ, O_ACCMODE, mode)) != 0)
                return std::string("seccomp rule ") + name;
        for (scmp_datum_t flag : {scmp_datum_t{O_CREAT}, scmp_datum_t{O_TRUNC}, scmp_datum_t{O_TMPFILE & ~O_DIRECTORY}})
            if (seccomp_rule_add(filter.get(), denied, call, 1, condition(flags_arg, SCMP_CMP_MASKED_EQ, flag, flag)) != 0)
                return std::string("seccomp rule ") + name;
    }
    // Signals only to itself (abort(), and a sanitizer's report, end the process with one).
    const auto self = static_cast<scmp_datum_t>(getpid());
    for (int call : {SCMP_SYS(kill), SCMP_SYS(tgkill)})
        if (seccomp_rule_add(filter.get(), refuse, call, 1, condition(0, SCMP_CMP_NE, self)) != 0)
            return "seccomp rule kill";
    if (seccomp_rule_add(filter.get(), refuse, SCMP_SYS(tkill), 0) != 0) return "seccomp rule tkill";
    // Limits may be read but not raised.
    if (seccomp_rule_add(filter.get(), refuse, SCMP_SYS(prlimit64), 1, condition(2, SCMP_CMP_NE, 0)) != 0)
        return "seccomp rule prlimit64";
    // Threads, but no new process: clone3's flags lie in memory a filter cannot read, so it is
    // "not implemented" and the C library falls back to clone, whose flags it can.
    if (seccomp_rule_add(filter.get(), SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0) != 0) return "seccomp rule clone3";
    if (seccomp_rule_add(filter.get(), refuse, SCMP_SYS(clone), 1,
                         condition(0, SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0)) != 0)
        return "seccomp rule clone";
    if (seccomp_load(filter.get()) != 0) return "seccomp_load";
    return {};
}

}  // namespace

std::string enter_sandbox(const ParseLimits& limits) {
    std::set_new_handler(out_of_memory);
    // SIGXCPU at the soft limit ends the process (the parent names it). The hard limit stays
    // open, so that the parent can move the soft one on for each file (parse_worker.cpp); the
    // filter below keeps the process itself from changing either, and the parent's clock ends a
    // process that catches SIGXCPU.
    rlimit cpu{};
    getrlimit(RLIMIT_CPU, &cpu);
    if (!set_limit(RLIMIT_CPU, std::min(static_cast<rlim_t>(limits.cpu.count()), cpu.rlim_max), cpu.rlim_max))
        return std::string("RLIMIT_CPU: ") + std::strerror(errno);
    // AddressSanitizer reserves terabytes of address space: there the limit cannot be set, and
    // memory is bounded by the parent's watch of resident memory alone.
    if (!under_asan && !set_limit(RLIMIT_AS, limits.memory_bytes, limits.memory_bytes))
        return std::string("RLIMIT_AS: ") + std::strerror(errno);
    if (!set_limit(RLIMIT_CORE, 0, 0)) return std::string("RLIMIT_CORE: ") + std::strerror(errno);
    // Without this a filter cannot be loaded unprivileged; it also keeps set-user-ID from mattering.
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return std::string("PR_SET_NO_NEW_PRIVS: ") + std::strerror(errno);
    // Dies with its parent, the parse worker, so that no parser outlives a killed round.
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    return install_filter();
}

}  // namespace inspraak::core
