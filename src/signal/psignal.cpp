#include <bits/kernel_signal.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/string/unknown_text.hpp"

namespace sysgate::c {

// glibc's line, in one write to stderr: "s: " (when s is not empty), then the signal's
// text for 1..SIGSYS, else "Unknown signal N" (real-time signals included).
SYSGATE_C_FUNCTION(void, psignal, (int sig, const char* s) noexcept) {
  char line[512];
  size_t n = 0;
  auto put = [&](const char* text) {
    while (*text && n < sizeof line - 1) line[n++] = *text++;
  };
  if (s && *s) {
    put(s);
    put(": ");
  }
  if (sig > 0 && sig <= SIGSYS) {
    put(strsignal(sig));
  } else {
    char unknown[32];
    string::format_number(unknown, sizeof unknown, "Unknown signal ", sig);
    put(unknown);
  }
  line[n++] = '\n';
  syscall(SYS_write, STDERR_FILENO, line, n);
}

}  // namespace sysgate::c
