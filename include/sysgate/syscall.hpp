// The raw layer: sysgate::syscall(nr, args...) enters the kernel through this build's
// entry (sysgate/arch/syscall.hpp) and returns the kernel's word untouched; no errno.
#pragma once
#include <sysgate/arch/syscall.hpp>
#include <sysgate/result.hpp>

namespace sysgate {

namespace detail {
template <class T>
inline constexpr bool is_integer = false;
template <>
inline constexpr bool is_integer<bool> = true;
template <>
inline constexpr bool is_integer<char> = true;
template <>
inline constexpr bool is_integer<signed char> = true;
template <>
inline constexpr bool is_integer<unsigned char> = true;
template <>
inline constexpr bool is_integer<short> = true;
template <>
inline constexpr bool is_integer<unsigned short> = true;
template <>
inline constexpr bool is_integer<int> = true;
template <>
inline constexpr bool is_integer<unsigned> = true;
template <>
inline constexpr bool is_integer<long> = true;
template <>
inline constexpr bool is_integer<unsigned long> = true;
template <>
inline constexpr bool is_integer<long long> = true;
template <>
inline constexpr bool is_integer<unsigned long long> = true;

// Integers and enums that fit in one register.
template <class T>
inline constexpr bool is_word = (is_integer<T> || __is_enum(T)) && sizeof(T) <= sizeof(long);

// enable_if without <type_traits>, which a freestanding build does not have.
template <bool>
struct WordIf {};
template <>
struct WordIf<true> {
  using type = long;
};
}  // namespace detail

// Pointers, integers and enums all travel as one machine word; anything else (a
// float, a struct, a 64-bit integer on i386) is a compile error rather than a silent
// conversion: the caller splits wide values as the syscall wants them.
template <class T>
inline long to_word(T* pointer) noexcept {
  return reinterpret_cast<long>(pointer);
}
constexpr long to_word(decltype(nullptr)) noexcept { return 0; }
template <class T>
constexpr typename detail::WordIf<detail::is_word<T>>::type to_word(T value) noexcept {
  return static_cast<long>(value);
}

template <class... Args>
inline long syscall(long number, Args... args) noexcept {
  static_assert(sizeof...(Args) <= 6, "the kernel takes at most six arguments");
  return arch::syscall(number, to_word(args)...);
}

// The same, as a Result<T>.
template <class T = long, class... Args>
inline Result<T> checked_syscall(long number, Args... args) noexcept {
  return Result<T>::from_word(syscall(number, args...));
}

}  // namespace sysgate
