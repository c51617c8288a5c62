/**
 * Compares one spec'd service (IR) with its official service model and lists
 * every disagreement as a finding at the spec position it concerns. Only
 * facts the model states are compared: operations, method, path, success
 * status, member names, wire names, locations, types, required flags, enum
 * values, nested shapes, and each operation's errors with their statuses.
 * Constraints the docs add (lengths, ranges) are not in the model and are not
 * differences.
 */
import type {
  IrError,
  IrMember,
  IrOperation,
  IrService,
  IrShape,
  IrType,
  IrVerifyMark,
  MemberLocation,
  SourceLocation,
  VerifyFact,
} from "../ir/types.js";
import { compareStrings, sortedEntries } from "../util/sort.js";
import type { ModelMemberRef, ModelShape, ServiceModel } from "./service-model.js";

export interface Finding {
  loc: SourceLocation;
  fact: VerifyFact;
  message: string;
  hint?: string;
  /** The spec field the finding is about, as a path inside `loc.file`, when more precise than `loc`. */
  field?: Array<string | number>;
  /** Marks that may excuse this finding, innermost (member) first. */
  marks: Array<IrVerifyMark | undefined>;
}

const LOCATIONS: Record<string, MemberLocation | undefined> = { uri: "path", querystring: "query", header: "header" };

export function compareService(service: IrService, model: ServiceModel): Finding[] {
  return new Comparison(service, model).run();
}

class Comparison {
  private readonly findings: Finding[] = [];
  private readonly visited = new Set<string>();
  private readonly shapes: Map<string, IrShape>;

  constructor(
    private readonly service: IrService,
    private readonly model: ServiceModel,
  ) {
    this.shapes = new Map(service.shapes.map((s) => [s.name, s]));
  }

  run(): Finding[] {
    for (const op of this.service.operations) this.operation(op);
    return this.findings;
  }

  private add(loc: SourceLocation, fact: VerifyFact, message: string, marks: Array<IrVerifyMark | undefined>, hint?: string, field?: Array<string | number>) {
    this.findings.push(field ? { loc, fact, message, hint, field, marks } : { loc, fact, message, hint, marks });
  }

  private modelShape(name: string): ModelShape | undefined {
    return Object.hasOwn(this.model.shapes, name) ? this.model.shapes[name] : undefined;
  }

  /** A model structure with members (an empty output is the same as none). */
  private modelHasMembers(name: string): boolean {
    const ms = this.modelShape(name);
    return ms !== undefined && Object.keys(ms.members ?? {}).length > 0;
  }

  private operation(op: IrOperation) {
    const marks = [op.verify];
    const mo = Object.hasOwn(this.model.operations, op.name) ? this.model.operations[op.name]! : undefined;
    if (!mo) {
      this.add(op.loc, "missing", `operation '${op.name}' is not in the official model`, marks, "check the operation name's spelling and case");
      return;
    }
    if (mo.http.method !== op.http.method) {
      this.add(op.loc, "method", `${op.name} uses HTTP ${op.http.method}, the model says ${mo.http.method}`, marks, undefined, ["http", "method"]);
    }
    const modelPath = mo.http.requestUri.split("?")[0]!;
    if (modelPath !== op.http.path) {
      this.add(op.loc, "path", `${op.name} path is '${op.http.path}', the model says '${modelPath}'`, marks, "path placeholders are the path members' wire names", ["http", "path"]);
    }
    const status = mo.http.responseCode ?? 200;
    if (status !== op.http.successStatus) {
      this.add(op.loc, "status", `${op.name} success status is ${op.http.successStatus}, the model says ${status}`, marks, undefined, ["http", "successStatus"]);
    }
    this.root(op, "input", op.input, mo.input?.shape);
    this.root(op, "output", op.output, mo.output?.shape);
    this.errors(op, (mo.errors ?? []).map((e) => e.shape));
  }

