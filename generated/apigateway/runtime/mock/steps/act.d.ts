// Copied by opforge from src/runtime/mock/steps/act.ts. DO NOT EDIT.
import type { Step } from "../exchange.js";
/** 32 lowercase hex characters, as Huawei ids look. */
export declare function newId(): string;
/** Decides the documented output, from state or the sample. */
export declare const act: Step;
