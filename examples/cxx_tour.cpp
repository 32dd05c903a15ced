// A tour of the C++ standard headers sysgate-c++ offers (libstdc++'s header-only part,
// from the installed g++): each one used, each result checked, one line at the end.
#include <array>
#include <bit>
#include <climits>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <numeric>
#include <optional>
#include <span>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

#include "print.h"

namespace {

int failures = 0;

void check(bool ok, const char* what) {
  if (ok) return;
  put(2, "cxx_tour: FAILED: ");
  put(2, what);
  put(2, "\n");
  ++failures;
}

template <std::integral T>
constexpr T twice(T v) {
  return v * 2;
}

struct Version {
  int major, minor;
  auto operator<=>(const Version&) const = default;
};

int sum(std::initializer_list<int> values) {
  return std::accumulate(values.begin(), values.end(), 0);
}

}  // namespace

int main() {
  static_assert(std::is_same_v<std::remove_cvref_t<const int&>, int>);
  check(std::numeric_limits<int>::max() == INT_MAX, "<limits> and <climits>");
  check(std::numeric_limits<std::uint8_t>::max() == 255, "<cstdint>");
  check(sizeof(std::max_align_t) >= alignof(double), "<cstddef>");

  std::array<int, 4> a{4, 1, 3, 2};
  std::span<int> s(a);
  check(s.size() == 4 && s[2] == 3, "<array> and <span>");
  check(std::accumulate(a.begin(), a.end(), 0) == 10, "<numeric> accumulate");
  check(std::gcd(12, 18) == 6, "<numeric> gcd");
  check(sum({1, 2, 3}) == 6, "<initializer_list>");

  std::pair<int, const char*> p = std::make_pair(7, "seven");
  auto [n, name] = p;
  check(n == 7 && std::strcmp(name, "seven") == 0, "<utility> and <cstring>");
  std::tuple<int, char, long> t{1, 'x', 3L};
  check(std::get<1>(t) == 'x' && std::tuple_size_v<decltype(t)> == 3, "<tuple>");

  std::string_view hello = "hello, world";
  check(hello.substr(7) == "world" && hello.find(',') == 5, "<string_view>");

  std::optional<int> none, some = 42;
  check(!none && some.value_or(0) == 42, "<optional>");
  std::variant<int, std::string_view> v = std::string_view("text");
  check(std::holds_alternative<std::string_view>(v) && std::get<1>(v).size() == 4, "<variant>");

  check(std::popcount(0xf0u) == 4 && std::bit_width(255u) == 8, "<bit>");
  check(std::bit_cast<std::uint32_t>(1.0f) == 0x3f800000u, "<bit> bit_cast");
  check(twice(21) == 42, "<concepts>");
  check((Version{1, 2} <=> Version{1, 3}) < 0, "<compare>");

  if (failures) return 1;
  put(1, "cxx_tour: 18 headers, all checks passed\n");
  return 0;
}
