// Copied by opforge from src/runtime/mock/control/journal.ts. DO NOT EDIT.
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
export declare const DEFAULT_JOURNAL_SIZE = 1000;
/** Characters of a body the journal keeps (16 KiB); longer ones are cut and marked. */
export declare const JOURNAL_BODY_LIMIT: number;
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
  request: {
    headers: Record<string, string>;
    body: string;
    truncated?: true;
  };
  response: {
    headers: Record<string, string>;
    body: string;
    truncated?: true;
  };
}
/** A bounded ring of records, numbered from 1 in arrival order. */
export declare class Journal {
  #private;
  readonly capacity: number;
  constructor(capacity?: number);
  /** Records kept. */
  get size(): number;
  /** Keeps `record` (its bodies cut to the limit), forgetting the oldest past the capacity. */
  record(record: JournalRecord): void;
  /** The entries with an id above `afterId`, oldest first. */
  entries(afterId?: number): JournalEntry[];
  /** Id of the newest record (0 when none was ever kept). */
  get lastId(): number;
  /** How many times the journal was cleared: a reader that saw another number starts over. */
  get generation(): number;
  clear(): void;
}
