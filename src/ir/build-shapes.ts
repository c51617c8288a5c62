/**
 * Named shapes: structures and enums, declared under `shapes:` or inline,
 * and the members of a structure (own and included service-wide ones).
 */
import type { RawMember, RawTypeDef } from "../spec/raw.js";
import { sortBy } from "../util/sort.js";
import { buildEnumShape } from "./build-enum.js";
import { buildType } from "./build-type.js";
import type { BuildContext } from "./context.js";
import { inlineShapeName, validationNames } from "./names.js";
import type { IrMember, IrStructureShape, MemberLocation } from "./shape-types.js";
import { keyLoc, locOf, under, type Where } from "./where.js";

/** Shapes under `shapes:` of one file, keyed by their type name. */
export function declareShapes(shapes: Record<string, RawTypeDef> | undefined, where: Where, ctx: BuildContext): void {
  for (const name of Object.keys(shapes ?? {})) {
    const def = shapes![name]!;
    const w = under(where, name);
    if (def.type === "enum") ctx.addShape(buildEnumShape(name, def, w));
    else ctx.addShape(buildStructureShape(name, def, w, ctx, { declared: true, root: null }));
  }
}

export function buildStructureShape(
  name: string,
  def: RawTypeDef,
  where: Where,
  ctx: BuildContext,
  role: { declared: boolean; root: IrStructureShape["root"] },
): IrStructureShape {
  const includes = (def.include ?? []).map((n, i) => ({ name: n, loc: locOf(under(where, "include", i)) }));
  return {
    kind: "structure",
    name,
    documentation: def.documentation,
    members: buildMembers(def.members, under(where, "members"), ctx, name, includes),
    ...validationNames(name),
    usage: { input: false, output: false, error: false },
    root: role.root,
    declared: role.declared,
    includes,
    verify: def.verify,
    loc: keyLoc(where),
  };
}

/**
 * The members of a structure or an error, sorted by name, each with its
 * declaration order: included service-wide members first (in `include:`
 * order), then the structure's own.
 */
export function buildMembers(
  members: Record<string, RawMember> | undefined,
  where: Where,
  ctx: BuildContext,
  parent: string,
  includes: ReadonlyArray<{ name: string; loc: IrMember["loc"] }> = [],
): IrMember[] {
  const out: IrMember[] = [];
  for (const inc of includes) {
    const shared = ctx.sharedMembers.get(inc.name);
    if (shared) out.push({ ...shared, shared: inc.name, order: out.length, loc: inc.loc });
  }
  for (const name of Object.keys(members ?? {})) {
    out.push(buildMember(name, members![name]!, under(where, name), ctx, parent, out.length));
  }
  return sortBy(out, (m) => m.name);
}

export function buildMember(name: string, def: RawMember, where: Where, ctx: BuildContext, parent: string, order: number): IrMember {
  const location: MemberLocation = def.location ?? "body";
  const field = (f: string) => (Object.hasOwn(def, f) ? locOf(under(where, f)) : undefined);
  return {
    name,
    wireName: def.wireName ?? name,
    location,
    type: buildType(def, where, ctx, inlineShapeName(parent, name), ctx.timestampDefault(location)),
    required: def.required === true,
    order,
    default: def.default,
    documentation: def.documentation,
    deprecated: def.deprecated === true ? true : undefined,
    source: def.source,
    verify: def.verify,
    loc: keyLoc(where),
    at: { location: field("location"), wireName: field("wireName"), default: field("default") },
  };
}
