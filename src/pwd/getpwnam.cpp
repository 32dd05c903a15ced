#include "src/internal/c_export.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(struct passwd*, getpwnam, (const char* name) noexcept) {
  static users::Static<passwd> storage;
  return storage.get([name](passwd* entry, char* buf, size_t size, passwd** result) {
    return getpwnam_r(name, entry, buf, size, result);
  });
}

}  // namespace sysgate::c
