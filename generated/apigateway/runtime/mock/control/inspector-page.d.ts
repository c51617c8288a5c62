// Copied by opforge from src/runtime/mock/control/inspector-page.ts. DO NOT EDIT.
/**
 * The inspector page's markup and style, as text: one self-contained page
 * (no external scripts, styles, fonts or images) that the script fills in
 * from the control API.
 */
/** The page's style sheet. */
export declare const INSPECTOR_STYLE: string;
/** The page, with `{{STYLE}}` and `{{SCRIPT}}` to fill in. */
export declare const INSPECTOR_HTML: string;
