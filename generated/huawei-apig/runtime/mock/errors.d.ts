// Copied by opforge from src/runtime/mock/errors.ts. DO NOT EDIT.
import type { BuiltinError, WireResponse } from "../protocol/types.js";
import type { OperationErrorModel } from "../table/model.js";
import type { CompiledOperation, CompiledService } from "./compiled.js";
import type { Exchange } from "./exchange.js";
/** A documented error of `op`; `message` replaces the example's or documented text. */
export declare function documentedError(
  op: CompiledOperation,
  e: OperationErrorModel,
  message?: string,
): WireResponse;
/** The documented error `e` when the operation has one, else the vendor's built-in `kind`. */
export declare function errorAnswer(
  exchange: Exchange,
  e: OperationErrorModel | undefined,
  kind: BuiltinError,
  message?: string,
): WireResponse;
/** A 500 for a bug on the mock's side, in the format of the service the request was for. */
export declare function internalError(exchange: Exchange, error: unknown): WireResponse;
/** The routed service, else the first served one (whose format answers unroutable requests). */
export declare function serviceOf(exchange: Exchange): CompiledService;
