/* Built against sysgate by a Meson project that has it as a subproject. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char** argv) {
  printf("consumer: %s, linked with sysgate through dependency('sysgate'), %d argument(s)\n",
         argv[0], argc - 1);
  return getenv("PATH") || argc > 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
