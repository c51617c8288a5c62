const MAX_DEPTH = 64;
const MAX_ITEMS = 1e5;
const MAX_PROBLEMS = 100;
const VALID = Object.freeze({
  valid: true,
  problems: Object.freeze([])
});
function codePointLength(s) {
  const len = s.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    n++;
    const c = s.charCodeAt(i++);
    if (c >= 55296 && c <= 56319 && i < len && (s.charCodeAt(i) & 64512) === 56320) i++;
  }
  return n;
}
function pointerToken(key) {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 126 || c === 47) return key.replace(/~/g, "~0").replace(/\//g, "~1");
  }
  return key;
}
const PATH = [];
function pathOf(depth, leaf) {
  let s = "";
  for (let i = 0; i < depth; i++) {
    const t = PATH[i];
    s += typeof t === "number" ? "/" + t : t;
  }
  if (leaf !== void 0) s += typeof leaf === "number" ? "/" + leaf : leaf;
  return s;
}
function keyToken(key) {
  return "/" + pointerToken(key);
}
function problem(path, rule, text) {
  return { path, rule, message: `${path === "" ? "(root)" : path}: ${text}` };
}
function invalid(problems) {
  if (problems.length > MAX_PROBLEMS) {
    problems.length = MAX_PROBLEMS;
    problems.push(
      problem("", "maxProblems", `more than ${MAX_PROBLEMS} problems; the rest are not reported`)
    );
  }
  return { valid: false, problems };
}
export {
  MAX_DEPTH,
  MAX_ITEMS,
  MAX_PROBLEMS,
  PATH,
  VALID,
  codePointLength,
  invalid,
  keyToken,
  pathOf,
  pointerToken,
  problem
};
