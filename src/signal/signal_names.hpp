// The signal names sig2str and str2sig share, without "SIG", indexed by number (the
// kernel's numbers from bits/kernel_signal.h).
#pragma once
#include <signal.h>

namespace sysgate::signal {

inline constexpr int named_count = SIGSYS + 1;

struct Names {
  const char* name[named_count] = {};
  constexpr const char* operator[](int sig) const { return name[sig] ? name[sig] : ""; }
};

inline constexpr Names names = [] {
  Names n;
  auto& t = n.name;
  t[SIGHUP] = "HUP";
  t[SIGINT] = "INT";
  t[SIGQUIT] = "QUIT";
  t[SIGILL] = "ILL";
  t[SIGTRAP] = "TRAP";
  t[SIGABRT] = "ABRT";
  t[SIGBUS] = "BUS";
  t[SIGFPE] = "FPE";
  t[SIGKILL] = "KILL";
  t[SIGUSR1] = "USR1";
  t[SIGSEGV] = "SEGV";
  t[SIGUSR2] = "USR2";
  t[SIGPIPE] = "PIPE";
  t[SIGALRM] = "ALRM";
  t[SIGTERM] = "TERM";
  t[SIGSTKFLT] = "STKFLT";
  t[SIGCHLD] = "CHLD";
  t[SIGCONT] = "CONT";
  t[SIGSTOP] = "STOP";
  t[SIGTSTP] = "TSTP";
  t[SIGTTIN] = "TTIN";
  t[SIGTTOU] = "TTOU";
  t[SIGURG] = "URG";
  t[SIGXCPU] = "XCPU";
  t[SIGXFSZ] = "XFSZ";
  t[SIGVTALRM] = "VTALRM";
  t[SIGPROF] = "PROF";
  t[SIGWINCH] = "WINCH";
  t[SIGIO] = "IO";
  t[SIGPWR] = "PWR";
  t[SIGSYS] = "SYS";
  return n;
}();

}  // namespace sysgate::signal
