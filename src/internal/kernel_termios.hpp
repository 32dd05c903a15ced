// The termios the kernel reads and writes with TCGETS/TCSETS (asm/termbits.h): 19
// control characters and no speed fields, against the libc's 32 and two speeds
// (bits/termios_struct.h). Checked by tests/unit/core/test_kernel_layouts.cpp.
#pragma once

namespace sysgate::internal {

inline constexpr int kernel_nccs = 19;  // the kernel's NCCS

struct KernelTermios {
  unsigned int c_iflag;
  unsigned int c_oflag;
  unsigned int c_cflag;
  unsigned int c_lflag;
  unsigned char c_line;
  unsigned char c_cc[kernel_nccs];
};
static_assert(sizeof(KernelTermios) == 36);

}  // namespace sysgate::internal
