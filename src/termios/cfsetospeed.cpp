#include <errno.h>
#include <termios.h>

#include "src/internal/c_export.hpp"
#include "src/termios/speed.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, cfsetospeed, (struct termios* t, speed_t speed) noexcept) {
  if (!internal::valid_speed(speed)) {
    errno = EINVAL;
    return -1;
  }
  t->c_ospeed = speed;
  t->c_cflag = (t->c_cflag & ~internal::speed_bits) | speed;
  return 0;
}

}  // namespace sysgate::c
