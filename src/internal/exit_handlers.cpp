#include "src/internal/exit_handlers.hpp"

#include <stdlib.h>

#include "src/internal/lock.hpp"

namespace sysgate::internal {
namespace {

struct Handler {
  void (*with_argument)(void*);  // __cxa_atexit's kind, or
  void (*plain)();               // atexit's kind
  void* argument;
};

struct Block {
  static constexpr int capacity = 32;
  Block* older;
  int used;
  Handler handlers[capacity];
};

// Process-global, guarded by lock.
Lock lock;
Block first_block;
Block* newest = &first_block;

bool add(Handler handler) {
  LockGuard guard(lock);
  if (newest->used == Block::capacity) {
    auto* block = static_cast<Block*>(malloc(sizeof(Block)));
    if (!block) return false;
    block->older = newest;
    block->used = 0;
    newest = block;
  }
  newest->handlers[newest->used++] = handler;
  return true;
}

// The newest handler, taken off the list; false when none is left. An emptied block is
// not freed: the process is ending, and free() stays out of programs that never malloc.
bool take_newest(Handler* h) {
  LockGuard guard(lock);
  while (newest->used == 0 && newest != &first_block) newest = newest->older;
  if (newest->used == 0) return false;
  *h = newest->handlers[--newest->used];
  return true;
}

}  // namespace

bool add_exit_handler(void (*function)()) noexcept { return add({nullptr, function, nullptr}); }

bool add_exit_handler(void (*function)(void*), void* argument) noexcept {
  return add({function, nullptr, argument});
}

// exit() calls this through a weak reference: a program that registers nothing
// (atexit and __cxa_atexit are what link this file) links neither the list walk nor
// free().
void run_exit_handlers() noexcept {
  // Each is taken off before its call, which runs unlocked: a handler may register
  // another, or call exit().
  Handler h;
  while (take_newest(&h)) {
    if (h.plain)
      h.plain();
    else
      h.with_argument(h.argument);
  }
}

}  // namespace sysgate::internal
