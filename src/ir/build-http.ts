/** `http:` -> method, path template split into segments (with each placeholder's position), success status. */
import type { RawHttp } from "../spec/raw.js";
import type { IrHttp, PathSegment } from "./types.js";
import { locOf, under, type Where } from "./where.js";

export function buildHttp(h: RawHttp, where: Where): IrHttp {
  const pathWhere = under(where, "path");
  const path = h.path;
  const segments: PathSegment[] = [];
  const re = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m.index > last) segments.push({ literal: path.slice(last, m.index) });
    const greedy = m[1]!.endsWith("+");
    segments.push({
      label: greedy ? m[1]!.slice(0, -1) : m[1]!,
      greedy,
      loc: where.file.locateText(pathWhere.path, m[0]),
    });
    last = m.index + m[0].length;
  }
  if (last < path.length) segments.push({ literal: path.slice(last) });
  return {
    method: h.method,
    path,
    segments,
    successStatus: h.successStatus ?? 200,
    loc: locOf(where, true),
    pathLoc: locOf(pathWhere),
  };
}
