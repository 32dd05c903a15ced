#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// The node name from uname; as much as fits, and ENAMETOOLONG when not all of it did.
SYSGATE_C_FUNCTION(int, gethostname, (char* name, size_t size) noexcept) {
  struct utsname uts;
  if (::uname(&uts) != 0) return -1;
  size_t length = strlen(uts.nodename) + 1;
  memcpy(name, uts.nodename, length < size ? length : size);
  if (length > size) {
    errno = ENAMETOOLONG;
    return -1;
  }
  return 0;
}

}  // namespace sysgate::c
