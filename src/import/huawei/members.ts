/**
 * Parameter table rows -> spec members: the type from the Type column
 * (object tables become named structures), constraints, enumerations and
 * defaults from the description, required from the Mandatory column.
 */
import type { RawJson, RawMember, RawTypeDef } from "../../spec/raw.js";
import { isMemberName, isUnicodeRegex, pascalCase, toTypeName } from "../common/names.js";
import { descriptionFacts, type DescriptionFacts, type EnumFact } from "./description-facts.js";
import type { PageFacts, ParamRow, ParamTable } from "./page-facts.js";
import { parseParamType, type ParamType } from "./param-type.js";
import type { ShapeRegistry } from "./shape-registry.js";

/** Builds members from a page's tables; nested object tables become shapes in the registry. */
export class PageMembers {
  private readonly objectNames: Set<string>;
  private readonly built = new Map<ParamTable, string>();
  private readonly building = new Map<ParamTable, string>();

  constructor(
    private readonly facts: PageFacts,
    private readonly shapes: ShapeRegistry,
  ) {
    this.objectNames = new Set(facts.objects.map((o) => o.title));
  }

  /** The members of a table's rows; `location` for the top of an input or output. */
  members(
    rows: readonly ParamRow[],
    side: "request" | "response",
    owner: string,
    location?: RawMember["location"],
  ): Record<string, RawMember> {
    const out: Record<string, RawMember> = {};
    for (const row of rows) {
      const name = memberName(row.name);
      out[name] = this.member(row, side, owner, name, location);
    }
    return out;
  }

  member(
    row: ParamRow,
    side: "request" | "response",
    owner: string,
    name: string,
    location?: RawMember["location"],
  ): RawMember {
    const pt = parseParamType(row.type, this.objectNames);
    const kind =
      pt.kind === "list"
        ? "list"
        : ["integer", "long", "float", "double"].includes(pt.kind)
          ? "number"
          : pt.kind === "string"
            ? "string"
            : "other";
    const facts = descriptionFacts(row.description, kind);
    const notes = [...facts.notes];
    const def = this.type(pt, facts, side, owner, name, notes);
    const m: RawMember = { ...def };
    if (location && location !== "body") m.location = location;
    if (name !== row.name) m.wireName = row.name;
    if (row.mandatory || location === "path") m.required = true;
    if (location === "path" && row.mandatory === false)
      notes.push("the page marks this path parameter optional; path members are always required");
    const dflt =
      facts.default === undefined ? undefined : typedDefault(facts.default, def, this.enumOf(def));
    if (dflt !== undefined) m.default = dflt;
    else if (facts.default !== undefined)
      notes.push(`documented default '${facts.default}' does not fit the type; left out`);
    if (facts.documentation) m.documentation = facts.documentation;
    if (notes.length) m.source = `page: ${notes.join("; ")}`;
    return m;
  }

  private type(
    pt: ParamType,
    facts: DescriptionFacts,
    side: "request" | "response",
    owner: string,
    name: string,
    notes: string[],
  ): RawTypeDef {
    switch (pt.kind) {
      case "string": {
        if (facts.enumValues?.length) return { ref: this.enumShape(name, owner, facts.enumValues) };
        const def: RawTypeDef = { type: "string" };
        if (facts.minLength !== undefined) def.minLength = facts.minLength;
        if (facts.maxLength !== undefined) def.maxLength = facts.maxLength;
        if (facts.pattern !== undefined && isUnicodeRegex(facts.pattern))
          def.pattern = facts.pattern;
        return def;
      }
      case "integer":
      case "long":
      case "float":
      case "double": {
        const def: RawTypeDef = { type: pt.kind };
        const whole = pt.kind === "integer" || pt.kind === "long";
        for (const f of ["minimum", "maximum"] as const)
          if (facts[f] !== undefined && (!whole || Number.isInteger(facts[f]))) def[f] = facts[f];
        if (facts.excluded?.length && def.minimum !== undefined && def.maximum !== undefined)
          def.excluded = facts.excluded;
        return def;
      }
      case "boolean":
      case "timestamp":
        return { type: pt.kind };
      case "list": {
        const itemFacts: DescriptionFacts = {
          documentation: "",
          notes: [],
          ...(facts.enumValues ? { enumValues: facts.enumValues } : {}),
        };
        const items = this.type(pt.items, itemFacts, side, owner, name, notes);
        const def: RawTypeDef = { type: "list", items };
        if (facts.minItems !== undefined) def.minItems = facts.minItems;
        if (facts.maxItems !== undefined) def.maxItems = facts.maxItems;
        return def;
      }
      case "map": {
        const values = this.type(
          pt.values,
          { documentation: "", notes: [] },
          side,
          owner,
          name,
          notes,
        );
        const keys = facts.keyValues?.length
          ? { keys: { ref: this.enumShape(`${name}_key`, owner, facts.keyValues) } }
          : {};
        return { type: "map", ...keys, values };
      }
      case "object": {
        const table = pt.name ? this.table(pt.name, side) : undefined;
        if (table) return { ref: this.structure(table, side) };
        notes.push(
          pt.name
            ? `type '${pt.name}' has no table on the page; drafted as a map of strings`
            : "a free-form object; drafted as a map of strings",
        );
        return { type: "map", values: { type: "string" } };
      }
      default:
        notes.push(`type '${pt.text}' not recognised; drafted as a string`);
        return { type: "string" };
    }
  }

