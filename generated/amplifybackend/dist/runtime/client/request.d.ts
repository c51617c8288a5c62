import { type OperationSpec, type Shapes } from "./schema.js";
/** A request before authentication: what hooks see and may change. */
export interface PreparedRequest {
    method: string;
    /** Absolute URL: endpoint + encoded path + query. */
    url: string;
    headers: Record<string, string>;
    /** JSON text, or undefined when the operation has no body members. */
    body: string | undefined;
}
export declare function buildRequest(spec: OperationSpec, input: unknown, shapes: Shapes, endpoint: string): PreparedRequest;
