#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, flockfile, (FILE * f) noexcept) { stdio::lock_file(f); }

}  // namespace sysgate::c
