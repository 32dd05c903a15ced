/* The heap's answers to what a caller gets wrong, against glibc (malloc-bad-glibc prints
 * the same). With no argument: sizes that overflow or exceed PTRDIFF_MAX give NULL and
 * ENOMEM, bad alignments EINVAL, and the zero-size cases behave as glibc's. With an
 * argument, a fault that must end the process by SIGABRT after a one-line message:
 *   double-free          free(p); free(p);        "free(): double free detected"
 *   invalid-free         free(p + 8)              "free(): invalid pointer"
 *   double-free-aligned  the same with an aligned block
 *   realloc-freed        realloc of a freed block (sysgate only: glibc does not see it) */
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* Keeps the compiler from folding or warning about sizes it can see. */
static size_t opaque(size_t n) {
  static volatile size_t v;
  v = n;
  return v;
}

static void faults(const char* what) {
  char* volatile p = malloc(opaque(64));
  if (strcmp(what, "double-free") == 0) {
    free(p);
    free(p);
  } else if (strcmp(what, "invalid-free") == 0) {
    free((char*)opaque((size_t)p) + 8);
  } else if (strcmp(what, "double-free-aligned") == 0) {
    char* volatile q = aligned_alloc(256, opaque(100));
    free(q);
    free(q);
  } else if (strcmp(what, "realloc-freed") == 0) {
    free(p);
    p = realloc(p, opaque(200));
  }
  check_put("still alive\n");
}

int main(int argc, char** argv) {
  if (argc > 1) {
    faults(argv[1]);
    return 1;
  }
  const size_t max = SIZE_MAX, half = SIZE_MAX / 2;
  errno = 0;
  CHECK(malloc(opaque(max)) == NULL && errno == ENOMEM, "malloc(SIZE_MAX): NULL, ENOMEM");
  errno = 0;
  CHECK(malloc(opaque(PTRDIFF_MAX) + 1) == NULL && errno == ENOMEM,
        "malloc(PTRDIFF_MAX + 1): NULL, ENOMEM");
  errno = 0;
  CHECK(calloc(opaque(half), 3) == NULL && errno == ENOMEM, "calloc(SIZE_MAX / 2, 3) overflows");
  CHECK(calloc(0, opaque(max)) != NULL, "calloc(0, SIZE_MAX) is a block");

  char* volatile p = malloc(opaque(100));
  memset(p, 'x', 100);
  errno = 0;
  CHECK(reallocarray(p, opaque(half), 3) == NULL && errno == ENOMEM,
        "reallocarray overflow: NULL, ENOMEM");
  CHECK(p[0] == 'x' && p[99] == 'x', "reallocarray overflow leaves the block as it was");
  errno = 0;
  CHECK(realloc(p, opaque(max)) == NULL && errno == ENOMEM, "realloc(p, SIZE_MAX): NULL, ENOMEM");
  CHECK(p[0] == 'x' && p[99] == 'x', "failed realloc leaves the block as it was");
  p = reallocarray(p, 50, 4);
  CHECK(p && p[99] == 'x', "reallocarray grows and keeps the contents");
  errno = 0;
  CHECK(realloc(p, 0) == NULL && errno == 0, "realloc(p, 0) frees p, returns NULL");
  void* q = realloc(NULL, 0);
  CHECK(q != NULL, "realloc(NULL, 0) is malloc(0): a block");
  free(q);

  void* z = malloc(opaque(0));
  void* z2 = malloc(opaque(0));
  CHECK(z && z2 && z != z2, "malloc(0): two distinct blocks");
  CHECK(malloc_usable_size(z) >= 1, "malloc(0) has usable bytes");
  free(z);
  free(z2);
  free(NULL);
  CHECK(malloc_usable_size(NULL) == 0, "malloc_usable_size(NULL) is 0");

  void* a = (void*)1;
  errno = 0;
  CHECK_EQ(posix_memalign(&a, 3, 16), EINVAL, "posix_memalign alignment 3: EINVAL");
  CHECK_EQ(posix_memalign(&a, 0, 16), EINVAL, "posix_memalign alignment 0: EINVAL");
  CHECK_EQ(posix_memalign(&a, sizeof(void*) / 2, 16), EINVAL,
           "posix_memalign alignment below sizeof(void*): EINVAL");
  CHECK_EQ(posix_memalign(&a, 3 * sizeof(void*), 16), EINVAL,
           "posix_memalign alignment not a power of two: EINVAL");
  CHECK(a == (void*)1 && errno == 0, "posix_memalign EINVAL: result and errno untouched");
  CHECK_EQ(posix_memalign(&a, 64, opaque(max)), ENOMEM, "posix_memalign(64, SIZE_MAX): ENOMEM");
  CHECK_EQ(posix_memalign(&a, 4096, 10), 0, "posix_memalign(4096, 10)");
  CHECK((uintptr_t)a % 4096 == 0, "posix_memalign(4096) is page-aligned");
  free(a);

  errno = 0;
  CHECK(memalign(opaque(half + 2), 10) == NULL && errno == EINVAL,
        "memalign above SIZE_MAX / 2 + 1: EINVAL");
  errno = 0;
  CHECK(memalign(opaque(half + 1), 10) == NULL && errno == ENOMEM,
        "memalign(SIZE_MAX / 2 + 1, 10): ENOMEM");
  a = memalign(48, 10);
  CHECK(a && (uintptr_t)a % 64 == 0, "memalign(48): raised to 64, as glibc");
  free(a);
  a = aligned_alloc(24, 10);
  CHECK(a && (uintptr_t)a % 32 == 0, "aligned_alloc(24): raised to 32, as glibc 2.36");
  free(a);
  errno = 0;
  CHECK(aligned_alloc(64, opaque(max)) == NULL && errno == ENOMEM,
        "aligned_alloc(64, SIZE_MAX): ENOMEM");
  errno = 0;
  CHECK(valloc(opaque(max)) == NULL && errno == ENOMEM, "valloc(SIZE_MAX): ENOMEM");
  errno = 0;
  CHECK(pvalloc(opaque(max)) == NULL && errno == ENOMEM, "pvalloc(SIZE_MAX): ENOMEM (wraps)");
  a = pvalloc(1);
  CHECK(a && (uintptr_t)a % 4096 == 0 && malloc_usable_size(a) >= 4096, "pvalloc(1): a whole page");
  free(a);
  a = valloc(5000);
  CHECK(a && (uintptr_t)a % 4096 == 0, "valloc(5000): page-aligned");
  free(a);
  return check_summary();
}
