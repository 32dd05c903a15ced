#include <bits/kernel_signal.h>
#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/unknown_text.hpp"

namespace sysgate::c {
namespace {

// glibc 2.36's texts, keyed by the kernel's names; tests/hermetic/string_tables.c checks
// every one against glibc's strsignal.
struct SignalTexts {
  const char* text[SIGSYS + 1] = {};
};

constexpr SignalTexts kSignalTexts = [] {
  SignalTexts table;
  auto& t = table.text;
  t[SIGHUP] = "Hangup";
  t[SIGINT] = "Interrupt";
  t[SIGQUIT] = "Quit";
  t[SIGILL] = "Illegal instruction";
  t[SIGTRAP] = "Trace/breakpoint trap";
  t[SIGABRT] = "Aborted";
  t[SIGBUS] = "Bus error";
  t[SIGFPE] = "Floating point exception";
  t[SIGKILL] = "Killed";
  t[SIGUSR1] = "User defined signal 1";
  t[SIGSEGV] = "Segmentation fault";
  t[SIGUSR2] = "User defined signal 2";
  t[SIGPIPE] = "Broken pipe";
  t[SIGALRM] = "Alarm clock";
  t[SIGTERM] = "Terminated";
  t[SIGSTKFLT] = "Stack fault";
  t[SIGCHLD] = "Child exited";
  t[SIGCONT] = "Continued";
  t[SIGSTOP] = "Stopped (signal)";
  t[SIGTSTP] = "Stopped";
  t[SIGTTIN] = "Stopped (tty input)";
  t[SIGTTOU] = "Stopped (tty output)";
  t[SIGURG] = "Urgent I/O condition";
  t[SIGXCPU] = "CPU time limit exceeded";
  t[SIGXFSZ] = "File size limit exceeded";
  t[SIGVTALRM] = "Virtual timer expired";
  t[SIGPROF] = "Profiling timer expired";
  t[SIGWINCH] = "Window changed";
  t[SIGIO] = "I/O possible";
  t[SIGPWR] = "Power failure";
  t[SIGSYS] = "Bad system call";
  return table;
}();

// glibc keeps signals 32 and 33 for itself (its SIGRTMIN is 34) and calls them
// unknown; its "Real-time signal N" counts from 34, up to the kernel's last, 64.
constexpr int kFirstRealTime = 34;
constexpr int kLastSignal = 64;

char buffer[sizeof "Real-time signal -2147483648"];

}  // namespace

SYSGATE_C_FUNCTION(char*, strsignal, (int sig) noexcept) {
  if (sig > 0 && sig <= SIGSYS && kSignalTexts.text[sig])
    return const_cast<char*>(kSignalTexts.text[sig]);
  if (sig >= kFirstRealTime && sig <= kLastSignal)
    string::format_number(buffer, sizeof buffer, "Real-time signal ", sig - kFirstRealTime);
  else
    string::format_number(buffer, sizeof buffer, "Unknown signal ", sig);
  return buffer;
}

}  // namespace sysgate::c
