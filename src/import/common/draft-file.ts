/** What an importer produces: spec files as data, with the comments a reviewer needs. */
import type { RawOperationFile, RawServiceFile } from "../../spec/raw.js";

/** A comment written on the line(s) before the key at `at` (a path of keys/indices into the file's data). */
export interface DraftComment {
  at: ReadonlyArray<string | number>;
  text: string;
}

/** A spec file as data, before rendering. */
export interface DraftFile {
  /** Path under the output folder, `<service>/<file>.yaml`. */
  path: string;
  data: RawServiceFile | RawOperationFile;
  /** Comment lines at the top of the file, after the schema line. */
  header: string[];
  comments: DraftComment[];
}

/** What an importer reports besides its files. */
export interface DraftNote {
  level: "info" | "warning";
  text: string;
}

/** A file ready to write: its path under the output folder and its text. */
export interface RenderedFile {
  path: string;
  text: string;
}

/** An importer's result: the files to write and what to tell the user. */
export interface ImportDraft {
  files: RenderedFile[];
  notes: DraftNote[];
}
