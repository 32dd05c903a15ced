#include <stdio.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, setbuffer, (FILE * f, char* buffer, size_t size) noexcept) {
  setvbuf(f, buffer, buffer ? _IOFBF : _IONBF, size);
}

}  // namespace sysgate::c
