// The two symbol-name hashes of the ELF world. DT_HASH buckets and Verdef.vd_hash use
// the SysV one; DT_GNU_HASH uses Bernstein's djb2 (h * 33 + c, seeded 5381).
#pragma once

#include <stdint.h>

namespace sysgate::vdso {

constexpr uint32_t sysv_hash(const char* name) {
  uint32_t h = 0;
  for (; *name != 0; ++name) {
    h = (h << 4) + static_cast<unsigned char>(*name);
    uint32_t high = h & 0xf0000000u;
    h ^= high >> 24;
    h &= ~high;
  }
  return h;
}

constexpr uint32_t gnu_hash(const char* name) {
  uint32_t h = 5381;
  for (; *name != 0; ++name) h = h * 33 + static_cast<unsigned char>(*name);
  return h;
}

// Values published with the gABI and the GNU hash write-ups, pinned at compile time.
static_assert(sysv_hash("") == 0 && gnu_hash("") == 5381);
static_assert(sysv_hash("printf") == 0x077905a6);
static_assert(gnu_hash("printf") == 0x156b2bb8);

}  // namespace sysgate::vdso
