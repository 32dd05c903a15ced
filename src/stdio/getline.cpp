#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(ssize_t, getline, (char** line, size_t* n, FILE* f) noexcept) {
  return getdelim(line, n, '\n', f);
}

}  // namespace sysgate::c
