// Copied by opforge from src/runtime/table/types.ts. DO NOT EDIT.
/**
 * The service table: the one description of a service's operations, shapes
 * and errors that a generated package hands to the runtime. The generated
 * `service.js` exports one `ServiceTable`; the client and the mock read it
 * through the same decoder (`decodeServiceTable`), and each wire protocol
 * module reads the decoded model in both directions. Plain data, compact
 * but readable, so that diffs of `service.js` stay small.
 *
 * Mock-only facts (synthesized answers, examples, resources) are not here:
 * they travel in the generated `mock.js` (see `MockTable`), so a client
 * bundle does not carry them.
 */
export {};
