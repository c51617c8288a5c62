// Copied by opforge from src/runtime/mock/request-id.ts. DO NOT EDIT.
/** Request ids: unique-looking and cheap (uuid layout), one per answer. */
let counter = 0;
/** A new request id, different for every answer of the process. */
export function nextRequestId() {
  counter = (counter + 1) % 0x1000000000000;
  return `6d6f636b-0000-4000-8000-${counter.toString(16).padStart(12, "0")}`;
}
