import * as fs from "fs";
import * as path from "path";
import { ALL_RULES } from ".";

const README = path.resolve(__dirname, "../../../../../../README.md");

/** The README's rules table, one row per rule, in the rules' order. */
function readmeRows(): string[] {
    const lines = fs.readFileSync(README, "utf8").split("\n");
    const start = lines.indexOf("| rule | severity | checks |") + 2;
    const rows: string[] = [];
    for (let index = start; lines[index]?.startsWith("| "); index++) rows.push(lines[index]);
    return rows;
}

describe("README rules table", () => {
    it("lists every rule with its id, severity and description, then the type check", () => {
        const rows = readmeRows();
        expect(rows.slice(0, -1)).toEqual(
            ALL_RULES.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${rule.description} |`)
        );
        expect(rows[rows.length - 1]).toMatch(/^\| `typecheck` \| error \| /);
    });
});
