#include <unistd.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/unistd/exec_search.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, execvpe,
                   (const char* file, char* const argv[], char* const envp[]) noexcept) {
  return to_c<int>(Result<int>::from_word(exec::search(file, argv, envp, true)));
}

}  // namespace sysgate::c
