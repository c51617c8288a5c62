/**
 * A place in a spec file (the file and the path of keys inside it), and how
 * the builders turn one into the `SourceLocation` the IR carries.
 */
import type { PathSegment, YamlFile } from "../load/read-yaml.js";
import type { SourceLocation } from "./shape-types.js";

export interface Where {
  file: YamlFile;
  path: readonly PathSegment[];
}

/** `w` extended by more keys. */
export function under(w: Where, ...path: PathSegment[]): Where {
  return { file: w.file, path: [...w.path, ...path] };
}

/** The position of the value at `w` (or of its key, with `key`). */
export function locOf(w: Where, key = false): SourceLocation {
  return w.file.locate(w.path, { key });
}

/** The position of the key at `w`. */
export function keyLoc(w: Where): SourceLocation {
  return w.file.locate(w.path, { key: true });
}
