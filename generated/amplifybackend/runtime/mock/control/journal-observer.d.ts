// Copied by opforge from src/runtime/mock/control/journal-observer.ts. DO NOT EDIT.
import type { Observer } from "../log.js";
import type { Journal } from "./journal.js";
/** An observer recording exchanges into `journal`. */
export declare function journalObserver(journal: Journal): Observer;
