// A tour of the C++ standard headers sysgate-c++ offers (libstdc++'s header-only part,
// from the installed g++): each one used, each result checked, one line at the end.
#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <climits>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <memory>
#include <numeric>
#include <optional>
#include <ranges>
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

  std::sort(a.begin(), a.end());
  check(a == std::array<int, 4>{1, 2, 3, 4} && std::binary_search(a.begin(), a.end(), 3),
        "<algorithm> sort, binary_search");
  check(*std::max_element(a.begin(), a.end()) == 4 && std::find(a.begin(), a.end(), 7) == a.end(),
        "<algorithm> max_element, find");
  check(std::distance(a.begin(), std::next(a.begin(), 3)) == 3 && *std::rbegin(a) == 4,
        "<iterator>");
  std::function<int(int)> add_one = [](int x) { return x + 1; };
  check(add_one(41) == 42 && std::invoke(std::plus<>{}, 2, 3) == 5, "<functional>");
  auto odd_squares = a | std::views::filter([](int x) { return x % 2; }) |
                     std::views::transform([](int x) { return x * x; });
  check(std::ranges::distance(odd_squares) == 2 && *odd_squares.begin() == 1 &&
            *std::ranges::next(odd_squares.begin()) == 9,
        "<ranges>");

  std::atomic<int> counter{40};
  counter.fetch_add(1);
  int expected = 41;
  check(counter.compare_exchange_strong(expected, 42) && counter.load() == 42, "<atomic>");
  counter.wait(0);  // not 0: returns at once
  counter.notify_one();

  check(std::abs(-5) == 5 && std::abs(-5L) == 5L && std::llabs(-6LL) == 6LL, "<cstdlib> abs");
  std::div_t d = std::div(17, 5);
  std::lldiv_t ld = std::lldiv(-17LL, 5LL);
  check(d.quot == 3 && d.rem == 2 && ld.quot == -3 && ld.rem == -2, "<cstdlib> div");
  check(std::strtol("0x2a", nullptr, 16) == 42 && std::atoi("-7") == -7, "<cstdlib> strtol");
  wchar_t wide = 0;
  char narrow[8];
  check(std::mbtowc(&wide, "A", 1) == 1 && wide == L'A' && wctomb(narrow, L'B') == 1 &&
            narrow[0] == 'B' && MB_CUR_MAX >= 1,
        "<cstdlib> mbtowc, wctomb");

  auto owned = std::make_unique<Version>(Version{3, 4});
  auto shared = std::make_shared<Version>(Version{5, 6});
  std::shared_ptr<Version> also = shared;
  std::weak_ptr<Version> watcher = shared;
  check(owned->minor == 4 && also->major == 5 && shared.use_count() == 2 && !watcher.expired(),
        "<memory> unique_ptr, shared_ptr, weak_ptr");
  also.reset();
  shared.reset();
  check(watcher.expired(), "<memory> weak_ptr expired");
  check(std::wctomb(narrow, L'C') == 1 && narrow[0] == 'C' &&
            std::wcstombs(narrow, L"de", sizeof narrow) == 2 && std::strcmp(narrow, "de") == 0,
        "<cstdlib> std::wctomb, std::wcstombs");

  char text[32];
  std::snprintf(text, sizeof text, "%d-%s", 42, "x");
  check(std::strcmp(text, "42-x") == 0, "<cstdio> snprintf");
  char temp_name[L_tmpnam];
  check(std::tmpnam(temp_name) == temp_name && std::strncmp(temp_name, P_tmpdir "/", 5) == 0,
        "<cstdio> tmpnam");

  if (failures) return 1;
  put(1, "cxx_tour: 27 headers, all checks passed\n");
  return 0;
}
