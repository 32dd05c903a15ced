/* Terminal attributes in glibc's struct termios (bits/termios_struct.h), converted
 * to and from the kernel's around TCGETS/TCSETS*. Flags, speeds and control
 * character indices are the kernel's (asm/termbits.h). */
#ifndef SYSGATE_TERMIOS_H
#define SYSGATE_TERMIOS_H
#include <bits/cdefs.h>
#include <bits/kernel_termios.h>
#include <bits/termios_struct.h>
#define __NEED_pid_t
#include <bits/alltypes.h>

SYSGATE_BEGIN_C
int tcgetattr(int fd, struct termios* attributes) SYSGATE_NOEXCEPT;
int tcsetattr(int fd, int when, const struct termios* attributes) SYSGATE_NOEXCEPT;
void cfmakeraw(struct termios* attributes) SYSGATE_NOEXCEPT;
speed_t cfgetispeed(const struct termios* attributes) SYSGATE_NOEXCEPT;
speed_t cfgetospeed(const struct termios* attributes) SYSGATE_NOEXCEPT;
int cfsetispeed(struct termios* attributes, speed_t speed) SYSGATE_NOEXCEPT;
int cfsetospeed(struct termios* attributes, speed_t speed) SYSGATE_NOEXCEPT;
int cfsetspeed(struct termios* attributes, speed_t speed) SYSGATE_NOEXCEPT;
int tcflush(int fd, int queue) SYSGATE_NOEXCEPT;
int tcdrain(int fd) SYSGATE_NOEXCEPT;
int tcflow(int fd, int action) SYSGATE_NOEXCEPT;
int tcsendbreak(int fd, int duration) SYSGATE_NOEXCEPT;
pid_t tcgetsid(int fd) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
