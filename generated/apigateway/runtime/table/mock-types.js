// Copied by opforge from src/runtime/table/mock-types.ts. DO NOT EDIT.
export {};
