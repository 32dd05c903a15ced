#include <stdio.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, setbuf, (FILE * f, char* buffer) noexcept) {
  setvbuf(f, buffer, buffer ? _IOFBF : _IONBF, BUFSIZ);
}

}  // namespace sysgate::c
