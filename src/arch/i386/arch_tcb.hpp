// i386 thread control block: glibc's layout, so code built for the `call *%gs:0x10`
// flavour also runs inside a glibc process (glibc 2.36 keeps sysinfo at 0x10).
// %gs selects a GDT entry whose base is the TCB; TLS variables sit just below it
// (TLS variant II).
#pragma once
#include <stddef.h>
#include <stdint.h>
#include <sys/syscall.h>

#include <sysgate/arch/syscall.hpp>

namespace sysgate::arch {

struct Tcb {
  Tcb* tcb;                 // 0x00 read by `mov %gs:0, reg` to find the thread pointer
  void* dtv;                // 0x04 dynamic TLS vector: unused, static TLS only
  Tcb* self;                // 0x08 glibc's `self`
  int multiple_threads;     // 0x0c glibc's; 0 (one thread)
  uintptr_t sysinfo;        // 0x10 read by `call *%gs:0x10` (the tls flavour's entry)
  uintptr_t stack_guard;    // 0x14 read by -fstack-protector code as %gs:0x14
  uintptr_t pointer_guard;  // 0x18 glibc's; unused
  int errno_value;          // 0x1c sysgate's: this thread's errno (musl keeps it in its
                            //      thread structure too), so errno needs no PT_TLS
};
static_assert(offsetof(Tcb, tcb) == 0x00);
static_assert(offsetof(Tcb, dtv) == 0x04);
static_assert(offsetof(Tcb, self) == 0x08);
static_assert(offsetof(Tcb, multiple_threads) == 0x0c);
static_assert(offsetof(Tcb, sysinfo) == 0x10);
static_assert(offsetof(Tcb, stack_guard) == 0x14);
static_assert(offsetof(Tcb, errno_value) == 0x1c);

// The calling thread's TCB, read through its first word (%gs:0 holds the TCB's own address).
inline Tcb* thread_pointer() {
  Tcb* tcb;
  asm("movl %%gs:0, %0" : "=r"(tcb));
  return tcb;
}

// The kernel's struct user_desc (asm/ldt.h), read by set_thread_area.
struct UserDesc {
  int entry_number;  // -1: the kernel picks a free TLS slot and writes it back
  uint32_t base_addr;
  uint32_t limit;
  uint32_t seg_32bit : 1;
  uint32_t contents : 2;
  uint32_t read_exec_only : 1;
  uint32_t limit_in_pages : 1;
  uint32_t seg_not_present : 1;
  uint32_t useable : 1;
};
static_assert(sizeof(UserDesc) == 16);

// The largest segment limit (20 bits), counted in pages: the whole 4 GiB.
inline constexpr uint32_t whole_address_space = 0xfffff;

// Runs before %gs is valid, so it enters with int $0x80. Returns the kernel word.
// The descriptor is pushed, not stored field by field (start-up's bytes): entry_number
// -1 (the kernel picks a free TLS slot and writes it back), base_addr, limit, then the
// flag bits seg_32bit | limit_in_pages | useable (0x51, UserDesc's bit-field order).
inline long install_tcb(Tcb* tcb) {
  static_assert(whole_address_space == 0xfffff);
  long r, entry;
  asm volatile(
      "push $0x51\n\t"
      "push $0xfffff\n\t"
      "push %[base]\n\t"
      "push $-1\n\t"
      "mov %%esp, %%ebx\n\t"
      "int $0x80\n\t"
      "pop %[entry]\n\t"
      "add $12, %%esp"
      : "=a"(r), [entry] "=r"(entry)
      : "a"(SYS_set_thread_area), [base] "r"(tcb)
      : "ebx", "memory");
  if (r < 0) return r;
  // The kernel answers 6 under a 32-bit kernel and qemu-i386, 12 under a 64-bit one.
  // A selector is the GDT index times 8, plus requested privilege level 3 (user).
  uint16_t selector = static_cast<uint16_t>(entry * 8 + 3);
  asm volatile("movw %w0, %%gs" : : "q"(selector) : "memory");
  return 0;
}

}  // namespace sysgate::arch
