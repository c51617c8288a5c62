// Copied by opforge from src/runtime/mock/control/journal.ts. DO NOT EDIT.
/** The default number of exchanges kept. */
export const DEFAULT_JOURNAL_SIZE = 1000;
/** Characters of a body the journal keeps (16 KiB); longer ones are cut and marked. */
export const JOURNAL_BODY_LIMIT = 16 * 1024;
/** A bounded ring of records, numbered from 1 in arrival order. */
export class Journal {
  capacity;
  #ring;
  /** Id of the next record; the ring holds ids `#next - size` .. `#next - 1`. */
  #next = 1;
  #size = 0;
  #generation = 0;
  constructor(capacity = DEFAULT_JOURNAL_SIZE) {
    if (!Number.isInteger(capacity) || capacity < 0)
      throw new RangeError(`journal size must be a whole number >= 0, got ${capacity}`);
    this.capacity = capacity;
    this.#ring = new Array(capacity);
  }
  /** Records kept. */
  get size() {
    return this.#size;
  }
  /** Keeps `record` (its bodies cut to the limit), forgetting the oldest past the capacity. */
  record(record) {
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
  entries(afterId = 0) {
    const out = [];
    const first = Math.max(this.#next - this.#size, Math.floor(afterId) + 1);
    for (let id = first; id < this.#next; id++)
      out.push(toEntry(id, this.#ring[id % this.capacity]));
    return out;
  }
  /** Id of the newest record (0 when none was ever kept). */
  get lastId() {
    return this.#next - 1;
  }
  /** How many times the journal was cleared: a reader that saw another number starts over. */
  get generation() {
    return this.#generation;
  }
  clear() {
    this.#ring.fill(undefined);
    this.#size = 0;
    this.#generation++;
  }
}
function toEntry(id, r) {
  const entry = {
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
function keep(body) {
  return Buffer.from(body.slice(0, JOURNAL_BODY_LIMIT), "utf8").toString("utf8");
}
function body(text, cut) {
  return cut ? { body: text, truncated: true } : { body: text };
}
function responseHeaders(r) {
  const out = { ...r.responseHeaders };
  if (r.requestIdHeader !== undefined && r.requestId !== undefined)
    out[r.requestIdHeader] = r.requestId;
  return out;
}
/** Node's header record with repeated headers joined, as they were on the wire. */
function flatHeaders(headers) {
  const out = {};
  for (const name of Object.keys(headers)) {
    const v = headers[name];
    if (v !== undefined) out[name] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}
