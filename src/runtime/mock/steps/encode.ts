/** Step: the documented output encoded back to the wire by the service's protocol module. */
import type { Step } from "../exchange.js";

/** Answers the encoded output. */
export const encode: Step = (ex) => {
  const op = ex.operation!;
  return op.service.protocol.encodeOutput(op.model, ex.output);
};
