/**
 * botocore shapes -> spec types. Scalars, lists and maps are written inline
 * on the member (the spec format names only structures and enums);
 * structures and string enums become named shapes, registered here under
 * their botocore names. What the format cannot express is reported back as
 * verify facts to mark and notes to write, never silently changed.
 */
import type { RawMember, RawTypeDef, RawVerifyFact } from "../../spec/raw.js";
import { htmlToText } from "../common/html-text.js";
import { isUnicodeRegex, toTypeName } from "../common/names.js";
import { shapeOf, type BotoMemberRef, type BotoModel, type BotoShape } from "./botocore-model.js";

/** A converted type with what verify would report about it and why. */
export interface Converted {
  def: RawTypeDef;
  marks: RawVerifyFact[];
  notes: string[];
}

/** A named shape (structure or enum) the import declares. */
export interface NamedShape {
  /** The spec name (the botocore name when it is a valid type name). */
  name: string;
  botoName: string;
  def: RawTypeDef;
  /** Comments for the reviewer, at paths inside the shape's definition. */
  comments: Array<{ at: string[]; text: string }>;
}

const TIMESTAMP_FORMATS: Record<string, RawTypeDef["format"]> = {
  iso8601: "date-time",
  unixTimestamp: "epoch-seconds",
  rfc822: "http-date",
};

/** Converts botocore shapes to spec types and keeps the named shapes the conversions need. */
export class ShapeTypes {
  /** Named shapes by spec name, in registration order. */
  readonly named = new Map<string, NamedShape>();
  private readonly specNames = new Map<string, string>();

  constructor(private readonly model: BotoModel) {}

  /** The spec type of shape `name` referred to by `ref` (whose traits refine it). */
  type(name: string, ref?: BotoMemberRef): Converted {
    const s = shapeOf(this.model, name);
    const marks: RawVerifyFact[] = [];
    const notes: string[] = [];
    const out = (def: RawTypeDef): Converted => ({ def, marks, notes });
    switch (s.type) {
      case "string": {
        if (s.enum) return out({ ref: this.enumShape(name, s) });
        const def: RawTypeDef = { type: "string", ...lengths(s, "minLength", "maxLength") };
        if (s.pattern !== undefined) {
          if (isUnicodeRegex(s.pattern)) def.pattern = s.pattern;
          else
            notes.push(
              `pattern ${JSON.stringify(s.pattern)} of ${name} is not a valid ECMAScript (unicode) regex; left out`,
            );
        }
        return out(def);
      }
      case "blob":
        marks.push("type");
        notes.push(
          `${name} is a blob (binary data; base64 text inside a JSON body): the spec format has no binary type, so it is a string`,
        );
        return out({ type: "string" });
      case "boolean":
        return out({ type: "boolean" });
      case "integer":
      case "long":
      case "float":
      case "double":
        return out({ type: s.type, ...lengths(s, "minimum", "maximum", true) });
      case "timestamp": {
        const fmt = ref?.timestampFormat ?? s.timestampFormat;
        const format = fmt === undefined ? undefined : TIMESTAMP_FORMATS[fmt];
        if (fmt !== undefined && !format)
          notes.push(
            `timestampFormat '${fmt}' has no spec equivalent; the protocol default applies`,
          );
        return out(format ? { type: "timestamp", format } : { type: "timestamp" });
      }
      case "list": {
        const items = this.type(s.member!.shape, s.member);
        marks.push(...items.marks);
        notes.push(...items.notes);
        return out({ type: "list", items: items.def, ...lengths(s, "minItems", "maxItems") });
      }
      case "map": {
        const keys = this.type(s.key!.shape, s.key);
        const values = this.type(s.value!.shape, s.value);
        marks.push(...keys.marks, ...values.marks);
        notes.push(...keys.notes, ...values.notes);
        const plainKeys = keys.def.type === "string" && Object.keys(keys.def).length === 1;
        return out({
          type: "map",
          ...(plainKeys ? {} : { keys: keys.def }),
          values: values.def,
          ...lengths(s, "minEntries", "maxEntries"),
        });
      }
      case "structure":
        if (s.union) notes.push(`${name} is a union: exactly one of its members is set`);
        return out({ ref: this.structureShape(name, s) });
      default:
        marks.push("type");
        notes.push(
          `${name} has botocore type '${s.type}', which the spec format lacks; drafted as a string`,
        );
        return out({ type: "string" });
    }
  }

  /** The spec name of botocore shape `botoName`, unique among the names handed out. */
  specName(botoName: string): string {
    const known = this.specNames.get(botoName);
    if (known) return known;
    let name = toTypeName(botoName);
    const taken = new Set(this.specNames.values());
    for (let n = 2; taken.has(name); n++) name = `${toTypeName(botoName)}${n}`;
    this.specNames.set(botoName, name);
    return name;
  }

  private enumShape(botoName: string, s: BotoShape): string {
    const name = this.specName(botoName);
    if (!this.named.has(name)) {
      const def: RawTypeDef = {
        type: "enum",
        ...doc(s.documentation),
        values: [...new Set(s.enum!)],
      };
      this.named.set(name, { name, botoName, def, comments: [] });
    }
    return name;
  }

