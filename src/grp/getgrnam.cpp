#include "src/internal/c_export.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(struct group*, getgrnam, (const char* name) noexcept) {
  static users::Static<group> storage;
  return storage.get([name](group* entry, char* buf, size_t size, group** result) {
    return getgrnam_r(name, entry, buf, size, result);
  });
}

}  // namespace sysgate::c
