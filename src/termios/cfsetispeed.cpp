#include <errno.h>
#include <termios.h>

#include "src/internal/c_export.hpp"
#include "src/termios/speed.hpp"

namespace sysgate::c {

// An input speed of 0 means "the output speed"; any other sets the line's one speed.
SYSGATE_C_FUNCTION(int, cfsetispeed, (struct termios* t, speed_t speed) noexcept) {
  if (!internal::valid_speed(speed)) {
    errno = EINVAL;
    return -1;
  }
  t->c_ispeed = speed;
  if (speed == 0) {
    t->c_iflag |= internal::input_speed_zero;
  } else {
    t->c_iflag &= ~internal::input_speed_zero;
    t->c_cflag = (t->c_cflag & ~internal::speed_bits) | speed;
  }
  return 0;
}

}  // namespace sysgate::c
