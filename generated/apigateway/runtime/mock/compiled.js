// Copied by opforge from src/runtime/mock/compiled.ts. DO NOT EDIT.
export {};
