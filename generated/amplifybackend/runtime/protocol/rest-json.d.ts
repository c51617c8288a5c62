// Copied by opforge from src/runtime/protocol/rest-json.ts. DO NOT EDIT.
import type { OperationModel, StructureModel } from "../table/model.js";
import type {
  PreparedRequest,
  ReceivedRequest,
  ReceivedResponse,
  WireProblem,
  WireResponse,
} from "./types.js";
/**
 * Client: the request of `input` (documented names). Like the AWS SDK v3:
 * body members in the model's order; `{}` when the operation has body
 * members but none is set; no body and no `content-type` when it has none.
 */
export declare function encodeRequest(
  op: OperationModel,
  input: unknown,
  endpoint: string,
  sortQuery?: boolean,
): PreparedRequest;
/** Client: the members of `shape` from an answer's headers and JSON body (unknown members dropped). */
export declare function decodeMembers(
  shape: StructureModel,
  response: ReceivedResponse,
): Record<string, unknown>;
/** Client: the documented output of a success answer; empty when the operation has none. */
export declare function decodeOutput(
  op: OperationModel,
  response: ReceivedResponse,
): Record<string, unknown>;
/**
 * Mock: the documented input of a routed request. Text members are turned
 * into their types where they parse; body members the model does not know
 * are reported (in wire terms) when `rejectUnknown`, else dropped. The
 * request's body is handed over: when it decodes to itself it becomes the
 * input (path, query and header members added to it), so callers pass a
 * freshly parsed body (a frozen one is copied).
 */
export declare function decodeRequest(
  op: OperationModel,
  request: ReceivedRequest,
  rejectUnknown: boolean,
): {
  input: Record<string, unknown>;
  problems: WireProblem[];
};
/**
 * Mock: the wire form of `data` (documented names) as `shape` lays it out:
 * header members into `headers` (under their documented spelling), body
 * members into the returned JSON object: `data` itself when the shape
 * needs no renaming, else a new object.
 */
export declare function encodeMembers(
  shape: StructureModel,
  data: Record<string, unknown>,
  headers: Record<string, string>,
): Record<string, unknown>;
/** Mock: the success answer; no body (and no content type) when the operation has no output. */
export declare function encodeOutput(
  op: OperationModel,
  output: Record<string, unknown> | undefined,
  contentType: string,
): WireResponse;
