/**
 * IR -> the view the README templates render: every text already escaped
 * for Markdown (`markdownText`), every name in a code span, every code
 * block printed in its final layout. Templates only place these strings.
 */
import type { IrError, IrMember, IrOperation, IrService, IrShape, IrType } from "../../ir/types.js";
import { writtenBounds } from "../../ir/number-ranges.js";
import { visibleName } from "../../print/comments.js";
import { codeSpan, fencedCode, markdownLink, markdownText } from "../../print/markdown.js";
import { clientSetupCode, exampleCallCode, mockSetupCode } from "./readme-code.js";

export interface ReadmeView {
  packageName: string;
  title: string;
  documentation?: string;
  files: string[];
  installFolder: string;
  installTarball: string;
  clientSetup: string;
  clientAuth: string;
  mockSetup: string;
  operations: Array<{ name: string; http: string; documentation?: string; sources?: string; example: string; input: string; output: string; errors: string[] }>;
  shapes: Array<{ name: string; documentation?: string; values?: string[]; members?: string[]; empty?: boolean }>;
  errors: Array<{ name: string; summary: string; documentation?: string; members?: string[] }>;
}

const text = (s: string | undefined) => (s === undefined || s.trim() === "" ? undefined : markdownText(s));

/** GitHub's heading anchor for a shape heading (names are identifiers: lower case is enough). */
function anchor(name: string): string {
  return `[${codeSpan(name)}](#${name.toLowerCase()})`;
}

export function readmeView(service: IrService): ReadmeView {
  const shapes = new Map(service.shapes.map((s) => [s.name, s] as const));
  const tarball = `${service.names.packageName.replace(/^@/, "").replace("/", "-")}-0.0.0.tgz`;
  return {
    packageName: markdownText(service.names.packageName),
    title: markdownText(service.title),
    documentation: text(service.documentation),
    // File names are spec data: control and bidirectional characters shown escaped, not obeyed.
    files: service.files.map((f) => codeSpan(visibleName(f))),
    installFolder: fencedCode("sh", `npm install path/to/generated/${service.id}\n`),
    installTarball: fencedCode("sh", `npm pack path/to/generated/${service.id}\nnpm install ./${tarball}\n`),
    clientSetup: fencedCode("ts", clientSetupCode(service)),
    clientAuth:
      service.auth.scheme === "sigv4"
        ? `Requests are signed with AWS Signature Version 4 (signing name ${codeSpan(service.auth.signingName ?? service.id)}).`
        : `The token travels in the ${codeSpan(service.auth.header ?? "X-Auth-Token")} header.${service.auth.documentation ? ` ${markdownText(service.auth.documentation)}` : ""}`,
    mockSetup: fencedCode("ts", mockSetupCode(service)),
    operations: service.operations.map((op) => operationView(op, shapes)),
    shapes: service.shapes.map(shapeView),
    errors: service.errors.map(errorView),
  };
}

