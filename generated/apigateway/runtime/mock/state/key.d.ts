// Copied by opforge from src/runtime/mock/state/key.ts. DO NOT EDIT.
import type { MockResource } from "../../table/mock-types.js";
/** The text of each key member's value in `input` ("" when absent). */
export declare function keyValues(
  names: readonly string[],
  input: Readonly<Record<string, unknown>>,
): string[];
/** A store key for key values; distinct tuples never collide (`["a/b","c"]` vs `["a","b/c"]`). */
export declare function keyString(values: readonly string[]): string;
type Initial = NonNullable<MockResource["initial"]>[number];
/** Whether `initial` stands for the instance with `values` (key members it leaves out match anything). */
export declare function initialMatches(
  initial: Initial,
  names: readonly string[],
  values: readonly string[],
): boolean;
/**
 * The key values of `initial` under `parentValues`, or undefined when it is
 * not under that parent or leaves its own key members out (an instance that
 * matches any id cannot be listed).
 */
export declare function initialKeyUnder(
  initial: Initial,
  names: readonly string[],
  parentValues: readonly string[],
): string[] | undefined;
export {};
