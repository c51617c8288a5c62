/**
 * Wire form <-> documented form. Requests arrive with wire names (JSON keys,
 * path placeholders, query keys, headers) and are turned into the
 * documented-name object the generated validators check; responses go the
 * other way. Walks are driven by the shapes, so keys the spec does not know
 * are never copied (and `__proto__` in a request is just an unknown key).
 */
import type { MockMember, MockShape, MockType } from "./definition.js";
/** A problem found while decoding, already in wire terms. */
export interface WireProblem {
    /** Wire path, e.g. `resourceConfig.apiName` or `identities[0].name`. */
    wirePath: string;
    rule: string;
    message: string;
}
interface StructInfo {
    members: MockMember[];
    /** Body members by wire name. */
    byWire: Map<string, MockMember>;
    byName: Map<string, MockMember>;
    body: MockMember[];
    headers: MockMember[];
    /** True when every body member has the same documented and wire name, all the way down. */
    identity: boolean;
}
export declare class WireCodec {
    private readonly rejectUnknown;
    private readonly structs;
    private readonly enums;
    constructor(shapes: Readonly<Record<string, MockShape>>, rejectUnknown: boolean);
    struct(name: string): StructInfo;
    isStruct(type: MockType): type is {
        kind: "ref";
        name: string;
    };
    private isIdentityStruct;
    private isIdentityType;
    /** Wire JSON value -> documented value; unknown members are dropped (and reported when the service rejects them). */
    decode(type: MockType, value: unknown, wirePath: string, problems: WireProblem[]): unknown;
    /** A wire object -> a documented-name object with only the structure's body members. */
    decodeStruct(name: string, value: unknown, wirePath: string, problems: WireProblem[], into?: Record<string, unknown>): unknown;
    /** Documented value -> wire JSON value. */
    encode(type: MockType, value: unknown): unknown;
    /** A documented object -> its wire body; header members go to `headers` when given. */
    encodeStruct(name: string, value: unknown, headers: Record<string, string> | undefined): unknown;
    /**
     * A JSON pointer into a documented object of shape `root` -> the wire path
     * (`resourceConfig.apiName`, `identities[0].name`), for error messages in
     * the vendor's own terms.
     */
    wirePath(root: string, pointer: string): string;
}
export declare function isObject(v: unknown): v is Record<string, unknown>;
/** Sets an own data property even for keys like `__proto__`, which plain assignment would treat as the prototype. */
export declare function setOwn(target: Record<string, unknown>, key: string, value: unknown): void;
/** Converts a path, query or header string to the member's type where it parses; else leaves it for the validator to report. */
export declare function fromText(type: MockType, text: string): unknown;
export {};
