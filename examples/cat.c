/* cat: copies each file named (or stdin, for none or "-") to stdout through stdio. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

static int copy(FILE* in, const char* name) {
  char block[4096];
  size_t n;
  while ((n = fread(block, 1, sizeof block, in)) > 0)
    if (fwrite(block, 1, n, stdout) != n) return 1;
  if (ferror(in)) {
    fprintf(stderr, "cat: %s: %s\n", name, strerror(errno));
    return 1;
  }
  return 0;
}

int main(int argc, char** argv) {
  int status = 0;
  if (argc < 2) return copy(stdin, "-");
  for (int i = 1; i < argc; ++i) {
    if (strcmp(argv[i], "-") == 0) {
      status |= copy(stdin, "-");
      continue;
    }
    FILE* in = fopen(argv[i], "r");
    if (!in) {
      fprintf(stderr, "cat: %s: %s\n", argv[i], strerror(errno));
      status = 1;
      continue;
    }
    status |= copy(in, argv[i]);
    fclose(in);
  }
  if (fflush(stdout) != 0) status = 1;
  return status;
}
