/**
 * Step: the answer's documented output, from state when the operation acts
 * on a resource (and the mock is stateful), else from the sample with the
 * input laid over it. A missing instance, an existing one on create, or a
 * patch that cannot apply answers with the operation's documented error.
 */
import { randomBytes } from "node:crypto";
import { errorAnswer } from "../errors.js";
import type { Step } from "../exchange.js";
import { performAction, statelessOutput } from "../state/actions.js";

/** 32 lowercase hex characters, as Huawei ids look. */
export function newId(): string {
  return randomBytes(16).toString("hex");
}

/** Decides the documented output, from state or the sample. */
export const act: Step = (ex) => {
  const op = ex.operation!;
  const context = ex.context;
  const ctx = context.actions;
  const input = ex.input!;
  const outcome =
    op.binding && context.stateful
      ? performAction(ctx, op, op.binding, input)
      : statelessOutput(ctx, op, op.binding, input);
  if (outcome.ok) {
    ex.output = outcome.output;
    return undefined;
  }
  switch (outcome.reason) {
    case "not-found":
      return errorAnswer(ex, op.notFound, "not-found", outcome.message);
    case "conflict":
      return errorAnswer(ex, op.conflict, "bad-request", outcome.message);
    case "invalid-patch":
      return errorAnswer(ex, op.invalidPatch, "bad-request", outcome.message);
  }
};
