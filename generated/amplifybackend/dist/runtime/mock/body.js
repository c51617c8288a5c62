function readBody(req, limit, done) {
  const declared = req.headers["content-length"];
  if (declared !== void 0 && Number(declared) > limit) {
    req.resume();
    done({ ok: false, reason: "too-large", limit });
    return;
  }
  let first;
  let chunks;
  let size = 0;
  let finished = false;
  const finish = (r) => {
    if (finished) return;
    finished = true;
    done(r);
  };
  req.on("data", (chunk) => {
    if (finished) return;
    size += chunk.length;
    if (size > limit) {
      req.removeAllListeners("data");
      req.resume();
      finish({ ok: false, reason: "too-large", limit });
      return;
    }
    if (first === void 0) first = chunk;
    else (chunks ??= [first]).push(chunk);
  });
  req.on("end", () => {
    if (first === void 0) finish({ ok: true, text: "" });
    else
      finish({ ok: true, text: (chunks ? Buffer.concat(chunks, size) : first).toString("utf8") });
  });
  req.once("error", () => finish({ ok: false, reason: "aborted" }));
}
function jsonDepth(text, max) {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > max) return deepest;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}
function openingBrackets(text, stopAt) {
  let n = 0;
  for (let i = text.indexOf("{"); i !== -1 && n < stopAt; i = text.indexOf("{", i + 1)) n++;
  for (let i = text.indexOf("["); i !== -1 && n < stopAt; i = text.indexOf("[", i + 1)) n++;
  return n;
}
function parseJsonBody(text, maxDepth) {
  if (text.length > maxDepth && openingBrackets(text, maxDepth + 1) > maxDepth && jsonDepth(text, maxDepth) > maxDepth)
    return { ok: false, reason: `JSON nesting deeper than ${maxDepth} levels` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, reason: e.message };
  }
}
function isJsonContentType(contentType) {
  if (contentType === void 0 || contentType === "") return true;
  const semi = contentType.indexOf(";");
  const media = (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
  return media === "application/json" || media.endsWith("+json") || media.startsWith("application/x-amz-json");
}
export {
  isJsonContentType,
  jsonDepth,
  openingBrackets,
  parseJsonBody,
  readBody
};
