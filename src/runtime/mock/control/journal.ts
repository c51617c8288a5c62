/**
 * The request journal: the last N exchanges (default 1,000), oldest first,
 * each with its request and answer. Entries keep references to what the
 * pipeline already built (header objects, body texts) and are turned into
 * JSON only when someone asks, so that keeping a journal costs a request
 * almost nothing. Bodies are cut at {@link JOURNAL_BODY_LIMIT} characters,
 * so that a full journal stays small whatever clients send.
 */
import type { IncomingHttpHeaders } from "node:http";

/** The default number of exchanges kept. */
export const DEFAULT_JOURNAL_SIZE = 1000;

/** Characters of a body the journal keeps (16 KiB); longer ones are cut and marked. */
export const JOURNAL_BODY_LIMIT: number = 16 * 1024;

/** One exchange as recorded. */
export interface JournalRecord {
  /** When the request arrived and its answer was sent, `performance.now()`. */
  started: number;
  finished: number;
  method: string;
  /** Path and query as sent. */
  path: string;
  /** The service whose format answered, when known. */
  service: string | undefined;
  operation: string | undefined;
  /** 0 when no answer was written (connection reset or abandoned). */
  status: number;
  /** What was injected: a fault rule, `--error-rate`, `Prefer`. */
  fault: string | undefined;
  requestHeaders: IncomingHttpHeaders;
  requestBody: string;
  responseHeaders: Readonly<Record<string, string>>;
  /** The request id header the answer carried besides `responseHeaders`, and its value. */
  requestIdHeader: string | undefined;
  requestId: string | undefined;
  responseBody: string;
  /** Set by the journal when it cut a body to {@link JOURNAL_BODY_LIMIT}. */
  requestCut?: boolean;
  responseCut?: boolean;
}

/** One exchange as `GET /__opforge/requests` shows it. */
export interface JournalEntry {
  id: number;
  time: string;
  method: string;
  path: string;
  service: string | null;
  operation: string | null;
  status: number | null;
  durationMs: number;
  fault?: string;
  request: { headers: Record<string, string>; body: string; truncated?: true };
  response: { headers: Record<string, string>; body: string; truncated?: true };
}

/** A bounded ring of records, numbered from 1 in arrival order. */
export class Journal {
  readonly capacity: number;
  readonly #ring: Array<JournalRecord | undefined>;
  /** Id of the next record; the ring holds ids `#next - size` .. `#next - 1`. */
  #next = 1;
  #size = 0;
  #generation = 0;

  constructor(capacity: number = DEFAULT_JOURNAL_SIZE) {
    if (!Number.isInteger(capacity) || capacity < 0)
      throw new RangeError(`journal size must be a whole number >= 0, got ${capacity}`);
    this.capacity = capacity;
    this.#ring = new Array<JournalRecord | undefined>(capacity);
  }

  /** Records kept. */
  get size(): number {
    return this.#size;
  }

  /** Keeps `record` (its bodies cut to the limit), forgetting the oldest past the capacity. */
  record(record: JournalRecord): void {
    if (this.capacity === 0) return;
    if (record.requestBody.length > JOURNAL_BODY_LIMIT) {
      record.requestBody = keep(record.requestBody);
      record.requestCut = true;
    }
    if (record.responseBody.length > JOURNAL_BODY_LIMIT) {
      record.responseBody = keep(record.responseBody);
      record.responseCut = true;
    }
    this.#ring[this.#next % this.capacity] = record;
    this.#next++;
    if (this.#size < this.capacity) this.#size++;
  }

  /** The entries with an id above `afterId`, oldest first. */
  entries(afterId: number = 0): JournalEntry[] {
    const out: JournalEntry[] = [];
    const first = Math.max(this.#next - this.#size, Math.floor(afterId) + 1);
    for (let id = first; id < this.#next; id++)
      out.push(toEntry(id, this.#ring[id % this.capacity]!));
    return out;
  }

  /** Id of the newest record (0 when none was ever kept). */
  get lastId(): number {
    return this.#next - 1;
  }

  /** How many times the journal was cleared: a reader that saw another number starts over. */
  get generation(): number {
    return this.#generation;
  }

  clear(): void {
    this.#ring.fill(undefined);
    this.#size = 0;
    this.#generation++;
  }
}

function toEntry(id: number, r: JournalRecord): JournalEntry {
  const entry: JournalEntry = {
    id,
    time: new Date(performance.timeOrigin + r.started).toISOString(),
    method: r.method,
    path: r.path,
    service: r.service ?? null,
    operation: r.operation ?? null,
    status: r.status === 0 ? null : r.status,
    durationMs: Math.round((r.finished - r.started) * 1000) / 1000,
    request: { headers: flatHeaders(r.requestHeaders), ...body(r.requestBody, r.requestCut) },
    response: { headers: responseHeaders(r), ...body(r.responseBody, r.responseCut) },
  };
  if (r.fault !== undefined) entry.fault = r.fault;
  return entry;
}

/**
 * The first {@link JOURNAL_BODY_LIMIT} characters, copied: a slice of a
 * string can keep the whole original alive in V8.
 */
function keep(body: string): string {
  return Buffer.from(body.slice(0, JOURNAL_BODY_LIMIT), "utf8").toString("utf8");
}

function body(text: string, cut: boolean | undefined): { body: string; truncated?: true } {
  return cut ? { body: text, truncated: true } : { body: text };
}

function responseHeaders(r: JournalRecord): Record<string, string> {
  const out: Record<string, string> = { ...r.responseHeaders };
  if (r.requestIdHeader !== undefined && r.requestId !== undefined)
    out[r.requestIdHeader] = r.requestId;
  return out;
}

/** Node's header record with repeated headers joined, as they were on the wire. */
function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    const v = headers[name];
    if (v !== undefined) out[name] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}
