/** Credentials the mock accepts when verifying signatures (kept apart from the signer so that loading them costs nothing). */
import type { MockCredentials } from "../runtime/mock/index.js";

/** The credentials the mock accepts unless told otherwise (see docs/mock.md). */
export const DEFAULT_TEST_CREDENTIALS: MockCredentials = {
  accessKeyId: "AKIAMOCKTESTKEY00001",
  secretAccessKey: "opforge/mock/test/secret/access/key/0001",
};
