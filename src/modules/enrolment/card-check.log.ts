// The card check's trail, written in batches: a reception desk checks thousands of cards a
// day and an audit row per check in the request's own transaction would double its cost.
// Events wait in memory for at most a second (or 500 events); the app flushes on close.
import { sql } from 'kysely';
import type { Db } from '../../db-schema.js';
import type { Actor } from '../../platform/auth-context.js';
import type { CardCheckEventTable } from './enrolment.tables.js';

type Event = Omit<CardCheckEventTable, 'id'>;

const FLUSH_EVERY_MS = 1000;
const FLUSH_AT = 500;

export class CardCheckLog {
  private pending: Event[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly onError: (error: unknown) => void,
  ) {}

  record(actor: Actor, event: Pick<Event, 'key_kind' | 'result_code' | 'person_id'>): void {
    this.pending.push({
      ...event,
      occurred_at: new Date(),
      actor: actor.actor,
      actor_user_id: actor.userId,
      token_id: actor.tokenId,
      request_id: actor.requestId ?? '',
    });
    if (this.pending.length >= FLUSH_AT) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS).unref();
  }

  /** Writes what is pending; resolves when every event recorded so far is stored. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length > 0) {
      this.writing = this.writing.then(() =>
        insertEvents(this.db, batch).then(() => undefined, this.onError),
      );
    }
    return this.writing;
  }
}

/**
 * One statement of eight array parameters, whatever the batch size: a 500-row VALUES list
 * would be built and sent as 4,000 parameters, stalling the requests queued behind it.
 */
function insertEvents(db: Db, batch: Event[]) {
  const column = <K extends keyof Event>(key: K) => batch.map((e) => e[key]);
  return sql`
    insert into card_check_event
      (occurred_at, actor, actor_user_id, token_id, request_id, key_kind, result_code, person_id)
    select * from unnest(
      ${column('occurred_at')}::timestamptz[], ${column('actor')}::text[],
      ${column('actor_user_id')}::bigint[], ${column('token_id')}::bigint[],
      ${column('request_id')}::text[], ${column('key_kind')}::text[],
      ${column('result_code')}::text[], ${column('person_id')}::bigint[])`.execute(db);
}
