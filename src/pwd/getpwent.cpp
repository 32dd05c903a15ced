#include "src/internal/c_export.hpp"
#include "src/pwd/passwd_stream.hpp"
#include "src/pwd/user_file.hpp"

namespace sysgate::c {

// The next entry, opening the file on first use; NULL at its end.
SYSGATE_C_FUNCTION(struct passwd*, getpwent, () noexcept) {
  static users::Static<passwd> storage;
  if (!users::passwd_stream) users::passwd_stream = fopen(users::passwd_path, "re");
  if (!users::passwd_stream) return nullptr;
  return storage.get([](passwd* entry, char* buf, size_t size, passwd** result) {
    int status = users::next(users::passwd_stream, entry, buf, size);
    *result = status == 0 ? entry : nullptr;
    return status == ENOENT ? 0 : status;
  });
}

}  // namespace sysgate::c
