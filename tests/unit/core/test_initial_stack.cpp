// Start-up's reading of the kernel's initial stack, over arrays built here.
#include <catch2/catch.hpp>

#include "src/startup/initial_stack.hpp"

using sysgate::startup::aux_vector_after;
using sysgate::startup::find_aux;
using sysgate::startup::read_initial_stack;

namespace {
char arg0[] = "prog", arg1[] = "x", env0[] = "A=1", env1[] = "B=2";
}

TEST_CASE("read_initial_stack finds argv and envp after argc, auxv after envp") {
  unsigned long stack[] = {
      2,
      reinterpret_cast<unsigned long>(arg0),
      reinterpret_cast<unsigned long>(arg1),
      0,
      reinterpret_cast<unsigned long>(env0),
      reinterpret_cast<unsigned long>(env1),
      0,
      6 /* AT_PAGESZ */,
      4096,
      25 /* AT_RANDOM */,
      0xdead,
      0 /* AT_NULL */,
      0,
  };
  auto s = read_initial_stack(stack);
  CHECK(s.argc == 2);
  CHECK(s.argv[0] == arg0);
  CHECK(s.argv[1] == arg1);
  CHECK(s.argv[2] == nullptr);
  CHECK(s.envp[0] == env0);
  CHECK(s.envp[1] == env1);
  CHECK(aux_vector_after(s.envp) == stack + 7);
}

TEST_CASE("read_initial_stack copes with no arguments and no environment") {
  unsigned long stack[] = {0, 0, 0, 0 /* AT_NULL */, 0};
  auto s = read_initial_stack(stack);
  CHECK(s.argc == 0);
  CHECK(s.envp == reinterpret_cast<char**>(stack + 2));
  CHECK(aux_vector_after(s.envp) == stack + 3);
}

TEST_CASE("find_aux tells a zero value from an absent tag") {
  const unsigned long auxv[] = {6, 4096, 23 /* AT_SECURE */, 0, 32, 0xffffe414, 0, 0, 99, 1};
  bool found = false;
  CHECK(find_aux(auxv, 6, &found) == 4096);
  CHECK(found);
  CHECK(find_aux(auxv, 23, &found) == 0);
  CHECK(found);
  CHECK(find_aux(auxv, 32) == 0xffffe414);
  // Nothing after AT_NULL counts, even a matching pair.
  CHECK(find_aux(auxv, 99, &found) == 0);
  CHECK_FALSE(found);
  CHECK(find_aux(nullptr, 6, &found) == 0);
  CHECK_FALSE(found);
}

TEST_CASE("the one walk to auxv sees SYSGATE_ENTRY=int80 exactly") {
  char exact[] = "SYSGATE_ENTRY=int80", longer[] = "SYSGATE_ENTRY=int800",
       shorter[] = "SYSGATE_ENTRY=int8", other[] = "SYSGATE_ENTRY=vsyscall",
       prefixed[] = "XSYSGATE_ENTRY=int80", unrelated[] = "HOME=/root", s_only[] = "S";
  char* with[] = {unrelated, exact, nullptr, nullptr};
  bool requested = false;
  CHECK(aux_vector_after(with, &requested) == reinterpret_cast<unsigned long*>(with + 3));
  CHECK(requested);
  for (char* value : {longer, shorter, other, prefixed, s_only}) {
    char* env[] = {value, nullptr};
    CHECK(aux_vector_after(env, &requested) == reinterpret_cast<unsigned long*>(env + 2));
    CHECK_FALSE(requested);
  }
  char* empty[] = {nullptr};
  CHECK(aux_vector_after(empty, &requested) == reinterpret_cast<unsigned long*>(empty + 1));
  CHECK_FALSE(requested);
}
