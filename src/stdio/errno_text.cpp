#include <errno.h>
#include <string.h>

#include "src/stdio/c_format.hpp"

namespace sysgate::stdio {

const char* errno_text(Sink*) { return strerror(errno); }

}  // namespace sysgate::stdio