  private root(op: IrOperation, which: "input" | "output", ours: string | undefined, modelName: string | undefined) {
    if (ours === undefined) {
      if (modelName && this.modelHasMembers(modelName)) this.add(op.loc, "missing", `${op.name} has no ${which}, the model's ${which} ${modelName} has members`, [op.verify]);
      return;
    }
    const shape = this.shapes.get(ours);
    if (shape?.kind !== "structure") return;
    if (!modelName) {
      if (shape.members.length) this.add(shape.loc, "missing", `${op.name} has ${which} members, the model has no ${which}`, [shape.verify, op.verify]);
      return;
    }
    this.structure(shape.name, shape.members, shape.loc, modelName, [shape.verify]);
  }

  private errors(op: IrOperation, modelErrors: string[]) {
    const ours = new Map(op.errors.map((e) => [e.name, e]));
    for (const name of [...modelErrors].sort(compareStrings)) {
      if (!ours.has(name)) {
        this.add(op.loc, "errors", `${op.name} does not list the model's error ${name}`, [op.verify], `add ${name} under errors:`, ["errors"]);
      }
    }
    for (const e of op.errors) {
      if (!modelErrors.includes(e.name)) {
        this.add(op.loc, "errors", `${op.name} lists error ${e.name}, which the model does not give this operation`, [e.verify, op.verify], undefined, ["errors", e.name]);
        continue;
      }
      this.error(e, op);
    }
  }

  private error(e: IrError, op: IrOperation) {
    const key = `error:${e.name}:${e.loc.file}:${e.loc.line}:${e.loc.col}`;
    if (this.visited.has(key)) return;
    this.visited.add(key);
    const ms = this.modelShape(e.name);
    if (!ms) return;
    const marks = [e.verify, op.verify];
    const status = ms.error?.httpStatusCode;
    if (status !== undefined && status !== e.status) {
      this.add(e.loc, "status", `error ${e.name} has status ${e.status}, the model says ${status}`, marks);
    }
    const code = ms.error?.code ?? e.name;
    if (e.code !== undefined && e.code !== code) {
      this.add(e.loc, "errors", `error ${e.name} has code '${e.code}', the model says '${code}'`, marks);
    }
    this.members(`error ${e.name}`, e.members, e.loc, e.name, ms, [e.verify]);
  }

  /** A structure (root, nested, or error data) against a model structure, once per pair. */
  private structure(label: string, members: readonly IrMember[], loc: SourceLocation, modelName: string, marks: Array<IrVerifyMark | undefined>) {
    const key = `${label}|${modelName}`;
    if (this.visited.has(key)) return;
    this.visited.add(key);
    const ms = this.modelShape(modelName);
    if (!ms) return;
    if (ms.type !== "structure") {
      this.add(loc, "type", `${label} is a structure, the model's ${modelName} is ${article(ms.type)}`, marks);
      return;
    }
    this.members(label, members, loc, modelName, ms, marks);
  }

  private members(label: string, members: readonly IrMember[], loc: SourceLocation, modelName: string, ms: ModelShape, marks: Array<IrVerifyMark | undefined>) {
    const modelMembers = new Map(sortedEntries(ms.members));
    const required = new Set(ms.required ?? []);
    for (const [name] of modelMembers) {
      if (!members.some((m) => m.name === name)) {
        this.add(loc, "extra", `${label} lacks member '${name}' of the model's ${modelName}`, marks, `model members: ${[...modelMembers.keys()].join(", ")}`);
      }
    }
    for (const m of members) {
      const ref = modelMembers.get(m.name);
      const mMarks = [m.verify, ...marks];
      if (!ref) {
        this.add(m.loc, "missing", `member '${m.name}' of ${label} is not in the model's ${modelName}`, mMarks, `model members: ${[...modelMembers.keys()].join(", ") || "(none)"}`);
        continue;
      }
      this.member(m, ref, ms, label, modelName, required.has(m.name), mMarks);
    }
  }

