/**
 * `GET /__opforge/`: the inspector page, built once. Its content security
 * policy allows exactly its own inline script and style (by hash) and
 * requests to the mock itself: nothing else loads, and nothing a journal
 * body holds could run even if it reached the markup.
 */
import { createHash } from "node:crypto";
import type { WireResponse } from "../../protocol/types.js";
import { INSPECTOR_HTML, INSPECTOR_STYLE } from "./inspector-page.js";
import { INSPECTOR_SCRIPT } from "./inspector-script.js";

let page: WireResponse | undefined;

/** The inspector page's answer. */
export function inspectorAnswer(): WireResponse {
  page ??= build();
  return page;
}

function build(): WireResponse {
  const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
  const csp = [
    "default-src 'none'",
    `script-src ${hash(INSPECTOR_SCRIPT)}`,
    `style-src ${hash(INSPECTOR_STYLE)}`,
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    status: 200,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": csp,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    },
    body: INSPECTOR_HTML.replace("{{STYLE}}", () => INSPECTOR_STYLE).replace(
      "{{SCRIPT}}",
      () => INSPECTOR_SCRIPT,
    ),
  };
}
