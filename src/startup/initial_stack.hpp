// What the kernel hands a new process, read once by start-up.
//
// The initial stack, from the stack pointer _start received upwards:
//
//   sp ->  argc
//          argv[0] ... argv[argc-1]  NULL
//          envp[0] ... envp[n-1]     NULL
//          auxv: (type, value) pairs ... (AT_NULL, 0)
//          ... then the strings and the 16 AT_RANDOM bytes they point at
#pragma once

namespace sysgate::startup {

struct InitialStack {
  int argc;
  char** argv;
  char** envp;
  const unsigned long* auxv;  // (type, value) pairs ending with AT_NULL
};

InitialStack read_initial_stack(const unsigned long* sp) noexcept;

// The value of auxv entry `type`; `found` says whether there was one.
unsigned long find_aux(const unsigned long* auxv, unsigned long type, bool* found) noexcept;
inline unsigned long find_aux(const unsigned long* auxv, unsigned long type) noexcept {
  bool found;
  return find_aux(auxv, type, &found);
}

// True only for the exact SYSGATE_ENTRY=int80, and never in a set-uid/set-gid
// (AT_SECURE) process, whose environment is the caller's to choose.
bool entry_forced_int80(char* const* envp, bool secure) noexcept;

// Set once by start-up; read by getauxval() and friends.
extern InitialStack process;

}  // namespace sysgate::startup