  private member(m: IrMember, ref: ModelMemberRef, ms: ModelShape, label: string, modelName: string, required: boolean, marks: Array<IrVerifyMark | undefined>) {
    const where = `member '${m.name}' of ${label}`;
    const location = ref.location === undefined ? "body" : (LOCATIONS[ref.location] ?? ref.location);
    if (ms.payload === m.name) {
      this.add(m.loc, "location", `${where}: the model sends it as the whole body (payload of ${modelName})`, marks);
    } else if (location !== m.location) {
      this.add(m.loc, "location", `${where} is in the ${m.location}, the model says ${location}`, marks);
    }
    const wire = ref.locationName ?? m.name;
    const same = m.location === "header" ? wire.toLowerCase() === m.wireName.toLowerCase() : wire === m.wireName;
    if (!same) {
      this.add(m.loc, "wireName", `${where} has wire name '${m.wireName}', the model says '${wire}'`, marks, m.wireName === m.name ? `add wireName: ${wire}` : `set wireName: ${wire}`);
    }
    if (required !== m.required) {
      this.add(m.loc, "required", `${where} is ${m.required ? "required" : "optional"}, the model says ${required ? "required" : "optional"}`, marks);
    }
    this.type(m.type, ref.shape, m.loc, where, marks);
  }

  private type(ours: IrType, modelName: string, loc: SourceLocation, where: string, marks: Array<IrVerifyMark | undefined>) {
    const ms = this.modelShape(modelName);
    if (!ms) return;
    const mismatch = () => this.add(loc, "type", `${where} is ${this.describe(ours)}, the model's ${modelName} is ${describeModel(ms)}`, marks);
    const target = ours.kind === "ref" ? this.shapes.get(ours.name) : undefined;
    switch (ms.type) {
      case "string":
        if (ms.enum) {
          if (target?.kind === "enum") this.enumValues(target.values.map((v) => v.value), ms.enum, target.loc, `enum ${target.name}`, modelName, [target.verify, ...marks]);
          else if (ours.kind === "string" && ours.knownValues) this.enumValues(ours.knownValues.map((v) => v.value), ms.enum, loc, `the known values of ${where}`, modelName, marks);
          else mismatch();
        } else if (ours.kind !== "string") mismatch();
        return;
      case "integer":
      case "long":
      case "float":
      case "double":
      case "boolean":
      case "timestamp":
        if (ours.kind !== ms.type) mismatch();
        return;
      case "list":
        if (ours.kind !== "list" || !ms.member) return ours.kind === "list" ? undefined : mismatch();
        this.type(ours.items, ms.member.shape, loc, `the items of ${where}`, marks);
        return;
      case "map":
        if (ours.kind !== "map" || !ms.key || !ms.value) return ours.kind === "map" ? undefined : mismatch();
        this.type(ours.key, ms.key.shape, loc, `the keys of ${where}`, marks);
        this.type(ours.value, ms.value.shape, loc, `the values of ${where}`, marks);
        return;
      case "structure":
        if (target?.kind !== "structure") return mismatch();
        this.structure(target.name, target.members, target.loc, modelName, [target.verify]);
        return;
      default:
        mismatch();
    }
  }

  private enumValues(ours: string[], theirs: string[], loc: SourceLocation, label: string, modelName: string, marks: Array<IrVerifyMark | undefined>) {
    const key = `enum:${label}|${modelName}`;
    if (this.visited.has(key)) return;
    this.visited.add(key);
    const lacking = theirs.filter((v) => !ours.includes(v));
    const extra = ours.filter((v) => !theirs.includes(v));
    if (lacking.length || extra.length) {
      const parts = [lacking.length ? `lacks ${lacking.join(", ")}` : "", extra.length ? `has ${extra.join(", ")} not in the model` : ""].filter(Boolean);
      this.add(loc, "enum", `${label} ${parts.join("; ")} (model ${modelName}: ${theirs.join(", ")})`, marks);
    }
  }

  private describe(t: IrType): string {
    if (t.kind === "ref") {
      const s = this.shapes.get(t.name);
      return s ? `${s.kind} ${s.name}` : t.name;
    }
    return t.kind === "string" && t.knownValues ? "an open string" : article(t.kind);
  }
}

function describeModel(ms: ModelShape): string {
  if (ms.type === "string" && ms.enum) return `an enum (${ms.enum.join(", ")})`;
  return article(ms.type);
}

function article(word: string): string {
  return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
}
