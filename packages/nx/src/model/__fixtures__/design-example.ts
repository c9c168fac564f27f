import * as fs from "fs";
import * as path from "path";

/** The contract's example spec, verbatim: the keys tests outside this repository write (docs/spec-format.md). */
export const DESIGN_EXAMPLE_YAML = fs.readFileSync(
    path.join(__dirname, "design-example.yaml"),
    "utf-8"
);
