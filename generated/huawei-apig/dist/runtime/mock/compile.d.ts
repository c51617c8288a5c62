/**
 * Everything that can be decided before the first request: the route tree,
 * per-operation member bindings, the base response body, echo pairs and the
 * rendered bodies of forced errors. The request path then only looks up.
 */
import type { MockError, MockMember, MockOperation, MockServiceDefinition } from "./definition.js";
import { type Protocol, type WireResponse } from "./protocol.js";
import { Router } from "./router.js";
import { WireCodec } from "./wire.js";
export interface CompiledService {
    def: MockServiceDefinition;
    protocol: Protocol;
    codec: WireCodec;
    /** Lower-case token header for x-auth-token services. */
    tokenHeader: string | undefined;
}
export interface CompiledOperation {
    service: CompiledService;
    op: MockOperation;
    /** Input member bound to each template label, in template order. */
    pathMembers: Array<MockMember | undefined>;
    queryMembers: MockMember[];
    /** Header members with lower-case wire names. */
    headerMembers: Array<{
        member: MockMember;
        header: string;
    }>;
    errorsByName: Map<string, MockError>;
    /** The error used for invalid requests (the table's 400). */
    badRequest: MockError | undefined;
    /** The error used for missing credentials (the table's 401). */
    unauthorized: MockError | undefined;
    /** Documented-name response before echo and state; never mutated. */
    base: Record<string, unknown>;
    /** Output member <- input member. */
    echo: Array<{
        output: string;
        input: string;
    }>;
    /** Forced errors (`Prefer`), rendered once. */
    forced: Map<string, WireResponse>;
}
/** Compiles services into a router; throws when two services claim a route and requests could not tell them apart. */
export declare function compileServices(defs: readonly MockServiceDefinition[]): {
    router: Router<CompiledOperation>;
    services: CompiledService[];
};
