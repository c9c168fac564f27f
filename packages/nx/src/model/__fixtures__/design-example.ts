import * as fs from "fs";
import * as path from "path";

/** DESIGN.md §4's example spec, verbatim: the contract that tests outside this repository write. */
export const DESIGN_EXAMPLE_YAML = fs.readFileSync(
    path.join(__dirname, "design-example.yaml"),
    "utf-8"
);
