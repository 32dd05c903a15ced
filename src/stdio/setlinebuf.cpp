#include <stdio.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, setlinebuf, (FILE * f) noexcept) { setvbuf(f, nullptr, _IOLBF, 0); }

}  // namespace sysgate::c
