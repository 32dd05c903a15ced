// What the kernel hands a new process, read by start-up.
//
// The initial stack, from the stack pointer _start received upwards:
//
//   sp ->  argc
//          argv[0] ... argv[argc-1]  NULL
//          envp[0] ... envp[n-1]     NULL
//          auxv: (type, value) pairs ... (AT_NULL, 0)
//          ... then the strings and the 16 AT_RANDOM bytes they point at
//
// Start-up reads argc, argv and envp only. The auxiliary vector lies past the whole
// environment, so it is found when first needed (getauxval, the vDSO, the canary),
// or at start-up on i386, which needs AT_SYSINFO before anything else.
#pragma once

namespace sysgate::startup {

struct InitialStack {
  int argc;
  char** argv;
  char** envp;
};

inline InitialStack read_initial_stack(const unsigned long* sp) noexcept {
  InitialStack s;
  s.argc = static_cast<int>(sp[0]);
  s.argv = reinterpret_cast<char**>(const_cast<unsigned long*>(sp + 1));
  s.envp = s.argv + s.argc + 1;
  return s;
}

// The auxiliary vector just past envp's NULL.
const unsigned long* aux_vector_after(char* const* envp) noexcept;
// The same, in one walk that also says whether SYSGATE_ENTRY=int80 is in the
// environment (exactly that text). Only the caller knows whether to honour it.
// (Inline: i386 start-up is its caller.)
inline const unsigned long* aux_vector_after(char* const* envp, bool* int80_requested) noexcept {
  // Kept in the code (a .text.* input section goes to the default link's .text): read-only
  // data in .rodata costs a program without any other (exit(99)) a section header.
  // alignas(1): no padding in the code for the compiler's usual 16 of an array.
  [[gnu::section(".text.sysgate_entry_variable")]] alignas(1) static constexpr char wanted[] =
      "SYSGATE_ENTRY=int80";
  bool requested = false;
  for (; *envp; ++envp) {
    const char* s = *envp;
    if (s[0] != wanted[0]) continue;  // one comparison for nearly every variable
    unsigned i = 1;
    while (i < sizeof wanted && s[i] == wanted[i]) ++i;
    if (i == sizeof wanted) requested = true;  // matched through the terminating NUL
  }
  *int80_requested = requested;
  return reinterpret_cast<const unsigned long*>(envp + 1);
}

// The value of auxv entry `type`; `found` says whether there was one.
unsigned long find_aux(const unsigned long* auxv, unsigned long type, bool* found) noexcept;
inline unsigned long find_aux(const unsigned long* auxv, unsigned long type) noexcept {
  bool found;
  return find_aux(auxv, type, &found);
}

// The stack pointer _start received. Set once by start-up, in a program that links a
// reader of it (getauxval, the vDSO, the canary, assert): start-up refers to it weakly.
extern const unsigned long* initial_stack_pointer;
// What it holds.
inline InitialStack process() noexcept { return read_initial_stack(initial_stack_pointer); }

// This process's auxiliary vector: found after process().envp on first use, unless
// start-up has already recorded it.
const unsigned long* aux_vector() noexcept;
// Weak: defined only where aux_vector() is linked (i386 start-up tests its address).
[[gnu::weak]] void record_aux_vector(const unsigned long* auxv) noexcept;

}  // namespace sysgate::startup
