// Copied by opforge from src/runtime/mock/state/actions.ts. DO NOT EDIT.
import type { CompiledOperation, ResourceBinding } from "../compiled.js";
import type { ResourceStore } from "./store.js";
/** The output of an action, or why it fails (answered with the operation's documented error). */
export type ActionOutcome =
  | {
      ok: true;
      output: Record<string, unknown> | undefined;
    }
  | {
      ok: false;
      reason: "not-found" | "conflict" | "invalid-patch";
      message: string;
    };
/** What actions need besides the operation and its input. */
export interface ActionContext {
  store: ResourceStore;
  /** Bounds a patched record (JSON size and depth). */
  maxBytes: number;
  maxDepth: number;
  /** A new generated id (32 lowercase hex characters). */
  newId: () => string;
}
/** Runs the operation's action on its resource against the store. */
export declare function performAction(
  ctx: ActionContext,
  op: CompiledOperation,
  binding: ResourceBinding,
  input: Readonly<Record<string, unknown>>,
): ActionOutcome;
/**
 * Answers without remembering anything (`stateful: false`): the instance
 * as it starts (an `initial` one, else the sample) with the input laid over
 * it; a patch applies to it; a list answers the sample.
 */
export declare function statelessOutput(
  ctx: Omit<ActionContext, "store">,
  op: CompiledOperation,
  binding: ResourceBinding | undefined,
  input: Readonly<Record<string, unknown>>,
): ActionOutcome;
