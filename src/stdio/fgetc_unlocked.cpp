#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, fgetc_unlocked, (FILE * f) noexcept) { return stdio::get_byte(f); }

}  // namespace sysgate::c
