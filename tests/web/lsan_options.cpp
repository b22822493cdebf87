// LeakSanitizer's check at exit crashes ("Tracer caught signal 11", a dangling dynamic-TLS block)
// in this binary once the server's worker threads have used libpq: it scans thread-local storage
// the C library has already released. So this binary does not scan thread-local storage, and the
// per-thread state that libpq's OpenSSL and Kerberos keep there (freed by their thread-exit
// handlers, unseen without the scan) is not reported as leaked. Only for this binary; the flags in
// LSAN_OPTIONS and tests/sanitizer/lsan.supp still apply.
extern "C" const char* __lsan_default_options() { return "use_tls=0"; }
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libkrb5support.so\n"
           "leak:libgssapi_krb5.so\n"
           "leak:CRYPTO_zalloc\n";
}
