// One process's follower of the change feed's end, which every subscription of that process shares.
// It polls the feed only while a subscriber waits for new entries — one query per interval, however
// many subscribers — keeps the newest entries in memory, and hands each subscriber those after its own
// position. A subscriber further behind (resuming from an old cursor) reads the feed itself. Writes
// made through any replica reach the feed in Neo4j, so every replica's followers see them.
import type { Database } from "../db/database";
import { ChangeKind } from "../graph/model";
import { changesAfter, feedHead, MAX_CHANGES_SCANNED, type ChangeEntry } from "./changes";
import { statementsMatching, type StatementSubscriptionFilter } from "./statements";
import type { StatementNode } from "../graph/nodes";

export class FeedTail {
  /** The last entry read, or undefined before the first poll (and after a failed one). */
  private position: number | undefined;
  private recent: ChangeEntry[] = [];
  private readonly waiters = new Set<() => void>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly db: Database,
    private readonly pollMs: number,
    private readonly kept = MAX_CHANGES_SCANNED,
  ) {}

  /**
   * The statements added after `from` that match `filter`, as they are committed, until `signal` aborts.
   * Read through the tail's own database handle: a subscription outlives any request's read budget.
   */
  statementsAdded(
    filter: StatementSubscriptionFilter,
    from: number,
    signal: AbortSignal,
  ): AsyncGenerator<StatementEvent> {
    return statementsAdded(this, this.db, filter, from, signal);
  }

  /** The feed's end now. */
  head(): Promise<number> {
    return feedHead(this.db);
  }

  /**
   * The entries after `position` (at least one), waiting for them when there are none yet; an empty
   * list once `signal` aborts or the tail closes. CURSOR_EXPIRED for a position before the pruned entries.
   */
  async entriesAfter(position: number, signal: AbortSignal): Promise<ChangeEntry[]> {
    while (!signal.aborted && !this.closed) {
      if (this.position !== undefined && position < this.position) {
        const first = this.recent[0];
        if (first !== undefined && first.seq <= position + 1) {
          return this.recent.filter((entry) => entry.seq > position);
        }
        const { entries } = await changesAfter(this.db, position);
        if (entries.length > 0) return entries;
      }
      await this.nextPoll(signal);
    }
    return [];
  }

  /** Stops polling and releases every waiter. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.wakeAll();
  }

  private nextPoll(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        this.waiters.delete(wake);
        signal.removeEventListener("abort", wake);
        resolve();
      };
      this.waiters.add(wake);
      signal.addEventListener("abort", wake, { once: true });
      this.schedule(this.position === undefined ? 0 : this.pollMs);
    });
  }

  private schedule(delayMs: number): void {
    if (this.timer !== undefined || this.closed) return;
    this.timer = setTimeout(() => void this.poll(), delayMs);
  }

  private async poll(): Promise<void> {
    try {
      if (this.position === undefined) {
        this.position = await this.head();
        this.recent = [];
      } else {
        const { entries } = await changesAfter(this.db, this.position);
        if (entries.length > 0) {
          this.recent = [...this.recent, ...entries].slice(-this.kept);
          this.position = entries[entries.length - 1].seq;
        }
      }
    } catch {
      // Neo4j unavailable, or the feed pruned past this tail: start again from the feed's end. Each
      // subscriber keeps its own position, so none misses an entry (or it learns of the pruning).
      this.position = undefined;
      this.recent = [];
    }
    this.timer = undefined;
    this.wakeAll();
  }

  private wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }
}

/** A new statement, and the feed position to resume after it. */
export interface StatementEvent {
  statement: StatementNode;
  position: number;
}

/** Each batch of feed entries costs one query for the statements it adds, none when it adds none. */
async function* statementsAdded(
  tail: FeedTail,
  db: Database,
  filter: StatementSubscriptionFilter,
  from: number,
  signal: AbortSignal,
): AsyncGenerator<StatementEvent> {
  let position = from;
  while (!signal.aborted) {
    const entries = await tail.entriesAfter(position, signal);
    if (entries.length === 0) return;
    const added = entries.filter((entry) => entry.kind === ChangeKind.STATEMENT_ADDED);
    const positionOf = new Map(added.map((entry) => [entry.subjectId, entry.seq]));
    const statements = await statementsMatching(db, [...positionOf.keys()], filter);
    for (const statement of statements) {
      if (signal.aborted) return;
      yield { statement, position: positionOf.get(statement.id) ?? position };
    }
    position = entries[entries.length - 1].seq;
  }
}
