import {
  createMockHandler,
  DEFAULT_BODY_LIMIT,
  DEFAULT_MAX_DEPTH
} from "./handler.js";
import { listenMock } from "./server.js";
import {
  parseSigV4Authorization,
  sigV4Service
} from "./sigv4.js";
import { parsePrefer } from "./prefer.js";
export {
  DEFAULT_BODY_LIMIT,
  DEFAULT_MAX_DEPTH,
  createMockHandler,
  listenMock,
  parsePrefer,
  parseSigV4Authorization,
  sigV4Service
};
