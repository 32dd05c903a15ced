#include <termios.h>

#include "src/internal/c_export.hpp"
#include "src/termios/speed.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(speed_t, cfgetispeed, (const struct termios* t) noexcept) {
  return (t->c_iflag & internal::input_speed_zero) ? 0 : t->c_cflag & internal::speed_bits;
}

}  // namespace sysgate::c
