/**
 * How much backtracking a spec pattern can cost, as judged by recheck
 * (https://makenowjust-labs.github.io/recheck/), a maintained ReDoS
 * analyser. Spec patterns are untrusted: `^(a+)+$` takes minutes to reject
 * 31 characters, in the checker (a default), the validators and the mock.
 *
 * recheck decides from the pattern's automaton where it can (no clock, the
 * same verdict everywhere) and otherwise (look-arounds, back-references,
 * large counted repetitions) by seeded fuzzing within time limits. Its
 * synchronous API runs the analysis in a worker thread, with the prebuilt
 * binary recheck ships for the platform when npm installed it, and its pure
 * JavaScript build otherwise: nothing to compile, no network.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { CACHE_DIR } from "../util/cache-dir.js";
import { REPO_ROOT } from "../util/repo-root.js";

/** What backtracking a pattern can do on the worst input of length n. */
export type PatternRisk =
  | { kind: "linear" }
  | { kind: "polynomial"; degree: number; attack: string }
  | { kind: "exponential"; attack: string }
  /** Not decided: the analyser gave up (time, size) or failed. */
  | { kind: "unknown"; reason: string };

/**
 * Backtracking steps a pattern may take per character of input. A
 * polynomial pattern of degree k on at most n characters takes about n^k
 * steps, n^(k-1) per character: bounded by `maxLength`, that stays linear
 * in the size of any payload.
 */
export const STEPS_PER_CHARACTER = 100;

/** Longest time one pattern may be analysed; longer is `unknown`. */
export const ANALYSIS_TIMEOUT_MS = 10_000;

/**
 * Analysis time one service may spend on new patterns, so that a spec with
 * thousands of distinct patterns costs a bounded time too: past it, the
 * remaining patterns are `unknown` (and reported). Verdicts are kept for
 * the process, so a pattern met again costs nothing.
 */
export const SERVICE_BUDGET_MS = 60_000;

/** Longest `maxLength` under which a pattern of polynomial `degree` stays within {@link STEPS_PER_CHARACTER}. */
export function maxSafeLength(degree: number): number {
  if (degree <= 1) return Infinity;
  // The epsilon absorbs floating error: 100^(1/1) must be 100, not 99.99999.
  return Math.floor(STEPS_PER_CHARACTER ** (1 / (degree - 1)) + 1e-9);
}

/** Whether testing a string of at most `maxLength` characters against a pattern of this risk is bounded work. */
export function isBounded(risk: PatternRisk, maxLength: number | undefined): boolean {
  if (risk.kind === "linear") return true;
  if (risk.kind !== "polynomial") return false;
  return maxLength !== undefined && maxLength <= maxSafeLength(risk.degree);
}

/**
 * Decided verdicts, kept for the process and in the cache folder (per
 * recheck version): analysing a pattern costs a worker and up to seconds,
 * and a spec's patterns rarely change, so a later run reads the verdict.
 */
const verdicts = new Map<string, PatternRisk>();
let verdictFile: string | undefined;

function cacheFile(): string {
  if (verdictFile === undefined) {
    const version = (createRequire(path.join(REPO_ROOT, "package.json"))("recheck/package.json") as { version: string }).version;
    verdictFile = path.join(CACHE_DIR, `pattern-verdicts-recheck-${version}.json`);
    try {
      const saved = JSON.parse(readFileSync(verdictFile, "utf8")) as Record<string, PatternRisk>;
      for (const [pattern, risk] of Object.entries(saved)) if (risk.kind !== "unknown" && !verdicts.has(pattern)) verdicts.set(pattern, risk);
    } catch {
      // no verdicts saved yet (or unreadable): analyse
    }
  }
  return verdictFile;
}

function saveVerdicts(): void {
  try {
    const file = cacheFile();
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(verdicts)));
    renameSync(tmp, file);
  } catch {
    // A read-only cache folder costs the next run the analysis, nothing more.
  }
}

/** Analyses patterns within one time budget (one per service checked). */
export class PatternAnalysis {
  #spentMs = 0;
  constructor(readonly budgetMs: number = SERVICE_BUDGET_MS) {}

  /** The risk of `pattern` (a valid unicode-mode ECMAScript regex). */
  risk(pattern: string): PatternRisk {
    cacheFile();
    const known = verdicts.get(pattern);
    if (known) return known;
    const left = this.budgetMs - this.#spentMs;
    if (left <= 0) return { kind: "unknown", reason: `the service's analysis budget (${this.budgetMs / 1000} s) is spent` };
    const started = performance.now();
    const risk = analyse(pattern, Math.min(ANALYSIS_TIMEOUT_MS, left));
    this.#spentMs += performance.now() - started;
    // An `unknown` may be a time limit: a later run may decide it.
    if (risk.kind !== "unknown") {
      verdicts.set(pattern, risk);
      saveVerdicts();
    }
    return risk;
  }
}

/** The verdict already reached for `pattern` in this process, without analysing it. */
export function knownRisk(pattern: string): PatternRisk | undefined {
  return verdicts.get(pattern);
}

interface Diagnostics {
  status: "safe" | "vulnerable" | "unknown";
  complexity?: { type: string; degree?: number };
  attack?: { pattern: string };
  error?: { kind: string; message?: string };
}

type CheckSync = (source: string, flags: string, params?: Record<string, unknown>) => Diagnostics;

let checkSync: CheckSync | undefined;

function analyse(pattern: string, timeoutMs: number): PatternRisk {
  // Loaded on first use: recheck is a large bundle, and many spec sets have no pattern.
  checkSync ??= (createRequire(import.meta.url)("recheck") as { checkSync: CheckSync }).checkSync;
  try {
    return toRisk(checkSync(pattern, "u", { timeout: timeoutMs, randomSeed: 0 }), timeoutMs);
  } catch (e) {
    return { kind: "unknown", reason: `the analyser failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function toRisk(d: Diagnostics, timeoutMs: number): PatternRisk {
  if (d.status === "safe") return { kind: "linear" };
  if (d.status === "vulnerable") {
    const attack = shorten(d.attack?.pattern ?? "");
    if (d.complexity?.type === "exponential") return { kind: "exponential", attack };
    return { kind: "polynomial", degree: d.complexity?.degree ?? 2, attack };
  }
  const e = d.error;
  const reason = e?.kind === "timeout" ? `the analysis took longer than ${Math.round(timeoutMs) / 1000} s` : `the analyser failed: ${e?.message ?? e?.kind ?? "unknown error"}`;
  return { kind: "unknown", reason };
}

/** recheck's attack string is a JavaScript expression (`'a'.repeat(31) + '!'`); long ones are cut for messages. */
function shorten(attack: string): string {
  return attack.length > 80 ? `${attack.slice(0, 77)}...` : attack;
}
