/**
 * Values made up from a shape when the docs give no example: deterministic,
 * and chosen to pass the shape's own constraints (length, pattern, range,
 * enum), so that a synthesized response validates against its output shape.
 */
import type { MockMember, MockShape, MockType } from "./definition.js";
export declare class Synthesizer {
    private readonly shapes;
    private readonly patterns;
    constructor(shapes: Readonly<Record<string, MockShape>>);
    /** A value of `type`; `hint` (a member name) makes strings readable. Undefined when no valid value could be found. */
    value(type: MockType, hint: string, depth?: number): unknown;
    /** An object with every required member and each member `include` accepts. */
    structure(members: readonly MockMember[], include: (m: MockMember) => boolean, depth?: number): Record<string, unknown>;
    private string;
    private number;
    private regex;
}
