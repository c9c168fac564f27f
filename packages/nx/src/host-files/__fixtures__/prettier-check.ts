import { execFileSync } from "child_process";

/** The host workspace's Prettier options (host-file-formats.md). */
const HOST_OPTIONS = { tabWidth: 4, singleQuote: false, trailingComma: "none", printWidth: 100 };

// Prettier 3 loads its parsers with dynamic import(), which Jest's CommonJS runtime refuses;
// a child Node process formats every source in one go instead.
const SCRIPT = `
const prettier = require("prettier");
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
    const { sources, options } = JSON.parse(input);
    const out = [];
    for (const source of sources) out.push(await prettier.format(source, { ...options, parser: "typescript" }));
    process.stdout.write(JSON.stringify(out));
});
`;

/** Prettier's output for TypeScript sources in the host style; equal to the inputs when formatted. */
export function formatLikeHost(sources: string[]): string[] {
    const output = execFileSync(process.execPath, ["-e", SCRIPT], {
        input: JSON.stringify({ sources, options: HOST_OPTIONS }),
        cwd: __dirname,
        encoding: "utf8"
    });
    return JSON.parse(output) as string[];
}
