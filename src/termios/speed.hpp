// The libc's side of terminal speeds, as glibc 2.36 keeps them: the speed is the
// B* code in c_cflag (CBAUD | CBAUDEX), mirrored in c_ispeed/c_ospeed; an input speed
// of 0 ("same as output") is a private c_iflag bit the kernel never sees.
#pragma once
#include <termios.h>

namespace sysgate::internal {

inline constexpr tcflag_t input_speed_zero = 020000000000;  // glibc's IBAUD0
inline constexpr tcflag_t speed_bits = CBAUD | CBAUDEX;

// B0..B38400, or B57600..B4000000.
constexpr bool valid_speed(speed_t speed) noexcept {
  return (speed & ~CBAUD) == 0 || (speed >= B57600 && speed <= B4000000);
}

}  // namespace sysgate::internal
