/**
 * Reads one spec file within the size limit, refusing anything that is not
 * a regular file at the moment it is opened (the listing may be stale: a
 * file can be swapped for a FIFO or a link between the two).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { errorCode } from "./spec-entries.js";

/** The file's text, or why it could not be read. */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string; hint: string };

/**
 * The text of the regular file at `real`, read up to `limit + 1` bytes, so
 * that a huge file is reported as too large (by `readYaml`) without being
 * read into memory. Opened non-blocking (opening a FIFO for reading would
 * otherwise wait for a writer) and without following a final link.
 */
export function readBounded(real: string, limit: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (e) {
    return { ok: false, message: `cannot open the file: ${errorCode(e)}`, hint: "check the file and its permissions" };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, message: "the file is not a regular file", hint: "spec files are regular YAML files" };
    const buf = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let n = 0;
    while (n < buf.length) {
      const r = readSync(fd, buf, n, buf.length - n, n);
      if (r === 0) break;
      n += r;
    }
    return { ok: true, text: buf.subarray(0, n).toString("utf8") };
  } catch (e) {
    return { ok: false, message: `cannot read the file: ${errorCode(e)}`, hint: "check the file and its permissions" };
  } finally {
    closeSync(fd);
  }
}