function operationView(op: IrOperation, shapes: ReadonlyMap<string, IrShape>) {
  // Only web links: a spec could name any scheme (javascript:, data:).
  const docs = op.sources.filter((s) => s.url && /^https?:\/\//i.test(s.url));
  return {
    name: markdownText(op.name),
    http: `${codeSpan(`${op.http.method} ${op.http.path}`)} → ${op.http.successStatus}${op.output === undefined ? " (no body)" : ""}`,
    documentation: text(op.documentation),
    sources: docs.length ? docs.map((s) => markdownLink(s.title, s.url!)).join(", ") : undefined,
    example: fencedCode("ts", exampleCallCode(op, shapes)),
    input: anchor(op.input),
    output: op.output === undefined ? "none (the answer has no body)" : anchor(op.output),
    errors: op.errors.map((e) => `${codeSpan(e.name)} (${e.status})`),
  };
}

function shapeView(s: IrShape) {
  if (s.kind === "enum") {
    return {
      name: markdownText(s.name),
      documentation: text(s.documentation),
      values: s.values.map((v) => `${codeSpan(v.value)}${v.documentation ? `: ${markdownText(v.documentation)}` : ""}`),
    };
  }
  return {
    name: markdownText(s.name),
    documentation: text(s.documentation),
    members: s.members.length ? s.members.map(memberLine) : undefined,
    empty: s.members.length === 0 ? true : undefined,
  };
}

function errorView(e: IrError) {
  const facts = [`HTTP ${e.status}`, e.code !== undefined ? `code ${codeSpan(e.code)}` : "code set per operation", e.retryable ? "retryable" : ""].filter(Boolean);
  return {
    name: markdownText(e.name),
    summary: `${facts.join(", ")}.`,
    documentation: text(e.documentation),
    members: e.members.length ? e.members.map(memberLine) : undefined,
  };
}

/** `` `name` `` (type, required; path `wire`; constraints): documentation — one line per member. */
function memberLine(m: IrMember): string {
  const facts = [codeSpan(typeText(m.type)), m.required ? "required" : "optional"];
  if (m.location !== "body" || m.wireName !== m.name) facts.push(`${m.location} ${codeSpan(m.wireName)}`);
  facts.push(...constraints(m));
  const doc = m.documentation ? `: ${markdownText(m.documentation)}` : "";
  return `${codeSpan(m.name)} (${facts.join("; ")})${doc}`;
}

export function typeText(t: IrType): string {
  switch (t.kind) {
    case "list":
      return `${typeText(t.items)}[]`;
    case "map":
      return `Record<${typeText(t.key)}, ${typeText(t.value)}>`;
    case "ref":
      return t.name;
    case "timestamp":
      return t.format === "epoch-seconds" ? "number" : "string";
    case "integer":
    case "long":
    case "float":
    case "double":
      return "number";
    default:
      return t.kind;
  }
}

/** Constraints of a member's type (and of a list's items or a map's keys and values), default, deprecation. */
function constraints(m: IrMember): string[] {
  const parts: string[] = [];
  const add = (t: IrType, prefix: string) => {
    if (t.kind === "string") {
      if (t.minLength !== undefined || t.maxLength !== undefined) parts.push(`${prefix}length ${range(t.minLength, t.maxLength)}`);
      if (t.pattern !== undefined) parts.push(`${prefix}pattern ${codeSpan(t.pattern)}`);
      if (t.knownValues?.length) parts.push(`${prefix}known values ${t.knownValues.map((v) => codeSpan(v.value)).join(", ")}`);
    } else if (t.kind === "integer" || t.kind === "long" || t.kind === "float" || t.kind === "double") {
      // Only the bounds the spec wrote: the type's own range goes without saying.
      const b = writtenBounds(t);
      parts.push(`${prefix}${t.kind}${b.minimum !== undefined || b.maximum !== undefined ? ` ${range(b.minimum, b.maximum)}` : ""}`);
      if (t.excluded?.length) parts.push(`${prefix}not ${t.excluded.join(", ")}`);
    } else if (t.kind === "list") {
      if (t.minItems !== undefined || t.maxItems !== undefined) parts.push(`${prefix}items ${range(t.minItems, t.maxItems)}`);
      add(t.items, `${prefix}each `);
    } else if (t.kind === "map") {
      if (t.minEntries !== undefined || t.maxEntries !== undefined) parts.push(`${prefix}entries ${range(t.minEntries, t.maxEntries)}`);
      add(t.key, `${prefix}keys: `);
      add(t.value, `${prefix}values: `);
    } else if (t.kind === "timestamp") {
      parts.push(`${prefix}timestamp (${t.format})`);
    }
  };
  add(m.type, "");
  if (m.default !== undefined) parts.push(`default ${codeSpan(JSON.stringify(m.default))}`);
  if (m.deprecated) parts.push("deprecated");
  return parts;
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}` : `${min} to ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
}
