// The board's statics cache (board.statics.ts): a minute at most, dropped whole when a target
// is written in this process (targets.service.ts, imports.service.ts).
import { LRUCache } from 'lru-cache';

const cache = new LRUCache<string, Promise<unknown>>({ max: 2_000, ttl: 60_000 });

export function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const loading = load();
  cache.set(key, loading);
  // a failed load is not kept
  loading.catch(() => cache.delete(key));
  return loading;
}

/** Drops every cached static (a target was written). */
export function clearBoardStatics(): void {
  cache.clear();
}
