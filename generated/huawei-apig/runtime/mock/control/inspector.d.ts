// Copied by opforge from src/runtime/mock/control/inspector.ts. DO NOT EDIT.
import type { WireResponse } from "../../protocol/types.js";
/** The inspector page's answer. */
export declare function inspectorAnswer(): WireResponse;
