// libFuzzer target: any byte string, read as a vDSO image by both ELF classes.
// Crashes and sanitizer reports are the failures; beyond them, every pointer the
// reader hands out must lie inside the input, or the target traps.
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "src/vdso/live_image.hpp"
#include "src/vdso/reader.hpp"

namespace {

using namespace sysgate::vdso;
using sysgate::elf::Elf32;
using sysgate::elf::Elf64;
namespace elf = sysgate::elf;

void require(bool ok) {
  if (!ok) __builtin_trap();
}

bool inside(const uint8_t* data, size_t size, const void* p) {
  auto* b = static_cast<const uint8_t*>(p);
  return b >= data && b < data + size;
}

const char* const names[] = {
    "__vdso_clock_gettime", "__vdso_gettimeofday",    "__vdso_time",   "__vdso_getcpu",
    "__kernel_vsyscall",    "__vdso_clock_gettime64", "clock_gettime", ""};
const char* const versions[] = {nullptr, "LINUX_2.6", "LINUX_2.5"};

template <class Elf>
void exercise(const uint8_t* data, size_t size, uint16_t machine) {
  const auto parsed = Reader<Elf>::parse(data, size, machine);
  require(parsed.ok() == parsed.reader.valid());
  require(reason_text(parsed.error) != nullptr);
  if (!parsed.ok()) return;
  const Reader<Elf>& reader = parsed.reader;
  for (const char* name : names)
    for (const char* version : versions) {
      const void* p = reader.lookup(name, version);
      require(p == nullptr || inside(data, size, p));
    }
  // Look up every listed name too: that walks the hash chains to symbols that exist.
  int listed = 0;
  reader.for_each_symbol([&](const char* name, const char* version, void* address) {
    require(inside(data, size, name) && inside(data, size, address));
    require(version == nullptr || inside(data, size, version));
    require(name[0] != 0);
    if (++listed > 64) return;
    const void* p = reader.lookup(name, version);
    require(p == nullptr || inside(data, size, p));
  });
}

// live_image_size may read one whole page: give it one.
void exercise_live_size(const uint8_t* data, size_t size) {
  static unsigned char page[4096];
  memset(page, 0, sizeof page);
  memcpy(page, data, size < sizeof page ? size : sizeof page);
  const size_t n = live_image_size(page);
  require(n % 4096 == 0 && n <= 64 * 1024);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  exercise<Elf32>(data, size, elf::em_386);
  exercise<Elf64>(data, size, elf::em_x86_64);
  exercise_live_size(data, size);
  return 0;
}
