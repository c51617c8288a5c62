// Copied by opforge from src/runtime/mock/control/faults.ts. DO NOT EDIT.
import type { OperationErrorModel } from "../../table/model.js";
import type { CompiledOperation, CompiledService } from "../compiled.js";
/** The longest fault delay accepted, in milliseconds. */
export declare const MAX_FAULT_DELAY_MS = 60000;
/** The most calls one rule may answer. */
export declare const MAX_FAULT_TIMES = 1000000;
/** The most rules kept at once. */
export declare const MAX_FAULT_RULES = 1000;
/** A rule as listed by `GET /__opforge/faults`. */
export interface FaultRule {
  id: number;
  service: string;
  operation: string;
  /** The documented error answered, by name. */
  error?: string;
  /** The status answered (the error's, or a 500 the operation does not document). */
  status?: number;
  delayMs?: number;
  /** Calls it still answers. */
  times: number;
}
/** What a matching call gets. */
export interface FaultHit {
  rule: FaultRule;
  /** The documented error, when the rule names one (or its status has one). */
  error: OperationErrorModel | undefined;
}
/** The rules of one handler, in the order they were added. */
export declare class FaultRules {
  #private;
  /** Checks and adds a rule; a string is why it was refused. */
  add(spec: unknown, services: readonly CompiledService[]): FaultRule | string;
  /** The first rule matching `op`, used up by one call; undefined when none matches. */
  take(op: CompiledOperation): FaultHit | undefined;
  /** The rules still active, oldest first. */
  list(): FaultRule[];
  clear(): void;
}
