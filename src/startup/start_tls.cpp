// Start-up's static TLS: the program's own __thread variables (its PT_TLS segment) laid
// out below the main thread's TCB. No symbol reveals that a program has them, so the
// wrapper links this object (-Wl,--undefined=sysgate_tls_anchor) into every program whose
// first link has a PT_TLS segment (tools/sysgate-cc.in); start_full.cpp calls it through a
// weak reference, and without it keeps a bare TCB in its own frame.
#include <stdint.h>

#include "src/startup/full_start.hpp"
#include "src/startup/static_tls.hpp"
#include "src/startup/thread_block.hpp"

SYSGATE_NEEDS_FULL_START;

namespace sysgate::startup {

// Called by start_full.cpp's sysgate_start_c. The block (TLS data and TCB) lives on this
// frame, which never returns. C linkage, though declared in this namespace.
extern "C" SYSGATE_STARTUP_CALL void sysgate_start_tls(const unsigned long* sp, uintptr_t bias) {
  StaticTls tls = find_static_tls(bias);
  start_thread(lay_out_static_tls(tls, static_cast<char*>(__builtin_alloca(tls.block_size()))), sp);
}

// What the wrapper names.
extern "C" [[noreturn]] SYSGATE_STARTUP_CALL void sysgate_tls_anchor(const unsigned long* sp,
                                                                     uintptr_t bias)
    __attribute__((alias("sysgate_start_tls")));

}  // namespace sysgate::startup
