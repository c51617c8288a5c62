// Copied by opforge from src/runtime/protocol/types.ts. DO NOT EDIT.
export {};
