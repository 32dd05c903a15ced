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
#include <stdint.h>
#include <sys/auxv.h>

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

// The auxiliary vector just past envp's NULL. (Inline: start_c.cpp's minimal start-up
// calls it, and must not link this header's .cpp, which needs the full start-up.)
inline const unsigned long* aux_vector_after(char* const* envp) noexcept {
  while (*envp) ++envp;
  return reinterpret_cast<const unsigned long*>(envp + 1);
}
// The same, in one walk that also says whether SYSGATE_ENTRY=int80 is in the
// environment (exactly that text). Only the caller knows whether to honour it.
// (Inline: i386 start-up, start_full.cpp, is its caller.)
inline const unsigned long* aux_vector_after(char* const* envp, bool* int80_requested) noexcept {
  // "SYSGATE_ENTRY=int80" and its NUL as five little-endian words, compared a word at a
  // time: one comparison for nearly every variable, and no table in the code. A word
  // is read only once the ones before it matched four non-NUL bytes, so no read
  // passes the variable's NUL by more than three bytes, all within the strings the
  // kernel copied (the program's name and a NULL word follow the last one).
  bool requested = false;
  for (; *envp; ++envp) {
    const char* s = *envp;
    auto word = [s](unsigned i) {
      uint32_t w;
      __builtin_memcpy(&w, s + 4 * i, 4);
      return w;
    };
    if (word(0) == 0x47535953 /* SYSG */ && word(1) == 0x5f455441 /* ATE_ */ &&
        word(2) == 0x52544e45 /* ENTR */ && word(3) == 0x6e693d59 /* Y=in */ &&
        word(4) == 0x00303874 /* t80\0 */)
      requested = true;
  }
  *int80_requested = requested;
  return reinterpret_cast<const unsigned long*>(envp + 1);
}

// i386 start-up: AT_SYSINFO's value (the kernel's entry), 0 if there is none. The
// kernel puts its arch entries (ARCH_DLINFO: AT_SYSINFO, AT_SYSINFO_EHDR,
// AT_MINSIGSTKSZ) first in the vector, "so PPC can do its special alignment"
// (fs/binfmt_elf.c), so only the first entry is read: one comparison, not a walk of
// the twenty or so. Were it anywhere else (no kernel does that), the program would
// run correctly on the int $0x80 stub.
inline unsigned long at_sysinfo(const unsigned long* auxv) noexcept {
  return auxv[0] == AT_SYSINFO ? auxv[1] : 0;
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

// This process's auxiliary vector: found after process().envp on first use.
const unsigned long* aux_vector() noexcept;

}  // namespace sysgate::startup
