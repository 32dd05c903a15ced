/* ioctl, with the kernel's terminal and file request numbers (asm/ioctls.h). */
#ifndef SYSGATE_SYS_IOCTL_H
#define SYSGATE_SYS_IOCTL_H
#include <bits/cdefs.h>
#include <bits/kernel_termios.h>

/* TIOCGWINSZ/TIOCSWINSZ's struct (asm-generic/termios.h). */
struct winsize {
  unsigned short ws_row;
  unsigned short ws_col;
  unsigned short ws_xpixel;
  unsigned short ws_ypixel;
};

SYSGATE_BEGIN_C
/* The third argument, if any, is one word: an integer or a pointer. */
int ioctl(int fd, unsigned long request, ...) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
