/** Where generated code finds its wire protocol's runtime module (client and mock import the same one). */

/** The protocol module a service's client and mock hand the runtime: its import path and binding. */
export function protocolModule(protocol: "aws-rest-json" | "huawei-rest-json"): { path: string; binding: string } {
  return protocol === "aws-rest-json"
    ? { path: "./runtime/protocol/aws-rest-json.js", binding: "awsRestJson" }
    : { path: "./runtime/protocol/huawei-rest-json.js", binding: "huaweiRestJson" };
}
