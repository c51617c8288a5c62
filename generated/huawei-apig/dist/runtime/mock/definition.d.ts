/**
 * The data a generated `mock.ts` hands to the mock runtime: one service's
 * shapes, operations, errors, examples and state rules, plus its generated
 * validators. Plain data (no behaviour besides the validators), so that the
 * generated module stays a thin table and every decision lives here, in the
 * hand-written runtime.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | {
    [key: string]: JsonValue;
};
/** One problem found by a generated validator (see validators.ts). */
export interface ValidationProblem {
    /** JSON pointer into the documented-name object, e.g. `/throttleSettings/burstLimit`. */
    path: string;
    /** The rule that failed, e.g. `required`, `pattern`, `type`. */
    rule: string;
    /** Human text, e.g. `must match ^[A-Za-z]+$`. */
    message: string;
}
export interface ValidationResult {
    valid: boolean;
    problems: ValidationProblem[];
}
/** A generated `validate<Name>` function. */
export type Validator = (value: unknown) => ValidationResult;
export type MockLocation = "path" | "query" | "header" | "body";
export type MockType = {
    kind: "string";
    minLength?: number;
    maxLength?: number;
    pattern?: string;
    knownValues?: string[];
} | {
    kind: "integer" | "long" | "float" | "double";
    minimum?: number;
    maximum?: number;
    excluded?: number[];
} | {
    kind: "boolean";
} | {
    kind: "timestamp";
    format: "date-time" | "epoch-seconds" | "http-date";
} | {
    kind: "list";
    items: MockType;
    minItems?: number;
    maxItems?: number;
} | {
    kind: "map";
    key: MockType;
    value: MockType;
    minEntries?: number;
    maxEntries?: number;
} | {
    kind: "ref";
    name: string;
};
export interface MockMember {
    /** Documented name (the TypeScript property). */
    name: string;
    /** Name on the wire: JSON key, path placeholder, query key or header name. */
    wireName: string;
    location: MockLocation;
    type: MockType;
    required: boolean;
}
export type MockShape = {
    kind: "structure";
    members: MockMember[];
} | {
    kind: "enum";
    values: string[];
};
export interface MockWirePayload {
    path?: Record<string, string>;
    query?: Record<string, string>;
    headers?: Record<string, string>;
    body?: JsonValue;
}
export interface MockError {
    /** Name in the error table, e.g. `ConflictException`. */
    name: string;
    status: number;
    /** Vendor code: AWS error type, Huawei `error_code`. */
    code?: string;
    documentation?: string;
    /** Body and header members of the error response. */
    members: MockMember[];
    /** The docs' example of this error, in wire form. */
    example?: MockWirePayload;
}
export interface MockExample {
    title: string;
    request?: MockWirePayload;
    response?: {
        status?: number;
        headers?: Record<string, string>;
        body?: JsonValue;
    };
}
/** What state an operation keeps (the spec's `mock` section). */
export interface MockStateRule {
    /** Name of the stored resource kind, e.g. `Method`. */
    resource: string;
    /** Input members whose values identify one stored item; empty for a singleton. */
    key: string[];
    /** create: a second identical call fails with `conflictError`; upsert: stores or replaces; patch: applies `patchOperations`. */
    action: "create" | "upsert" | "patch";
    conflictError?: string;
    /** JSON pointers a patch may not touch. */
    readOnlyPaths: string[];
    invalidPatchError?: string;
    /** The stored item before the first call (documented names). */
    initial?: JsonValue;
    /** Output member -> input member whose value it repeats. */
    echo: Array<{
        output: string;
        input: string;
    }>;
}
export interface MockOperation {
    name: string;
    method: string;
    /** Path template as written, e.g. `/restapis/{restapi_id}/resources`. */
    path: string;
    successStatus: number;
    /** Input and output structure shape names. */
    input: string;
    output: string;
    validateInput: Validator;
    validateOutput: Validator;
    /** Every error the operation can answer (service-wide ones included). */
    errors: MockError[];
    examples: MockExample[];
    state?: MockStateRule;
}
export interface MockAuth {
    scheme: "sigv4" | "x-auth-token";
    /** SigV4 credential-scope service name. */
    signingName?: string;
    /** Token header (x-auth-token). */
    header?: string;
}
export interface MockServiceDefinition {
    id: string;
    title: string;
    vendor: "aws" | "huawei";
    protocol: "aws-rest-json" | "huawei-rest-json";
    auth: MockAuth;
    /** Whether request members the spec does not know are rejected. */
    unknownInputMembers: "reject" | "allow";
    shapes: Record<string, MockShape>;
    operations: MockOperation[];
}