  /** The object table named `title`, from the same side of the page when it has one there. */
  private table(title: string, side: "request" | "response"): ParamTable | undefined {
    const all = this.facts.objects.filter((o) => o.title === title);
    return all.find((o) => o.side === side) ?? all[0];
  }

  private structure(table: ParamTable, side: "request" | "response"): string {
    const done = this.built.get(table) ?? this.building.get(table);
    if (done) return done;
    const name = toTypeName(table.title);
    // Registered while its members are built, so a table that refers to itself ends.
    this.building.set(table, name);
    const def: RawTypeDef = { type: "structure", members: this.members(table.rows, side, name) };
    const final = this.shapes.add(name, def);
    this.building.delete(table);
    this.built.set(table, final);
    return final;
  }

  private enumShape(member: string, owner: string, values: readonly EnumFact[]): string {
    // "authorizer_type" names itself; a bare "type" or "location" reads better with its owner: CustomAuthorizerType, IdentityLocation.
    const base = member.includes("_") ? pascalCase(member) : `${owner}${pascalCase(member)}`;
    const def: RawTypeDef = {
      type: "enum",
      values: values.map((v) =>
        v.documentation ? { value: v.value, documentation: v.documentation } : v.value,
      ),
    };
    return this.shapes.add(toTypeName(base), def);
  }

  private enumOf(def: RawTypeDef): string[] | undefined {
    if (def.ref === undefined) return undefined;
    const e = this.shapes.definition(def.ref);
    return e && Array.isArray(e.values)
      ? e.values.map((v) => (typeof v === "string" ? v : v.value))
      : undefined;
  }
}

/** A spec member name for a wire name (`X-Auth-Token` -> `X_Auth_Token`). */
export function memberName(wire: string): string {
  if (isMemberName(wire)) return wire;
  const n = wire.replace(/[^A-Za-z0-9_]/g, "_");
  return /^[0-9]/.test(n) ? `_${n}` : n;
}

/** A documented default as a value of the member's type, or undefined when it does not fit. */
function typedDefault(
  text: string,
  def: RawTypeDef,
  enumValues: string[] | undefined,
): RawJson | undefined {
  const t = text.replace(/\*\*/g, "").replace(/\.$/, "").trim();
  if (enumValues) return enumValues.includes(t) ? t : undefined;
  switch (def.type) {
    case "integer":
    case "long":
    case "float":
    case "double": {
      const n = Number(t.replace(/,/g, ""));
      if (
        !Number.isFinite(n) ||
        ((def.type === "integer" || def.type === "long") && !Number.isInteger(n))
      )
        return undefined;
      if (
        (def.minimum !== undefined && n < def.minimum) ||
        (def.maximum !== undefined && n > def.maximum) ||
        def.excluded?.includes(n)
      )
        return undefined;
      return n;
    }
    case "boolean":
      return /^true$/i.test(t) ? true : /^false$/i.test(t) ? false : undefined;
    case "string":
      if (
        (def.minLength !== undefined && t.length < def.minLength) ||
        (def.maxLength !== undefined && t.length > def.maxLength)
      )
        return undefined;
      if (def.pattern && !new RegExp(def.pattern, "u").test(t)) return undefined;
      return t;
    default:
      return undefined;
  }
}
