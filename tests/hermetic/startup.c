/* What start-up hands main: argv, envp, environ, the auxiliary vector, and a stack
 * aligned to 16 whatever the kernel gave. Run with arguments "alpha" "beta gamma" and
 * SYSGATE_TEST_VAR=value. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "check.h"

extern char** environ;

__attribute__((noinline)) static uintptr_t stack_pointer_at_call(void) {
  /* The caller's stack pointer just before its call: our frame's return address
   * sits right above it. */
  return (uintptr_t)__builtin_frame_address(0) + 2 * sizeof(void*);
}

int main(int argc, char** argv, char** envp) {
  CHECK_EQ(argc, 3, "argc counts the program and two arguments");
  CHECK(argc == 3 && strcmp(argv[1], "alpha") == 0, "argv[1]");
  CHECK(argc == 3 && strcmp(argv[2], "beta gamma") == 0, "argv[2] keeps its space");
  CHECK(argv[argc] == 0, "argv ends with NULL");
  CHECK(envp == environ, "environ is main's envp");
  const char* v = getenv("SYSGATE_TEST_VAR");
  CHECK(v && strcmp(v, "value") == 0, "getenv finds SYSGATE_TEST_VAR");
  CHECK(getenv("SYSGATE_TEST_VA") == 0, "getenv needs the whole name");
  CHECK(getenv("NO_SUCH_VARIABLE_HERE") == 0, "getenv of an absent name is NULL");

  CHECK(getauxval(AT_PHDR) != 0, "AT_PHDR is present");
  CHECK(getauxval(AT_RANDOM) != 0, "AT_RANDOM is present");
  CHECK_EQ(getauxval(AT_ENTRY) != 0, 1, "AT_ENTRY is present");
  CHECK_EQ(getauxval(AT_SECURE), 0, "AT_SECURE is 0 for an ordinary process");
  /* The auxv sits right after envp's NULL. */
  char** e = envp;
  while (*e) ++e;
  unsigned long* auxv = (unsigned long*)(e + 1);
  int found_pagesz = 0;
  for (unsigned long* a = auxv; a[0] != AT_NULL; a += 2)
    if (a[0] == AT_PAGESZ) found_pagesz = a[1] == getauxval(AT_PAGESZ);
  CHECK(found_pagesz, "getauxval agrees with the auxv after envp");

  CHECK_EQ(stack_pointer_at_call() % 16, 0, "the stack is 16-byte aligned at calls");
  return check_summary();
}
