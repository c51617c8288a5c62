// Copied by opforge from src/runtime/table/model.ts. DO NOT EDIT.
export {};
