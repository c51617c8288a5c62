function parsePrefer(header) {
  if (header === void 0) return void 0;
  const text = Array.isArray(header) ? header.join(",") : header;
  const out = {};
  for (const part of text.split(/[,;]/)) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
      value = value.slice(1, -1);
    if (key === "code" && /^[1-5]\d\d$/.test(value)) out.code = Number(value);
    else if (key === "error" && value !== "") out.error = value;
  }
  return out.code === void 0 && out.error === void 0 ? void 0 : out;
}
export {
  parsePrefer
};
