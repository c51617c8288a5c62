/**
 * The data tables a generated client hands to the runtime: how each member of
 * an operation travels (location, wire name, nested renames). Generated code
 * stays a table; all behaviour lives here, unit-tested once.
 */
/**
 * How a value is converted between documented and wire names:
 * `0` passes a scalar through, a string names a structure in {@link Shapes},
 * `["l", T]` is a list of T and `["m", T]` a map with values of T. Members
 * read from header text say what the text holds: `1` a number, `2` a boolean.
 */
export type WireType = 0 | 1 | 2 | string | readonly ["l", WireType] | readonly ["m", WireType];
/**
 * A structure member: documented name, wire name, type; listed in wire order.
 * A bare string is the common case written short: same name on the wire, scalar.
 */
export type Member = string | readonly [name: string, wire: string, type: WireType];
/** Where a top-level member travels. */
export type Location = "path" | "query" | "header" | "body";
/**
 * A top-level member of an input, output or error: documented name, wire
 * name, type, location. A bare string is a same-named scalar in the body.
 */
export type BoundMember = string | readonly [name: string, wire: string, type: WireType, location: Location];
/** The long form of a member, whichever way it was written. */
export declare function unpack(m: Member | BoundMember): readonly [name: string, wire: string, type: WireType, location?: Location];
/** Every structure reachable from a service's operations, by name. */
export type Shapes = Readonly<Record<string, readonly Member[]>>;
/** An error an operation can answer, with the vendor code it uses there. */
export interface OperationError {
    readonly name: string;
    readonly status: number;
    readonly code?: string;
}
/** One operation's wire binding. */
export interface OperationSpec {
    /** PascalCase operation name, as in hooks and errors. */
    readonly name: string;
    readonly method: string;
    /** Path template with `{label}` and greedy `{label+}` placeholders (wire names). */
    readonly path: string;
    /** Documented success status. */
    readonly status: number;
    /** Input members; body members in wire order (the order the official SDK writes them). */
    readonly input: readonly BoundMember[];
    readonly output: readonly BoundMember[];
    readonly errors: readonly OperationError[];
    /** Name of the generated validator of the input, e.g. `validatePutMethodRequest`. */
    readonly validator?: string;
}
