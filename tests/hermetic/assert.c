/* assert: glibc's message on stderr, then SIGABRT; NDEBUG read anew at each
 * inclusion of <assert.h>. argv[1]: "pass" (every assertion holds, one under NDEBUG
 * does not) or "fail". */
#define NDEBUG
#include <assert.h>

static int disabled_assert(int x) {
  assert(x == 12345); /* NDEBUG: not even evaluated */
  return x;
}

#undef NDEBUG
#include <assert.h>
#include <string.h>
#include <unistd.h>

static_assert(sizeof(int) >= 2, "static_assert from <assert.h>");

static void check_positive(int value) { assert(value > 0 && "values are positive"); }

int main(int argc, char** argv) {
  int evaluated = 0;
  assert(++evaluated == 1);
  if (evaluated != 1) return 3;
  disabled_assert(1);
  if (argc > 1 && strcmp(argv[1], "fail") == 0) check_positive(argc - 3);
  write(1, "assertions held\n", 16);
  return 0;
}
