/**
 * Facts a Huawei parameter description states in words: `Enumeration
 * values:` lists, `Default: V1`, `Minimum: 1` / `Maximum: 64`, `Array Length:
 * 0 - 10`, "1 to 64 characters", "ranges from 200 to 599, but cannot be 444",
 * `Options of key:` lists of a map, and "Only letters, digits, and
 * underscores (_) are allowed" (a pattern). The machine-like lines are taken
 * out of the documentation; the prose stays.
 */

/** A documented value, with its text when the page gives one. */
export interface EnumFact {
  value: string;
  documentation?: string;
}

/** What a description states, and the documentation left once those lines are taken out. */
export interface DescriptionFacts {
  documentation: string;
  enumValues?: EnumFact[];
  keyValues?: EnumFact[];
  default?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  excluded?: number[];
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  notes: string[];
}

const NUM = "(-?\\d[\\d,]*(?:\\.\\d+)?)";
const num = (s: string) => Number(s.replace(/,/g, ""));

/** `kind` is what the bounds apply to: lengths of a string, values of a number, items of a list. */
export function descriptionFacts(
  description: string,
  kind: "string" | "number" | "list" | "other",
): DescriptionFacts {
  const paras = description
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  const kept: string[] = [];
  const facts: DescriptionFacts = { documentation: "", notes: [] };
  let explicitMin: number | undefined;
  let explicitMax: number | undefined;
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k]!;
    let m: RegExpExecArray | null;
    if (/^enumeration values?:?$/i.test(p)) {
      const list = paras[k + 1] ?? "";
      if (isList(list)) {
        facts.enumValues = listItems(list).map((v) => ({ value: v.replace(/:.*$/, "").trim() }));
        k++;
      }
    } else if ((m = /^default(?: value)?:\s*(.+)$/i.exec(p))) facts.default = m[1]!.trim();
    else if ((m = new RegExp(`^minimum:\\s*${NUM}$`, "i").exec(p))) explicitMin = num(m[1]!);
    else if ((m = new RegExp(`^maximum:\\s*${NUM}$`, "i").exec(p))) explicitMax = num(m[1]!);
    else if ((m = /^array length:\s*(\d+)\s*(?:-|–|to)\s*(\d+)$/i.exec(p))) {
      facts.minItems = Number(m[1]);
      facts.maxItems = Number(m[2]);
    } else kept.push(p);
  }
  const prose = kept.join("\n\n");
  const keyList = /options of keys?:?\s*$/im.test(prose)
    ? kept.find((p, i) => isList(p) && /options of keys?:?\s*$/i.test(kept[i - 1] ?? ""))
    : undefined;
  if (keyList) facts.keyValues = listItems(keyList).map(valueWithDoc);
  if (facts.enumValues) {
    // "- V1: non-VPC" bullets earlier in the text document the values.
    const docs = new Map(
      kept
        .filter(isList)
        .flatMap(listItems)
        .map(valueWithDoc)
        .filter((v) => v.documentation)
        .map((v) => [v.value, v.documentation!]),
    );
    facts.enumValues = facts.enumValues.map((v) =>
      docs.has(v.value) ? { value: v.value, documentation: docs.get(v.value)! } : v,
    );
  }
  if (kind === "string") lengthsFromProse(prose, facts);
  if (kind === "number") rangeFromProse(prose, facts);
  const lo = explicitMin ?? (kind === "string" ? facts.minLength : facts.minimum);
  const hi = explicitMax ?? (kind === "string" ? facts.maxLength : facts.maximum);
  if (kind === "string") {
    if (lo !== undefined) facts.minLength = lo;
    if (hi !== undefined) facts.maxLength = hi;
    if (
      facts.minLength !== undefined &&
      facts.maxLength !== undefined &&
      facts.minLength > facts.maxLength
    ) {
      facts.notes.push(
        `the description gives lengths ${facts.minLength}..${facts.maxLength}; left out`,
      );
      delete facts.minLength;
      delete facts.maxLength;
    }
    const pattern = patternFromProse(prose);
    if (pattern) facts.pattern = pattern;
  } else if (kind === "number") {
    if (lo !== undefined) facts.minimum = lo;
    if (hi !== undefined) facts.maximum = hi;
    if (
      facts.minimum !== undefined &&
      facts.maximum !== undefined &&
      facts.minimum > facts.maximum
    ) {
      facts.notes.push(
        `the description gives the range ${facts.minimum}..${facts.maximum}; left out`,
      );
      delete facts.minimum;
      delete facts.maximum;
      delete facts.excluded;
    }
  } else if (kind === "list") {
    if (lo !== undefined && facts.minItems === undefined) facts.minItems = lo;
    if (hi !== undefined && facts.maxItems === undefined) facts.maxItems = hi;
  }
  facts.documentation = prose;
  return facts;
}

