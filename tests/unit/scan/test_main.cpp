// The one Catch2 v2 main for the scanf engine's tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
