// Writes the unit tests' built images (both classes, each hash-table mix, with and
// without versions, at zero and non-zero load addresses) into directory argv[1].
#include <stdio.h>

#include <string>

#include "image_builder.hpp"

namespace {

template <class Elf>
int write_all(const std::string& dir, const char* tag, uint16_t machine) {
  int written = 0;
  for (int tables = 0; tables < 3; ++tables)
    for (int versions = 0; versions < 2; ++versions)
      for (uint64_t vaddr : {uint64_t{0}, uint64_t{0x10000}}) {
        vdso_test::ImageSpec spec = vdso_test::typical_spec(machine);
        spec.sysv_hash = tables != 1;
        spec.gnu_hash = tables != 0;
        spec.versions = versions != 0;
        spec.load_vaddr = vaddr;
        const auto img = vdso_test::build_image<Elf>(spec);
        const std::string path = dir + "/built-" + tag + "-" + std::to_string(written++);
        FILE* out = fopen(path.c_str(), "wb");
        if (!out || fwrite(img.bytes.data(), 1, img.bytes.size(), out) != img.bytes.size() ||
            fclose(out))
          return -1;
      }
  return written;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s DIRECTORY\n", argv[0]);
    return 1;
  }
  const int a = write_all<sysgate::elf::Elf32>(argv[1], "elf32", sysgate::elf::em_386);
  const int b = write_all<sysgate::elf::Elf64>(argv[1], "elf64", sysgate::elf::em_x86_64);
  if (a < 0 || b < 0) {
    fprintf(stderr, "%s: cannot write to %s\n", argv[0], argv[1]);
    return 1;
  }
  printf("%d built images\n", a + b);
  return 0;
}
