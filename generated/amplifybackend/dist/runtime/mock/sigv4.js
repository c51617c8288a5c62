const PREFIX = "AWS4-HMAC-SHA256 ";
function parseSigV4Authorization(header) {
  if (header === void 0 || !header.startsWith(PREFIX)) return void 0;
  let credential;
  let signedHeaders;
  let signature;
  for (const part of header.slice(PREFIX.length).split(",")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === "Credential") credential = value;
    else if (key === "SignedHeaders") signedHeaders = value;
    else if (key === "Signature") signature = value;
  }
  if (!credential || !signedHeaders || !signature) return void 0;
  const scope = credential.split("/");
  if (scope.length !== 5 || scope[4] !== "aws4_request") return void 0;
  return {
    accessKeyId: scope[0],
    date: scope[1],
    region: scope[2],
    service: scope[3],
    signedHeaders: signedHeaders.split(";"),
    signature
  };
}
function sigV4Service(header) {
  if (header === void 0 || !header.startsWith(PREFIX)) return void 0;
  const c = header.indexOf("Credential=");
  if (c === -1) return void 0;
  const end = header.indexOf("/aws4_request", c);
  if (end === -1) return void 0;
  const start = header.lastIndexOf("/", end - 1);
  return start > c ? header.slice(start + 1, end) : void 0;
}
export {
  parseSigV4Authorization,
  sigV4Service
};
