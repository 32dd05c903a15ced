/* sysgate-info: how this process enters the kernel, and what the kernel offered.
 *
 *   build/i386/sysgate-cc examples/sysgate-info.c -o sysgate-info
 *   ./sysgate-info; qemu-i386 ./sysgate-info; SYSGATE_ENTRY=int80 ./sysgate-info
 *
 * With SYSGATE_EXPECT_ENTRY set (the test harness sets it) it also checks that the
 * door sysgate picked is the one this environment should give, and exits 1 if not. */
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sysgate.h>

#include "print.h"

#if defined(__x86_64__)
#define ARCH "x86_64"
#else
#define ARCH "i386"
#endif

/* Every line is "<key right-aligned to 17>: <value>", so the values line up. */
enum { key_width = 17 };
static void pad(size_t n) {
  static const char spaces[] = "                                        ";
  for (size_t k; n; n -= k) {
    k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
    write(1, spaces, k);
  }
}

static void key(const char* name) {
  pad(key_width - strlen(name));
  put(1, name);
  put(1, ": ");
}

static void line(const char* name, const char* value) {
  key(name);
  put(1, value);
  put(1, "\n");
}

static void address_line(const char* name, unsigned long value) {
  key(name);
  if (value)
    put_hex(1, value);
  else
    put(1, "absent");
  put(1, "\n");
}

/* What the syscalls of this build go through, in words. */
static const char* door(const char* entry, unsigned long at_sysinfo) {
  if (strcmp(entry, "syscall") == 0) return "the syscall instruction, inline";
    /* sysgate-cc --flavour=tls defines SYSGATE_FLAVOUR_TLS: the pointer is in the TCB. */
#ifdef SYSGATE_FLAVOUR_TLS
#define POINTER "call *%gs:0x10"
#else
#define POINTER "call *_dl_sysinfo"
#endif
  if (strcmp(entry, "vsyscall") == 0) return POINTER " -> __kernel_vsyscall";
  if (at_sysinfo) return POINTER " -> int $0x80; ret (forced: SYSGATE_ENTRY=int80)";
  return POINTER " -> int $0x80; ret (no AT_SYSINFO in the auxiliary vector)";
}

/* The instructions __kernel_vsyscall may enter the kernel with, and who picks each. */
static const struct {
  unsigned char bytes[2];
  const char* name;
  const char* why;
} doors[] = {
    {{0x0f, 0x34}, "sysenter", "Intel CPU, or any CPU under a 32-bit kernel"},
    {{0x0f, 0x05}, "syscall", "AMD CPU under a 64-bit kernel"},
    {{0xcd, 0x80}, "int $0x80", "neither fast instruction available (or an emulator's vDSO)"},
};

/* Dumps the start of __kernel_vsyscall and marks the first door instruction in it
 * with carets. A byte scan, not a disassembler: good enough for a dozen-byte stub. */
static void dump_kernel_vsyscall(const unsigned char* code) {
  enum { window = 32 };
  int at = -1, which = 0;
  for (int i = 0; i + 1 < window && at < 0; ++i)
    for (int d = 0; d < 3; ++d)
      if (code[i] == doors[d].bytes[0] && code[i + 1] == doors[d].bytes[1]) {
        at = i;
        which = d;
        break;
      }
  int shown = at < 0 ? window : (at + 2 > 16 ? at + 2 : 16);
  key("__kernel_vsyscall");
  for (int i = 0; i < shown; ++i) {
    put_byte(1, code[i]);
    put(1, i + 1 < shown ? " " : "\n");
  }
  if (at < 0) {
    line("instruction", "none of sysenter, syscall, int $0x80 in the first 32 bytes");
    return;
  }
  pad(key_width + 2 + 3 * (size_t)at);
  put(1, "^^^^^\n");
  key("instruction");
  put(1, doors[which].name);
  put(1, " at +");
  put_dec(1, at);
  put(1, ": ");
  put(1, doors[which].why);
  put(1, "\n");
}

/* The door must be the one this environment gives. qemu-user >= 8.1 passes a
 * stand-in vDSO, so there "vsyscall" is right too when AT_SYSINFO exists. */
static int entry_as_expected(const char* entry, unsigned long at_sysinfo) {
  const char* expected = getenv("SYSGATE_EXPECT_ENTRY");
  if (!expected || strcmp(entry, expected) == 0) return 1;
  const char* under = getenv("SYSGATE_RUNS_UNDER");
  if (under && strcmp(under, "qemu") == 0 && at_sysinfo && strcmp(entry, "vsyscall") == 0) return 1;
  put(2, "sysgate-info: entry is ");
  put(2, entry);
  put(2, ", but SYSGATE_EXPECT_ENTRY says ");
  put(2, expected);
  put(2, "\n");
  return 0;
}

static void print_symbol(void* count, const char* name, const char* version, void* address) {
  ++*(int*)count;
  pad(key_width + 2);
  put_hex(1, (unsigned long)address);
  put(1, "  ");
  put(1, name);
  if (version) {
    put(1, "@");
    put(1, version);
  }
  put(1, "\n");
}

/* The vDSO's exported functions, as sysgate's bounds-checked reader sees them. */
static void list_vdso_symbols(unsigned long at_sysinfo_ehdr) {
  if (!at_sysinfo_ehdr) {
    line("vDSO symbols", "none (no vDSO: time calls go to the kernel)");
    return;
  }
  key("vDSO symbols");
  put(1, "\n");
  int count = 0;
  sysgate_vdso_for_each(print_symbol, &count);
  if (count == 0) line("", "none usable: the reader rejected the image");
}

int main(void) {
  const char* entry = sysgate_entry_name();
  unsigned long at_sysinfo = getauxval(AT_SYSINFO);
  unsigned long at_sysinfo_ehdr = getauxval(AT_SYSINFO_EHDR);

  put(1, "sysgate-info: how this process enters the kernel\n");
  line("arch", ARCH);
  line("entry", entry);
  line("door", door(entry, at_sysinfo));
  address_line("AT_SYSINFO", at_sysinfo);
  address_line("AT_SYSINFO_EHDR", at_sysinfo_ehdr);
  /* Dumped even when SYSGATE_ENTRY=int80 bypasses it: it shows what was declined. */
  if (at_sysinfo) dump_kernel_vsyscall((const unsigned char*)at_sysinfo);

  list_vdso_symbols(at_sysinfo_ehdr);

  return entry_as_expected(entry, at_sysinfo) ? 0 : 1;
}
