// Writes this process's vDSO, as many bytes as live_image_size says, to argv[1]: a
// seed for the fuzzer. Build it -m32 and -m64 to get both classes.
// Exit 77 when the process has no vDSO (qemu-user), 1 on any other failure.
#include <stdio.h>
#include <sys/auxv.h>

#include "src/vdso/live_image.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s OUTPUT\n", argv[0]);
    return 1;
  }
  const void* base = reinterpret_cast<const void*>(getauxval(AT_SYSINFO_EHDR));
  if (base == nullptr) return 77;
  const size_t size = sysgate::vdso::live_image_size(base);
  FILE* out = fopen(argv[1], "wb");
  if (size == 0 || out == nullptr || fwrite(base, 1, size, out) != size || fclose(out) != 0) {
    fprintf(stderr, "%s: cannot dump the vDSO (size %zu)\n", argv[0], size);
    return 1;
  }
  return 0;
}
