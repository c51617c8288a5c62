/**
 * A page's error responses -> spec errors. Huawei errors are told apart by
 * status (one error per status in service.yaml, as the hand-written specs
 * do) and carry an `error_code` that differs per operation: the page's
 * example gives it. An error service.yaml already has is referred to, with
 * the page's code and example as overrides where they differ; one it lacks
 * is added to service.yaml.
 */
import type { RawErrorDef, RawJson, RawMember, RawServiceFile } from "../../spec/raw.js";
import type { DraftNote } from "../common/draft-file.js";
import { freeName, pascalCase } from "../common/names.js";
import type { PageFacts } from "./page-facts.js";
import type { PageMembers } from "./members.js";

/** The operation's error entries and the errors service.yaml gains. */
export interface PageErrors {
  /** The operation's `errors:`. */
  operation: Record<string, RawErrorDef | null>;
  /** Errors service.yaml gains. */
  service: Record<string, RawErrorDef>;
}

/** The errors of a page's 4xx/5xx responses, against service.yaml's (`existing`). */
export function pageErrors(
  facts: PageFacts,
  members: PageMembers,
  existing: RawServiceFile | undefined,
  notes: DraftNote[],
): PageErrors {
  const out: PageErrors = { operation: {}, service: {} };
  const have = existing?.errors ?? {};
  for (const f of [...facts.responses.values()]
    .filter((r) => r.status >= 400)
    .sort((a, b) => a.status - b.status)) {
    const body = isObject(f.example) ? (f.example as { [key: string]: RawJson }) : undefined;
    const code = typeof body?.error_code === "string" ? body.error_code : undefined;
    const wanted = errorName(f.description, f.status);
    const sameStatus = Object.keys(have).filter((n) => have[n]!.status === f.status);
    const match = sameStatus.includes(wanted)
      ? wanted
      : sameStatus.length === 1
        ? sameStatus[0]
        : undefined;
    if (match) {
      const e = have[match]!;
      const resolved = code ?? e.code;
      if (resolved === undefined) {
        notes.push({
          level: "warning",
          text: `status ${f.status}: neither the page nor service.yaml's ${match} gives an error code; not listed (add it by hand)`,
        });
        continue;
      }
      const override: RawErrorDef = {};
      if (code !== undefined && code !== e.code) override.code = code;
      if (body && JSON.stringify(body) !== JSON.stringify(e.example?.body))
        override.example = { body };
      out.operation[match] = Object.keys(override).length ? override : null;
      continue;
    }
    if (code === undefined) {
      notes.push({
        level: "warning",
        text: `status ${f.status}: the page gives no example error_code; not listed (add it by hand)`,
      });
      continue;
    }
    const name = freeName(wanted, (n) => Object.hasOwn(have, n) || Object.hasOwn(out.service, n));
    const rows = f.body?.rows ?? [];
    const errMembers: Record<string, RawMember> = rows.length
      ? members.members(rows, "response", name)
      : { error_code: { type: "string" }, error_msg: { type: "string" } };
    out.service[name] = {
      status: f.status,
      code,
      ...(f.description ? { documentation: f.description } : {}),
      members: errMembers,
      ...(body ? { example: { body } } : {}),
    };
    out.operation[name] = null;
  }
  return out;
}

/** "Not Found" -> NotFoundError, "Internal Server Error" -> InternalServerError. */
export function errorName(description: string | undefined, status: number): string {
  const base = pascalCase(description ?? "");
  if (!base || /^\d/.test(base)) return `Status${status}Error`;
  return base.endsWith("Error") ? base : `${base}Error`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