function isList(p: string): boolean {
  return p.split("\n").every((l) => /^\s*- /.test(l));
}

function listItems(p: string): string[] {
  return p
    .split("\n")
    .map((l) => l.replace(/^\s*- /, "").trim())
    .filter(Boolean);
}

function valueWithDoc(item: string): EnumFact {
  const m = /^([A-Za-z0-9_.\-]+)\s*:\s*(.+)$/.exec(item);
  return m ? { value: m[1]!, documentation: m[2]!.trim() } : { value: item.trim() };
}

function lengthsFromProse(prose: string, facts: DescriptionFacts): void {
  let m = new RegExp(`${NUM}\\s*(?:to|-|–)\\s*${NUM}\\s+(?:characters|bytes)`, "i").exec(prose);
  if (m) {
    facts.minLength = num(m[1]!);
    facts.maxLength = num(m[2]!);
    return;
  }
  m = new RegExp(
    `(?:up to|at most|a maximum of|no more than|max(?:imum)?(?: of)?)\\s+${NUM}\\s+characters`,
    "i",
  ).exec(prose);
  if (m) facts.maxLength = num(m[1]!);
}

function rangeFromProse(prose: string, facts: DescriptionFacts): void {
  const m =
    new RegExp(`ranges? from ${NUM} to ${NUM}`, "i").exec(prose) ??
    new RegExp(`value range:?\\s*${NUM}\\s*(?:to|-|–)\\s*${NUM}`, "i").exec(prose) ??
    new RegExp(`(?:range|between)\\s*(?:is\\s*)?${NUM}\\s*(?:to|-|–|and)\\s*${NUM}`, "i").exec(
      prose,
    );
  if (!m) return;
  facts.minimum = num(m[1]!);
  facts.maximum = num(m[2]!);
  const ex = /but (?:cannot|can ?not|must not) be ([\d\s,]+(?:(?:and|or)\s+\d+)?)/i.exec(prose);
  if (ex) {
    const values = (ex[1]!.match(/\d+/g) ?? [])
      .map(Number)
      .filter((v) => v >= facts.minimum! && v <= facts.maximum!);
    if (values.length) facts.excluded = [...new Set(values)].sort((a, b) => a - b);
  }
}

const CHARACTER_WORDS: Array<[RegExp, string]> = [
  [/^(?:letters|english letters|letters \(a-z, a-z\))$/i, "A-Za-z"],
  [/^(?:uppercase letters|upper-case letters)$/i, "A-Z"],
  [/^(?:lowercase letters|lower-case letters)$/i, "a-z"],
  [/^(?:digits|numbers|digits \(0-9\))$/i, "0-9"],
  [/^underscores? \(_\)$|^underscores?$/i, "_"],
  [/^hyphens? \(-\)$|^hyphens?$/i, "-"],
  [/^(?:periods|dots) \(\.\)$|^periods$/i, "."],
];

/** "Only letters, digits, hyphens (-), and underscores (_) are allowed", "starting with a letter" -> a pattern; anything less plain -> none. */
function patternFromProse(prose: string): string | undefined {
  const m = /only (.+?) are allowed/i.exec(prose);
  if (!m) return undefined;
  const items = m[1]!
    .split(/,\s*(?:and|or)?\s*|\s+(?:and|or)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const parts: string[] = [];
  for (const item of items) {
    const hit = CHARACTER_WORDS.find(([re]) => re.test(item));
    if (!hit) return undefined;
    if (!parts.includes(hit[1])) parts.push(hit[1]);
  }
  // A hyphen goes last in the class, where it cannot read as a range.
  const cls = [
    ...parts.filter((p) => p !== "-" && p !== "."),
    ...parts.filter((p) => p === "."),
    ...parts.filter((p) => p === "-"),
  ]
    .join("")
    .replace(".", "\\.");
  return /starts? with a letter|starting with a letter|must start with a letter|begin with a letter/i.test(
    prose,
  )
    ? `^[A-Za-z][${cls}]*$`
    : `^[${cls}]+$`;
}
