// Copied by opforge from src/runtime/client/options.ts. DO NOT EDIT.
export {};
