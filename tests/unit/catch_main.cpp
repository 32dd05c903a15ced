// The one Catch2 v2 main of every hosted unit test: the slowest file to compile, so it
// is compiled once per arch and linked into each test executable.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
