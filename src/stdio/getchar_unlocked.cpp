#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, getchar_unlocked, () noexcept) { return stdio::get_byte(stdin); }

}  // namespace sysgate::c
