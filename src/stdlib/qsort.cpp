// qsort: introsort. Quicksort with a median-of-three pivot (a ninther on large
// ranges) and Hoare partitioning, which splits runs of equal keys evenly; heapsort once
// the depth passes 2 log2(n), so no input is quadratic; insertion sort below 16. As in
// pdqsort, a partition that moved nothing hints at sorted input: each side then gets an
// insertion sort that gives up after 8 moves, so sorted and reversed runs cost O(n).
#include <stdint.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {
namespace {

using Compare = int (*)(const void*, const void*);

// How elements move: in machine words when size and base allow it.
enum class Width { bytes, u32, u64 };

struct Sorter {
  size_t size;
  Compare compare;
  Width width;

  [[gnu::always_inline]] void swap(char* a, char* b) const {
    switch (width) {
      case Width::u32: {
        uint32_t t = *reinterpret_cast<uint32_t*>(a);
        *reinterpret_cast<uint32_t*>(a) = *reinterpret_cast<uint32_t*>(b);
        *reinterpret_cast<uint32_t*>(b) = t;
        return;
      }
      case Width::u64:
        for (size_t i = 0; i < size; i += 8) {
          uint64_t t = *reinterpret_cast<uint64_t*>(a + i);
          *reinterpret_cast<uint64_t*>(a + i) = *reinterpret_cast<uint64_t*>(b + i);
          *reinterpret_cast<uint64_t*>(b + i) = t;
        }
        return;
      case Width::bytes:
        for (size_t i = 0; i < size; ++i) {
          char t = a[i];
          a[i] = b[i];
          b[i] = t;
        }
        return;
    }
  }
  bool less(const char* a, const char* b) const { return compare(a, b) < 0; }
  char* at(char* base, size_t i) const { return base + i * size; }

  char* median3(char* a, char* b, char* c) const {
    if (less(a, b)) return less(b, c) ? b : (less(a, c) ? c : a);
    return less(a, c) ? a : (less(b, c) ? c : b);
  }

  void insertion(char* base, size_t n) const {
    for (size_t i = 1; i < n; ++i)
      for (char* p = at(base, i); p > base && less(p, p - size); p -= size) swap(p, p - size);
  }

  // Insertion sort that stops once it has moved 8 elements; true if it finished.
  bool partial_insertion(char* base, size_t n) const {
    int moves = 0;
    for (size_t i = 1; i < n; ++i) {
      char* p = at(base, i);
      if (!less(p, p - size)) continue;
      if (++moves > 8) return false;
      for (; p > base && less(p, p - size); p -= size) swap(p, p - size);
    }
    return true;
  }

  // A strictly descending input is reversed first (n - 1 comparisons, and random input
  // stops after a few): it then sorts in O(n) like an ascending one.
  void reverse_if_descending(char* base, size_t n) const {
    for (size_t i = 1; i < n; ++i)
      if (!less(at(base, i), at(base, i - 1))) return;
    for (char *lo = base, *hi = at(base, n - 1); lo < hi; lo += size, hi -= size) swap(lo, hi);
  }

  void sift_down(char* base, size_t root, size_t n) const {
    for (size_t child; (child = 2 * root + 1) < n; root = child) {
      if (child + 1 < n && less(at(base, child), at(base, child + 1))) ++child;
      if (!less(at(base, root), at(base, child))) return;
      swap(at(base, root), at(base, child));
    }
  }

  void heapsort(char* base, size_t n) const {
    for (size_t i = n / 2; i-- > 0;) sift_down(base, i, n);
    for (size_t end = n; end-- > 1;) {
      swap(base, at(base, end));
      sift_down(base, 0, end);
    }
  }

  // Puts the pivot first: the median of three, or of three medians on large ranges.
  void choose_pivot(char* base, size_t n) const {
    char* last = at(base, n - 1);
    char* mid = at(base, n / 2);
    char* pivot;
    if (n > 128) {
      size_t s = n / 8;
      pivot = median3(median3(base, at(base, s), at(base, 2 * s)),
                      median3(mid - s * size, mid, mid + s * size),
                      median3(last - 2 * s * size, last - s * size, last));
    } else {
      pivot = median3(base + size, mid, last);
    }
    swap(base, pivot);
  }

  // Partitions around the pivot at base and returns its final index; `moved_nothing`
  // says whether the range was already partitioned.
  size_t partition(char* base, size_t n, bool& moved_nothing) const {
    char* last = at(base, n - 1);
    char* i = base + size;
    char* j = last;
    moved_nothing = true;
    for (;;) {
      while (i <= j && less(i, base)) i += size;
      while (i <= j && less(base, j)) j -= size;
      if (i >= j) break;
      moved_nothing = false;
      swap(i, j);
      i += size;
      j -= size;
    }
    swap(base, j);
    return static_cast<size_t>(j - base) / size;
  }

  // Moves the elements equal to the pivot at base (none is smaller) to the front and
  // returns the first greater one.
  char* partition_equal(char* base, size_t n) const {
    char* i = base + size;
    char* j = at(base, n - 1);
    for (;;) {
      while (i <= j && !less(base, i)) i += size;
      while (i <= j && less(base, j)) j -= size;
      if (i >= j) return i;
      swap(i, j);
      i += size;
      j -= size;
    }
  }

  // `before` is an element no greater than any in the range (the pivot that split it
  // off), or null. A pivot equal to it is the range's minimum: its run of equal keys
  // is set aside in one pass, so few distinct keys cost O(n log k), not O(n log n).
  void sort(char* base, size_t n, int depth, const char* before) const {
    while (n > 16) {
      if (depth-- == 0) return heapsort(base, n);
      choose_pivot(base, n);
      if (before && !less(before, base)) {
        char* greater = partition_equal(base, n);
        n -= static_cast<size_t>(greater - base) / size;
        base = greater;
        continue;
      }
      bool moved_nothing;
      size_t p = partition(base, n, moved_nothing);
      size_t right = n - p - 1;
      if (moved_nothing) {
        bool left_sorted = partial_insertion(base, p);
        bool right_sorted = partial_insertion(at(base, p + 1), right);
        if (left_sorted && right_sorted) return;
        if (left_sorted) {
          before = at(base, p);
          base = at(base, p + 1);
          n = right;
          continue;
        }
        if (right_sorted) {
          n = p;
          continue;
        }
      }
      // The smaller side recursively, the larger in the loop: the stack stays log n.
      if (p < right) {
        sort(base, p, depth, before);
        before = at(base, p);
        base = at(base, p + 1);
        n = right;
      } else {
        sort(at(base, p + 1), right, depth, at(base, p));
        n = p;
      }
    }
    insertion(base, n);
  }
};

}  // namespace

SYSGATE_C_FUNCTION(void, qsort,
                   (void* base, size_t count, size_t size, Compare compare)) {
  if (count < 2 || size == 0) return;
  auto address = reinterpret_cast<uintptr_t>(base);
  Width width = Width::bytes;
  if (size == 4 && address % 4 == 0)
    width = Width::u32;
  else if (size % 8 == 0 && address % 8 == 0)
    width = Width::u64;
  int depth = 0;
  for (size_t m = count; m > 1; m >>= 1) depth += 2;
  Sorter sorter{size, compare, width};
  sorter.reverse_if_descending(static_cast<char*>(base), count);
  sorter.sort(static_cast<char*>(base), count, depth, nullptr);
}

}  // namespace sysgate::c
