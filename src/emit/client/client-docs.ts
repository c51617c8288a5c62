/** The doc comments of the generated client (shared by `client.js` and `client.d.ts`) and the runtime paths it imports. */
import type { IrError, IrOperation, IrService } from "../../ir/types.js";

/** Runtime modules the client imports, by the path generated code uses. */
export const CLIENT_RUNTIME = {
  core: "./runtime/client/core.js",
  options: "./runtime/client/options.js",
  errors: "./runtime/client/errors.js",
  sigv4: "./runtime/client/auth-sigv4.js",
  token: "./runtime/client/auth-token.js",
} as const;


/** The runtime's error classes, re-exported by every client (claimed in check/names.ts). */
export const RUNTIME_ERRORS = ["InputValidationError", "NetworkError", "RedirectError", "ResponseFormatError", "ServiceError", "TimeoutError"] as const;

export function serviceErrorDoc(service: IrService): string {
  return `Base class of every error ${service.title} answers with. Thrown as is for statuses and codes the error tables do not document; documented errors are subclasses.`;
}

export function errorClassDoc(e: IrError): string {
  const facts = `HTTP ${e.status}${e.code !== undefined ? `, code \`${e.code}\`` : ""}${e.retryable ? ", retryable" : ""}.`;
  return [e.documentation, facts].filter(Boolean).join("\n\n");
}

export function clientDocs(service: IrService): string {
  const auth =
    service.auth.scheme === "sigv4"
      ? "Signs requests with AWS Signature Version 4."
      : `Sends the token in the ${service.auth.header ?? "X-Auth-Token"} header.`;
  return [`Client of ${service.title}: one method per documented operation. ${auth}`, service.documentation].filter(Boolean).join("\n\n");
}

/** First sentence of a text: error summaries in `@throws` lines stay short. */
function firstSentence(text: string | undefined): string {
  if (!text) return "";
  const m = /^(.*?[.!?])(\s|$)/s.exec(text.trim());
  return (m ? m[1]! : text.trim()).replace(/\s+/g, " ");
}

export function operationDoc(service: IrService, op: IrOperation): string {
  const lines = [
    op.documentation ?? op.title ?? op.name,
    `\`${op.http.method} ${op.http.path}\` → ${op.http.successStatus}${op.output === undefined ? " (no body)" : ""}`,
    [
      ...op.errors.map((e) => `@throws {@link ${e.name}} HTTP ${e.status}${firstSentence(e.documentation) ? `: ${firstSentence(e.documentation)}` : ""}`),
      `@throws {@link ${service.names.serviceError}} for undocumented answers; NetworkError, TimeoutError, RedirectError or the signal's reason when no usable answer arrives.`,
    ].join("\n"),
  ];
  return lines.join("\n\n");
}
