/** Credentials the mock accepts when verifying SigV4 (kept apart from the signer so that loading them costs nothing). */

export interface MockCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** The credentials the mock accepts unless told otherwise (see docs/mock.md). */
export const DEFAULT_TEST_CREDENTIALS: MockCredentials = {
  accessKeyId: "AKIAMOCKTESTKEY00001",
  secretAccessKey: "opforge/mock/test/secret/access/key/0001",
};
