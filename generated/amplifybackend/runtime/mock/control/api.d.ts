// Copied by opforge from src/runtime/mock/control/api.ts. DO NOT EDIT.
/**
 * Step: the control API under the reserved prefix `/__opforge/` (on unless
 * `control: false`), answered in plain JSON rather than any vendor's format:
 *
 *   GET    /__opforge/            the inspector page
 *   GET    /__opforge/services    served services, operations and their errors
 *   GET    /__opforge/requests    the journal, oldest first (`?after=ID`: newer ones only)
 *   DELETE /__opforge/requests    clears the journal
 *   GET    /__opforge/state       stored resources per service
 *   POST   /__opforge/reset       state back to the initial instances, journal cleared
 *   GET    /__opforge/faults      active fault rules
 *   POST   /__opforge/faults      adds a rule: {"operation", "error" | "status", "delayMs", "times"}
 *   DELETE /__opforge/faults      clears the rules
 *
 * A browser page of another origin may not change anything: POST and
 * DELETE with an `Origin` other than the mock's own are refused (403).
 */
import type { WireResponse } from "../../protocol/types.js";
import type { Step } from "../exchange.js";
/** The reserved path prefix of the control API. */
export declare const CONTROL_PREFIX = "/__opforge/";
/** Answers control requests; other requests move on to routing. */
export declare const control: Step;
/** A JSON answer of the control API. */
export declare function json(status: number, value: unknown): WireResponse;
