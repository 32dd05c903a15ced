// How this process enters the kernel (the C++ face of sysgate_entry_name()).
#pragma once

namespace sysgate {

enum class Entry {
  vsyscall,  // i386: AT_SYSINFO's __kernel_vsyscall (sysenter, syscall or int $0x80 inside)
  int80,     // i386: int $0x80, because there is no AT_SYSINFO or SYSGATE_ENTRY=int80
  syscall,   // x86_64: the syscall instruction
};

Entry entry() noexcept;
const char* entry_name(Entry e) noexcept;

}  // namespace sysgate
