// Copied by opforge from src/runtime/mock/steps/encode.ts. DO NOT EDIT.
/** Answers the encoded output. */
export const encode = (ex) => {
  const op = ex.operation;
  return op.service.protocol.encodeOutput(op.model, ex.output);
};
