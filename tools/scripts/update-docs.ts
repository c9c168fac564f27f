// `npm run docs`: rewrites the generated blocks of docs/ (options tables from each schema.json,
// rules tables from the rule modules) after a schema or a rule changed.
import { updateGeneratedBlocks } from "../../packages/nx/src/testing/docs-pages";

const changed = updateGeneratedBlocks();
console.log(changed.length > 0 ? `Updated ${changed.join(", ")}` : "docs/ is up to date");
