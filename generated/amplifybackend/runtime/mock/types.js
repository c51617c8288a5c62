// Copied by opforge from src/runtime/mock/types.ts. DO NOT EDIT.
export {};
