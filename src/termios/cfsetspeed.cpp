#include <errno.h>
#include <termios.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {
namespace {

struct Speed {
  unsigned number;
  speed_t code;
};
constexpr Speed speeds[] = {
    {0, B0},
    {50, B50},
    {75, B75},
    {110, B110},
    {134, B134},
    {150, B150},
    {200, B200},
    {300, B300},
    {600, B600},
    {1200, B1200},
    {1800, B1800},
    {2400, B2400},
    {4800, B4800},
    {9600, B9600},
    {19200, B19200},
    {38400, B38400},
    {57600, B57600},
    {115200, B115200},
    {230400, B230400},
    {460800, B460800},
    {500000, B500000},
    {576000, B576000},
    {921600, B921600},
    {1000000, B1000000},
    {1152000, B1152000},
    {1500000, B1500000},
    {2000000, B2000000},
    {2500000, B2500000},
    {3000000, B3000000},
    {3500000, B3500000},
    {4000000, B4000000},
};

}  // namespace

// The BSD call: both speeds, given as a B* code or as bits per second (glibc).
SYSGATE_C_FUNCTION(int, cfsetspeed, (struct termios* t, speed_t speed) noexcept) {
  for (const Speed& s : speeds) {
    if (speed == s.code || speed == s.number) {
      ::cfsetispeed(t, s.code);
      ::cfsetospeed(t, s.code);
      return 0;
    }
  }
  errno = EINVAL;
  return -1;
}

}  // namespace sysgate::c
