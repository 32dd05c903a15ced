/* struct termios: glibc's layout (32 control characters and the two speeds), not the
 * kernel's (19 control characters, no speeds: src/internal/kernel_termios.hpp). The
 * libc copies between them around TCGETS/TCSETS. */
#ifndef SYSGATE_BITS_TERMIOS_STRUCT_H
#define SYSGATE_BITS_TERMIOS_STRUCT_H
typedef unsigned char cc_t;
typedef unsigned int speed_t;
typedef unsigned int tcflag_t;

#define NCCS 32
struct termios {
  tcflag_t c_iflag;
  tcflag_t c_oflag;
  tcflag_t c_cflag;
  tcflag_t c_lflag;
  cc_t c_line;
  cc_t c_cc[NCCS];
  speed_t c_ispeed;
  speed_t c_ospeed;
};
#endif
