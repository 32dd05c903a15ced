#include <errno.h>
#include <signal.h>

#include "src/internal/c_export.hpp"
#include "src/signal/signal_names.hpp"
#include "src/string/unknown_text.hpp"

namespace sysgate::c {

// POSIX 2024: "INT" for SIGINT; real-time signals as "RTMIN", "RTMIN+n" in the lower
// half, "RTMAX-n" and "RTMAX" in the upper. -1 for a signal with no name.
SYSGATE_C_FUNCTION(int, sig2str, (int sig, char* name) noexcept) {
  if (sig > 0 && sig < signal::named_count && signal::names[sig][0]) {
    const char* from = signal::names[sig];
    while ((*name++ = *from++)) {
    }
    return 0;
  }
  if (sig < SIGRTMIN || sig > SIGRTMAX) return -1;
  if (sig == SIGRTMIN || sig == SIGRTMAX) {
    const char* from = sig == SIGRTMIN ? "RTMIN" : "RTMAX";
    while ((*name++ = *from++)) {
    }
  } else if (sig - SIGRTMIN <= (SIGRTMAX - SIGRTMIN) / 2) {
    string::format_number(name, SIG2STR_MAX, "RTMIN+", sig - SIGRTMIN);
  } else {
    string::format_number(name, SIG2STR_MAX, "RTMAX-", SIGRTMAX - sig);
  }
  return 0;
}

}  // namespace sysgate::c
