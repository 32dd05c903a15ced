/* A program that holds addresses in its data, run as a position-dependent program and
 * as a static-pie (tests/meson.build builds every hermetic program both ways): every
 * stored address must equal the one the code computes, which in a static-pie holds
 * only if start-up applied the relocations before anything read them.
 *   static_pie [--expect-pie | --expect-fixed]   also checks the ELF type
 * Prints "main at 0x..." for tests/check_static_pie.sh, which compares two runs. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

/* The program's own ELF header: e_type (ET_EXEC 2, ET_DYN 3) is the half-word at 16. */
extern const unsigned char __ehdr_start[] __attribute__((visibility("hidden")));

static int answer(void) { return 42; }
static int other(void) { return 7; }

static int counter = 5;
static const char text[] = "relocated";
/* Each of these is a word the linker could only fill in relative to the load address. */
static int (*const functions[])(void) = {answer, other};
static int* const pointer_to_counter = &counter;
static const char* strings[] = {text, text + 2, "literal"};
static __thread const char* tls_pointer = text; /* TLS initial image holds an address */
static int constructor_ran;

/* The compiler would fold a read of a constant table: make it load the stored words
 * through a pointer it cannot see into. */
#define LOADED(x)                \
  ({                             \
    __typeof__(x) loaded_ = (x); \
    __asm__("" : "+r"(loaded_)); \
    loaded_;                     \
  })

__attribute__((constructor)) static void constructor(void) { constructor_ran = 1; }

int main(int argc, char** argv) {
  int (*const* f)(void) = LOADED(&functions[0]);
  CHECK(f[0] == answer && f[1] == other, "function pointers in .data.rel.ro");
  CHECK_EQ(f[0]() + f[1](), 49, "calls through them");
  int* const* p = LOADED(&pointer_to_counter);
  CHECK(*p == &counter, "a pointer to a global");
  CHECK_EQ(**p, 5, "read through it");
  const char** s = LOADED(&strings[0]);
  CHECK(s[0] == text && s[1] == text + 2, "pointers into a string");
  CHECK(strcmp(s[2], "literal") == 0, "a pointer to a literal");
  CHECK(LOADED(&tls_pointer)[0] == text, "an address in the TLS initial image");
  CHECK(constructor_ran, ".init_array entry ran");
  unsigned type = __ehdr_start[16] | __ehdr_start[17] << 8;
  if (argc > 1 && strcmp(argv[1], "--expect-pie") == 0) CHECK_EQ(type, 3, "ELF type ET_DYN");
  if (argc > 1 && strcmp(argv[1], "--expect-fixed") == 0) CHECK_EQ(type, 2, "ELF type ET_EXEC");
  printf("main at %p, ELF type %u\n", (void*)(uintptr_t)main, type);
  return check_summary();
}
