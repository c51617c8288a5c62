/**
 * What the builders of one service share: the shapes declared so far (in
 * the order met; duplicates are kept for `check/shapes.ts` to report) and
 * the protocol's defaults.
 */
import type { RawServiceFile, RawTypeDef } from "../spec/raw.js";
import type { IrMember, IrShape, IrStructureShape, MemberLocation, SourceLocation, TimestampFormat } from "./shape-types.js";
import type { Where } from "./where.js";

/** Builds an inline structure (given by `build-shapes.ts`, so that types and shapes need not import each other). */
export type InlineStructureBuilder = (name: string, def: RawTypeDef, where: Where, ctx: BuildContext) => IrStructureShape;

export class BuildContext {
  /** Every shape built, declared and inline, in the order met. */
  readonly shapes: IrShape[] = [];
  /** Service-wide members (service.yaml `members:`), by name. */
  readonly sharedMembers = new Map<string, IrMember>();
  /** Declared structures an operation uses as its input or output by `ref:`. */
  readonly rootRefs: Array<{ name: string; root: "input" | "output"; loc: SourceLocation }> = [];

  constructor(
    readonly service: RawServiceFile,
    readonly inlineStructure: InlineStructureBuilder,
  ) {}

  addShape(shape: IrShape): void {
    this.shapes.push(shape);
  }

  /**
   * The wire format of a timestamp without `format:`, as the protocol defines
   * it: AWS REST-JSON sends epoch seconds in bodies, HTTP dates in headers and
   * ISO 8601 in paths and query strings; Huawei sends ISO 8601 everywhere.
   */
  timestampDefault(location: MemberLocation): TimestampFormat {
    if (this.service.protocol !== "aws-rest-json") return "date-time";
    return location === "body" ? "epoch-seconds" : location === "header" ? "http-date" : "date-time";
  }
}
