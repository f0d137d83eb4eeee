// The row stream: households are built one at a time into chunks of a bounded number of
// households, and each chunk is handed out before the next is built. Nothing else is kept,
// so memory does not grow with the number of persons (10 million work like 10 thousand).
import { Chunk } from './chunk.js';
import { buildHousehold } from './household.rows.js';
import type { RunState } from './state.js';

export function* chunkStream(
  st: RunState,
  persons: number,
  householdsPerChunk: number,
): Generator<Chunk> {
  let made = 0;
  while (made < persons) {
    const chunk = new Chunk();
    while (chunk.households < householdsPerChunk && made < persons)
      made += buildHousehold(st, chunk, persons - made);
    yield chunk;
  }
}
