/** Generated validators vs ajv on the fixture specs, hostile text included (see differential.ts). */
import path from "node:path";
import { differentialSuite, REPO } from "./differential.js";

differentialSuite("fixture specs", path.join(REPO, "test/fixtures/specs"));
differentialSuite("recursive shape", path.join(REPO, "test/validators/recursive-spec"));
