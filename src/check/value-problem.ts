/**
 * Checks a literal value from a spec (a default) against an IR type. The
 * generated validators do this for payloads; this small interpreter is only
 * for spec-time checks. Sizes (lengths, item and entry counts) are checked
 * before what they bound (patterns, items, entries).
 */
import type { IrShape, IrType } from "../ir/types.js";
import { isBounded, knownRisk } from "./pattern-risk.js";

/** A sentence fragment saying why `value` does not fit `type`, or undefined. */
export function describeValueProblem(type: IrType, value: unknown, shapes: ReadonlyMap<string, IrShape>, depth = 0): string | undefined {
  if (depth > 32) return undefined;
  switch (type.kind) {
    case "string": {
      if (typeof value !== "string") return `must be a string, got ${JSON.stringify(value)}`;
      const len = [...value].length;
      if (type.minLength !== undefined && len < type.minLength) return `"${value}" is shorter than minLength ${type.minLength}`;
      if (type.maxLength !== undefined && len > type.maxLength) return `"${value}" is longer than maxLength ${type.maxLength}`;
      // Lengths first: they bound the pattern's work. A pattern not found safe for this length is not run (check/patterns.ts reports it).
      const risk = type.pattern === undefined ? undefined : knownRisk(type.pattern);
      if (type.pattern !== undefined && risk !== undefined && isBounded(risk, type.maxLength)) {
        if (!new RegExp(type.pattern, "u").test(value)) return `"${value}" does not match pattern ${type.pattern}`;
      }
      if (type.closed && !type.knownValues?.some((v) => v.value === value)) return `"${value}" is not one of the allowed values`;
      return undefined;
    }
    case "integer":
    case "long":
    case "float":
    case "double": {
      if (typeof value !== "number" || !Number.isFinite(value)) return `must be a number, got ${JSON.stringify(value)}`;
      if ((type.kind === "integer" || type.kind === "long") && !Number.isInteger(value)) return `${value} is not a whole number`;
      if (type.minimum !== undefined && value < type.minimum) return `${value} is below the minimum ${type.minimum}`;
      if (type.maximum !== undefined && value > type.maximum) return `${value} is above the maximum ${type.maximum}`;
      if (type.excluded?.includes(value)) return `${value} is an excluded value`;
      return undefined;
    }
    case "boolean":
      return typeof value === "boolean" ? undefined : `must be true or false, got ${JSON.stringify(value)}`;
    case "timestamp":
      return typeof value === "string" || typeof value === "number" ? undefined : `must be a timestamp, got ${JSON.stringify(value)}`;
    case "list": {
      if (!Array.isArray(value)) return `must be a list`;
      if (type.minItems !== undefined && value.length < type.minItems) return `has fewer than ${type.minItems} items`;
      if (type.maxItems !== undefined && value.length > type.maxItems) return `has more than ${type.maxItems} items`;
      for (let i = 0; i < value.length; i++) {
        const p = describeValueProblem(type.items, value[i], shapes, depth + 1);
        if (p) return `item ${i} ${p}`;
      }
      return undefined;
    }
    case "map": {
      if (!value || typeof value !== "object" || Array.isArray(value)) return `must be a map`;
      const entries = Object.entries(value);
      if (type.minEntries !== undefined && entries.length < type.minEntries) return `has fewer than ${type.minEntries} entries`;
      if (type.maxEntries !== undefined && entries.length > type.maxEntries) return `has more than ${type.maxEntries} entries`;
      for (const [k, v] of entries) {
        const kp = describeValueProblem(type.key, k, shapes, depth + 1);
        if (kp) return `key ${kp}`;
        const vp = describeValueProblem(type.value, v, shapes, depth + 1);
        if (vp) return `entry '${k}' ${vp}`;
      }
      return undefined;
    }
    case "ref": {
      const shape = shapes.get(type.name);
      if (!shape) return undefined; // reported as unresolved-ref
      if (shape.kind === "enum") {
        return typeof value === "string" && shape.values.some((v) => v.value === value)
          ? undefined
          : `${JSON.stringify(value)} is not one of the ${shape.name} values ${shape.values.map((v) => v.value).join(", ")}`;
      }
      if (!value || typeof value !== "object" || Array.isArray(value)) return `must be a ${shape.name} object`;
      const obj = value as Record<string, unknown>;
      for (const m of shape.members) {
        if (!Object.hasOwn(obj, m.name)) {
          if (m.required) return `is missing required member '${m.name}'`;
          continue;
        }
        const p = describeValueProblem(m.type, obj[m.name], shapes, depth + 1);
        if (p) return `member '${m.name}' ${p}`;
      }
      return undefined;
    }
  }
}
