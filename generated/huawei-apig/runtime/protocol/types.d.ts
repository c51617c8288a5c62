// Copied by opforge from src/runtime/protocol/types.ts. DO NOT EDIT.
/**
 * What a wire protocol module offers. One module per protocol serves both
 * directions: the client encodes requests and decodes answers with it, the
 * mock decodes requests and encodes answers with the very same rules, so
 * the two cannot drift apart.
 */
import type { ErrorModel, OperationModel } from "../table/model.js";
import type { TableProtocol } from "../table/types.js";
/** An outgoing request before authentication: what client hooks see and may change. */
export interface PreparedRequest {
  method: string;
  /** Absolute URL: endpoint + encoded path + query. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** JSON text, or undefined when the operation has no body members. */
  body: string | undefined;
}
/** Header access as both `Headers` and a Node request offer it (names case-insensitive). */
export interface HeaderReader {
  get(name: string): string | null;
}
/** A request as the mock received it, routed to an operation. */
export interface ReceivedRequest {
  /** Percent-decoded label values, in template order. */
  labels: readonly string[];
  /** The raw query string, without `?`. */
  query: string;
  headers: HeaderReader;
  /** The parsed JSON body; an empty object when none was sent. */
  body: unknown;
}
/** An answer as the client received it. */
export interface ReceivedResponse {
  status: number;
  headers: HeaderReader;
  /** Parsed JSON body, the text when it is not JSON, undefined when empty. */
  body: unknown;
}
/** An answer ready to be written by the mock. */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  /** Empty for no body. */
  body: string;
}
/** A problem found while decoding a request, in wire terms. */
export interface WireProblem {
  /** Wire path, e.g. `resourceConfig.apiName` or `identities[0].name`. */
  wirePath: string;
  rule: string;
  message: string;
}
/** One validation failure, ready for the vendor's 400 message. */
export interface Violation {
  /** Wire path of the offending value, e.g. `authorizationType`. */
  wirePath: string;
  message: string;
  /** The offending value, `undefined` when missing. */
  value: unknown;
}
/** The vendor's code, message and request id of an error answer. */
export interface ErrorFacts {
  code: string | undefined;
  message: string | undefined;
  requestId: string | undefined;
}
/** Errors the vendor answers itself, which no service table lists. */
export type BuiltinError =
  | "not-found"
  | "method-not-allowed"
  | "too-large"
  | "missing-auth"
  | "bad-signature"
  | "bad-request"
  | "internal"
  | "timeout"
  | "uri-too-long"
  | "headers-too-large";
/** A documented error, as the mock is about to send it. */
export interface ErrorAnswer {
  error: ErrorModel;
  /** The code the operation uses for it. */
  code: string | undefined;
  /** Text for the vendor's message member (`message`, `error_msg`). */
  message: string;
  /** The error's other members, documented names. */
  data: Record<string, unknown>;
}
/** One wire protocol, both directions. */
export interface Protocol {
  readonly id: TableProtocol;
  /** Content type of JSON answers. */
  readonly contentType: string;
  /** Header naming the request id, sent on every answer. */
  readonly requestIdHeader: string;
  /** Client: the HTTP request of `input` (documented names). Throws TypeError for input that cannot be sent. */
  encodeRequest(op: OperationModel, input: unknown, endpoint: string): PreparedRequest;
  /** Client: the documented output of a success answer. */
  decodeOutput(op: OperationModel, response: ReceivedResponse): Record<string, unknown>;
  /** Client: code, message and request id of an error answer. */
  readError(response: ReceivedResponse): ErrorFacts;
  /** Client: the documented members of an error answer. */
  decodeErrorData(error: ErrorModel, response: ReceivedResponse): Record<string, unknown>;
  /** Mock: the documented input of a request, with problems in wire terms. */
  decodeRequest(
    op: OperationModel,
    request: ReceivedRequest,
    rejectUnknown: boolean,
  ): {
    input: Record<string, unknown>;
    problems: WireProblem[];
  };
  /** Mock: the success answer of `output` (documented names); no body when the operation has no output. */
  encodeOutput(op: OperationModel, output: Record<string, unknown> | undefined): WireResponse;
  /** Mock: a documented error in the vendor's error format. */
  encodeError(answer: ErrorAnswer): WireResponse;
  /**
   * Mock: an error the vendor answers itself; `message` replaces the
   * vendor's text, `detail` is added to it in parentheses (why the mock refused).
   */
  encodeBuiltin(kind: BuiltinError, message?: string, detail?: string): WireResponse;
  /** Mock: the text of a 400 for validation problems, in the vendor's words. */
  validationMessage(violations: readonly Violation[]): string;
  /** Mock: the text of a 400 for a request that is not even well-formed (`param`: `body`, `Content-Type`). */
  malformedMessage(param: string, text: string): string;
}
