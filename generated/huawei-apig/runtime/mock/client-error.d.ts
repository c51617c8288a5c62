// Copied by opforge from src/runtime/mock/client-error.ts. DO NOT EDIT.
import type { Duplex } from "node:stream";
import type { CompiledService } from "./compiled.js";
/** Answers a `clientError` on `socket` in the format of one of `services`. */
export declare function answerClientError(
  services: readonly CompiledService[],
  error: Error & {
    code?: string;
    rawPacket?: Buffer;
  },
  socket: Duplex,
): void;
