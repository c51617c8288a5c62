/**
 * How each vendor protocol puts errors on the wire. Errors from a service's
 * table are rendered from their members (message, code, headers such as
 * `Retry-After`) and the docs' example; the few errors no table lists
 * (unknown route, body too large, missing auth where the table has no 401)
 * use the vendor's own well-known codes.
 */
import type { MockError } from "./definition.js";
export interface WireResponse {
    status: number;
    headers: Record<string, string>;
    body: string;
}
/** One validation failure, ready for a message. */
export interface Violation {
    /** Wire path of the offending value, e.g. `authorizationType`. */
    wirePath: string;
    message: string;
    /** The offending value, `undefined` when missing. */
    value: unknown;
}
export type BuiltinError = "not-found" | "method-not-allowed" | "too-large" | "missing-auth" | "bad-signature" | "bad-request" | "internal";
export interface Protocol {
    /** Headers every response of this protocol carries (content type). */
    readonly contentType: string;
    /** Header naming the request id, and its value for one request. */
    readonly requestIdHeader: string;
    /** Renders an error of the table; `message` replaces the example's/documented text. */
    renderError(error: MockError, message: string | undefined): WireResponse;
    /** Text of a 400 for validation problems, in the vendor's words. */
    validationMessage(violations: readonly Violation[]): string;
    /** Text of a 400 for a request that is not even well-formed (`param`: what is wrong, e.g. `body`, `Content-Type`). */
    malformedMessage(param: string, text: string): string;
    /** An error no table lists. */
    builtin(kind: BuiltinError, message?: string): WireResponse;
}
/** A unique-looking, cheap request id (uuid layout), different for every response. */
export declare function nextRequestId(): string;
/** AWS REST-JSON: error type in `x-amzn-ErrorType`, JSON body with the members (`message`). */
export declare const awsRestJson: Protocol;
/** Huawei APIG: JSON body `{"error_code", "error_msg"}`, no error header. */
export declare const huaweiRestJson: Protocol;
export declare const PROTOCOLS: Record<"aws-rest-json" | "huawei-rest-json", Protocol>;
