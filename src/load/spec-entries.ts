/**
 * What a name in the specs folder is, judged before anything is opened: a
 * folder, a regular file, or something the loader must refuse. Spec folders
 * are untrusted: a FIFO named `Op.yaml` would block the read forever, a
 * folder named `Op.yaml` or a broken symbolic link would throw from `fs`,
 * and a link out of the specs folder would read (and could copy into
 * reports) a file its author never meant to publish.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { compareStrings } from "../util/sort.js";

/** A usable entry: its absolute path as listed, and the real path to open. */
export interface SpecEntry {
  name: string;
  /** Path under the specs folder as listed (for messages). */
  listed: string;
  /** The file or folder it is, symbolic links resolved (inside the specs folder). */
  real: string;
  kind: "folder" | "file";
}

/** An entry the loader refuses, with why. */
export interface RefusedEntry {
  name: string;
  listed: string;
  kind: "refused";
  code: "not-a-file" | "broken-link" | "link-outside" | "unreadable";
  message: string;
  hint: string;
  /** For `link-outside`: whether the target is a folder (a service folder linked in). */
  toFolder?: boolean;
}

export type Entry = SpecEntry | RefusedEntry;

/**
 * Every entry of `dir`, sorted by name, classified. `root` is the real path
 * of the specs folder: a link whose target is not inside it is refused.
 * Throws only when `dir` itself cannot be listed.
 */
export function listEntries(dir: string, root: string): Entry[] {
  return readdirSync(dir)
    .sort(compareStrings)
    .map((name) => classify(name, path.join(dir, name), root));
}

/** The real path of the specs folder (throws when it cannot be resolved). */
export function specsRoot(specsDir: string): string {
  const real = realpathSync(specsDir);
  if (!statSync(real).isDirectory()) throw new Error(`${specsDir} is not a folder`);
  return real;
}

function classify(name: string, listed: string, root: string): Entry {
  const refuse = (code: RefusedEntry["code"], message: string, hint: string, toFolder?: boolean): RefusedEntry => ({ name, listed, kind: "refused", code, message, hint, ...(toFolder === undefined ? {} : { toFolder }) });
  let own: Stats;
  try {
    own = lstatSync(listed);
  } catch (e) {
    return refuse("unreadable", `cannot read '${name}': ${errorCode(e)}`, "check the file's permissions");
  }
  let real = listed;
  let target = own;
  if (own.isSymbolicLink()) {
    try {
      real = realpathSync(listed);
      target = statSync(real);
    } catch (e) {
      const code = errorCode(e);
      if (code === "ELOOP") return refuse("broken-link", `'${name}' is a symbolic link loop`, "point the link at a file, or remove it");
      if (code === "ENOENT" || code === "ENOTDIR") return refuse("broken-link", `'${name}' is a symbolic link to a missing file`, "point the link at an existing file, or remove it");
      return refuse("unreadable", `cannot follow the symbolic link '${name}': ${code}`, "check the link and its target's permissions");
    }
    if (!isInside(real, root)) {
      return refuse("link-outside", `'${name}' is a symbolic link to ${real}, outside the specs folder`, "links may only point inside the specs folder: copy the target in instead", target.isDirectory());
    }
  }
  if (target.isDirectory()) return { name, listed, real, kind: "folder" };
  if (target.isFile()) return { name, listed, real, kind: "file" };
  return refuse("not-a-file", `'${name}' is ${describe(target)}, not a regular file`, "spec files are regular YAML files");
}

/** Whether `p` is `root` or below it (both real paths). */
export function isInside(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

function describe(s: Stats): string {
  if (s.isFIFO()) return "a FIFO (named pipe)";
  if (s.isSocket()) return "a socket";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "a device";
  return "a special file";
}

export function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : String((e as Error)?.message ?? e);
}
