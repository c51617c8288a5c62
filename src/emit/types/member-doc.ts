/** A member's doc comment text: the docs' own words, then its wire name and constraints. */
import type { IrMember } from "../../ir/types.js";

export function memberDoc(m: IrMember): string | undefined {
  const facts: string[] = [];
  if (m.location !== "body" || m.wireName !== m.name) facts.push(`Wire: ${m.location} \`${m.wireName}\`.`);
  const c = constraintText(m);
  if (c) facts.push(c);
  if (m.default !== undefined) facts.push(`@defaultValue ${JSON.stringify(m.default)}`);
  if (m.deprecated) facts.push("@deprecated");
  const text = [m.documentation, facts.join("\n")].filter(Boolean).join("\n\n");
  return text || undefined;
}

/** The constraints of a member as one readable line. */
export function constraintText(m: IrMember): string | undefined {
  const t = m.type;
  const parts: string[] = [];
  switch (t.kind) {
    case "string":
      if (t.minLength !== undefined || t.maxLength !== undefined) parts.push(`length ${t.minLength ?? 0}..${t.maxLength ?? "∞"}`);
      if (t.pattern !== undefined) parts.push(`pattern \`${t.pattern}\``);
      if (t.knownValues?.length) parts.push(`documented values: ${t.knownValues.map((v) => v.value).join(", ")}`);
      break;
    case "integer":
    case "long":
    case "float":
    case "double":
      if (t.minimum !== undefined || t.maximum !== undefined) parts.push(`range ${t.minimum ?? "-∞"}..${t.maximum ?? "∞"}`);
      if (t.excluded?.length) parts.push(`not ${t.excluded.join(", ")}`);
      if (t.kind !== "double" && t.kind !== "float") parts.push(t.kind);
      break;
    case "list":
      if (t.minItems !== undefined || t.maxItems !== undefined) parts.push(`items ${t.minItems ?? 0}..${t.maxItems ?? "∞"}`);
      break;
    case "map":
      if (t.minEntries !== undefined || t.maxEntries !== undefined) parts.push(`entries ${t.minEntries ?? 0}..${t.maxEntries ?? "∞"}`);
      break;
    case "timestamp":
      parts.push(`timestamp (${t.format})`);
      break;
  }
  return parts.length ? `Constraints: ${parts.join("; ")}.` : undefined;
}