  private structureShape(botoName: string, s: BotoShape): string {
    const name = this.specName(botoName);
    if (this.named.has(name)) return name;
    const def: RawTypeDef = { type: "structure", ...doc(s.documentation), members: {} };
    const shape: NamedShape = { name, botoName, def, comments: [] };
    // Registered before its members are converted, so recursive shapes end.
    this.named.set(name, shape);
    const built = this.members(s, "nested");
    def.members = built.members;
    if (built.leftOut.length) {
      def.verify = {
        ignore: ["extra"],
        reason: built.leftOut.map((l) => `${l.name}: ${l.reason}`).join("; "),
      };
      shape.comments.push({ at: ["members"], text: leftOutComment(built.leftOut) });
    }
    return name;
  }

  /**
   * The members of structure `s`. `role` says where it is used: the top of an
   * operation's input or output (locations apply) or nested (body only, as the
   * SDKs serialize it).
   */
  members(
    s: BotoShape,
    role: "input" | "output" | "nested" | "error",
  ): { members: Record<string, RawMember>; leftOut: LeftOut[] } {
    const members: Record<string, RawMember> = {};
    const leftOut: LeftOut[] = [];
    const required = new Set(s.required ?? []);
    for (const [name, ref] of Object.entries(s.members ?? {})) {
      const r = this.member(name, ref, required.has(name), role, s.payload === name);
      if ("leftOut" in r) leftOut.push({ name, reason: r.leftOut });
      else members[name] = r.member;
    }
    return { members, leftOut };
  }

  private member(
    name: string,
    ref: BotoMemberRef,
    required: boolean,
    role: string,
    isPayload: boolean,
  ): { member: RawMember } | { leftOut: string } {
    const target = shapeOf(this.model, ref.shape);
    const top = role !== "nested";
    if (top && ref.location === "headers")
      return {
        leftOut: `a map of the headers starting with '${ref.locationName ?? ""}' (location: headers); the spec format has no prefix-header maps`,
      };
    if (top && ref.location === "statusCode")
      return {
        leftOut:
          "the HTTP status code as a member (location: statusCode); the spec format has no such binding",
      };
    if (top && ref.location === "querystring" && target.type === "map")
      return { leftOut: "a map of all other query parameters; the spec format has no query maps" };
    if (target.document)
      return { leftOut: "a document (free-form JSON); the spec format has no document type" };
    if (target.eventstream)
      return { leftOut: "an event stream; the spec format has no streaming bodies" };
    const t = this.type(ref.shape, ref);
    const marks = new Set(t.marks);
    const notes = [...t.notes];
    const member: RawMember = { ...t.def };
    const location = top ? locationOf(ref.location) : undefined;
    if (location) member.location = location;
    if (ref.locationName !== undefined && ref.locationName !== name)
      member.wireName = ref.locationName;
    if (required || location === "path") member.required = true;
    if (location === "path" && !required) {
      marks.add("required");
      notes.push("a path member is always required here; the model leaves it optional");
    }
    if (isPayload && top) {
      marks.add("location");
      notes.push(
        `the model sends it as the whole ${role === "input" ? "request" : "response"} body (payload${target.streaming || ref.streaming ? ", streaming" : ""}); the spec format sends members as JSON properties`,
      );
    }
    if (ref.deprecated || target.deprecated) member.deprecated = true;
    if (ref.idempotencyToken)
      notes.push(
        "idempotency token: the AWS SDKs fill it with a random UUID when it is left out; clients of this spec set it themselves",
      );
    if (ref.jsonvalue) notes.push("jsonvalue: a JSON document sent as text (base64 in headers)");
    if (ref.hostLabel)
      notes.push(
        "hostLabel: the AWS SDKs also put its value in the endpoint host name; the spec format does not",
      );
    const text = ref.documentation ? htmlToText(ref.documentation) : "";
    if (text) member.documentation = text;
    if (notes.length) member.source = `botocore: ${notes.join("; ")}`;
    if (marks.size)
      member.verify = {
        ignore: [...marks].sort(),
        reason: notes.join("; ") || "the spec format cannot express this member as the model does",
      };
    return { member };
  }
}

/** A member the format cannot hold, and why. */
export interface LeftOut {
  name: string;
  reason: string;
}

/** The YAML comment saying which members a structure leaves out and why. */
export function leftOutComment(leftOut: readonly LeftOut[]): string {
  return [
    "Left out (not expressible in the spec format; marked verify: extra):",
    ...leftOut.map((l) => `  ${l.name}: ${l.reason}`),
  ].join("\n");
}

function locationOf(location: BotoMemberRef["location"]): RawMember["location"] | undefined {
  return location === "uri"
    ? "path"
    : location === "querystring"
      ? "query"
      : location === "header"
        ? "header"
        : undefined;
}

function doc(html: string | undefined): { documentation?: string } {
  const text = html ? htmlToText(html) : "";
  return text ? { documentation: text } : {};
}

/** botocore's min/max under the spec field names of the type; a length or count of at least 0 says nothing and is left out. */
function lengths<A extends string, B extends string>(
  s: BotoShape,
  lo: A,
  hi: B,
  isNumber = false,
): Partial<Record<A | B, number>> {
  const out: Partial<Record<A | B, number>> = {};
  if (s.min !== undefined && (isNumber || s.min !== 0)) out[lo] = s.min;
  if (s.max !== undefined) out[hi] = s.max;
  return out;
}
