// Page-by-page navigation over a keyset-paginated list ({items, nextCursor}). The API gives no
// way back, so the cursors of the pages already seen are kept; they reset when the filters
// (resetKey) change, because a cursor belongs to one query.
import { useState } from 'react';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | null)[] }>({
    key: resetKey,
    stack: [null],
  });
  const stack = state.key === resetKey ? state.stack : [null];
  return {
    cursor: stack[stack.length - 1] ?? null,
    page: stack.length,
    next: (cursor: string) => setState({ key: resetKey, stack: [...stack, cursor] }),
    previous: () => setState({ key: resetKey, stack: stack.slice(0, -1) }),
  };
}
