import * as fs from "fs";
import * as path from "path";
import type { Rule } from "../rule";
import { RUNTIME_RULES } from "../../test-provider/rules";
import { ALL_RULES } from ".";

const README = path.resolve(__dirname, "../../../../../../README.md");

/** The rows of the first rules table after `heading` in the README. */
function readmeRows(heading: string): string[] {
    const lines = fs.readFileSync(README, "utf8").split("\n");
    const section = lines.indexOf(heading);
    if (section < 0) throw new Error(`README has no heading "${heading}"`);
    const start = lines.indexOf("| rule | severity | checks |", section) + 2;
    const rows: string[] = [];
    for (let index = start; lines[index]?.startsWith("| "); index++) rows.push(lines[index]);
    return rows;
}

function ruleRows(rules: readonly Rule<never>[]): string[] {
    return rules.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${rule.description} |`);
}

describe("README rules tables", () => {
    it("verify-provider: every rule with its id, severity and description, then the type check", () => {
        const rows = readmeRows("## Verifying providers");
        expect(rows.slice(0, -1)).toEqual(ruleRows(ALL_RULES));
        expect(rows[rows.length - 1]).toMatch(/^\| `typecheck` \| error \| /);
    });

    it("test-provider: every runtime rule with its id, severity and description", () => {
        expect(readmeRows("## Testing providers (`test-provider`)")).toEqual(
            ruleRows(RUNTIME_RULES)
        );
    });
});
