/** Generated validators vs ajv on the real specs (see differential.ts). */
import path from "node:path";
import { differentialSuite, REPO } from "./differential.js";

differentialSuite("real specs", path.join(REPO, "specs"));
