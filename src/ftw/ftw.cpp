#include <ftw.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {
namespace {

// ftw's callback, reached through nftw's: one walk at a time per thread.
thread_local int (*ftw_function)(const char*, const struct stat*, int);

// ftw has fewer types than nftw: a link is a file (or, dangling, unstat-able) and a
// directory is a directory whenever it is reported.
int call_ftw_function(const char* path, const struct stat* st, int type, struct FTW*) {
  if (type == FTW_SL) type = FTW_F;
  if (type == FTW_SLN) type = FTW_NS;
  if (type == FTW_DP) type = FTW_D;
  return ftw_function(path, st, type);
}

}  // namespace

SYSGATE_C_FUNCTION(int, ftw,
                   (const char* path, int (*function)(const char*, const struct stat*, int),
                    int descriptors) noexcept) {
  auto* outer = ftw_function;  // a callback may itself call ftw
  ftw_function = function;
  int result = ::nftw(path, call_ftw_function, descriptors, 0);
  ftw_function = outer;
  return result;
}

}  // namespace sysgate::c
