/**
 * Reading answers: the output of a success, or the typed error of a failure,
 * following each vendor's error wire format.
 */
import type { ServiceError, ServiceErrorConstructor } from "./errors.js";
import type { BoundMember, OperationSpec, Shapes } from "./schema.js";
/** The response fields the runtime reads; a `Response` satisfies it. */
export interface ResponseLike {
    readonly status: number;
    readonly statusText?: string;
    readonly headers: {
        get(name: string): string | null;
        forEach(cb: (value: string, key: string) => void): void;
    };
}
/** A documented error of the service: its class, data members and retry flag. */
export interface ErrorEntry {
    readonly ctor: ServiceErrorConstructor;
    readonly members: readonly BoundMember[];
    readonly retryable: boolean;
}
/** Everything a generated client tells the runtime about its service. */
export interface ServiceTable {
    readonly protocol: "aws-rest-json" | "huawei-rest-json";
    readonly shapes: Shapes;
    /** Documented errors by name. */
    readonly errors: Readonly<Record<string, ErrorEntry>>;
    /** Class for statuses and codes the tables do not document. */
    readonly generic: ServiceErrorConstructor;
    /** Name of the generic class, e.g. `ApiGatewayServiceError`. */
    readonly genericName: string;
}
/** Parses a body as JSON; empty text is `undefined`, non-JSON stays text. */
export declare function parseBody(text: string): unknown;
export declare function readOutput(spec: OperationSpec, body: unknown, response: ResponseLike, shapes: Shapes): Record<string, unknown>;
/** The vendor's code, message and request id, per protocol. */
export declare function errorFacts(protocol: ServiceTable["protocol"], body: unknown, response: ResponseLike): {
    code?: string;
    message?: string;
    requestId?: string;
};
/**
 * The documented error an answer stands for: by vendor code first, then by
 * status when exactly one of the operation's errors has it.
 */
export declare function resolveErrorName(spec: OperationSpec, table: ServiceTable, status: number, code: string | undefined): string | undefined;
export declare function toServiceError(spec: OperationSpec, table: ServiceTable, body: unknown, response: ResponseLike, retryableStatus: boolean): ServiceError;
