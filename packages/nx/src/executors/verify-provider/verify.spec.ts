import * as fs from "fs";
import * as path from "path";
import { copySandbox } from "../../testing/sandbox-copy";
import { SANDBOX_PROVIDERS, OPTIONS } from "./__fixtures__/sandbox";
import { formatHuman, formatJson } from "./reporter";
import { parseCompilerOutput } from "./typecheck/tsgo";
import { verifyProviders } from "./verify";

const dirs = SANDBOX_PROVIDERS.map((id) => `${OPTIONS.providersDir}/${id}`);

describe("verifyProviders", () => {
    let root: string;

    beforeAll(() => {
        root = copySandbox("verify-");
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it("finds no error in the real-variety sandbox providers (one program for all)", () => {
        const reports = verifyProviders(root, OPTIONS, dirs, { typecheck: true, compiler: "tsc" });
        expect(reports.map((report) => report.id)).toEqual(SANDBOX_PROVIDERS);
        expect(reports.flatMap((report) => report.diagnostics)).toEqual([]);
    }, 60000);

    it("reports type errors with workspace-relative locations, only for the provider that has them", () => {
        const file = `${OPTIONS.providersDir}/slack/operations/sendMessage.ts`;
        const text = fs.readFileSync(path.join(root, file), "utf8");
        fs.writeFileSync(
            path.join(root, file),
            text.replace("text: params.text,", "text: params.txt,")
        );
        // The error is reported at the edited property (column 26: `txt`).
        const line = text.split("\n").findIndex((row) => row.includes("text: params.text,")) + 1;
        const reports = verifyProviders(root, OPTIONS, dirs.slice(0, 2), {
            typecheck: true,
            compiler: "tsc"
        });
        expect(reports[0].diagnostics).toEqual([
            expect.objectContaining({
                ruleId: "typecheck",
                severity: "error",
                file,
                line,
                column: 26
            })
        ]);
        expect(reports[1].diagnostics).toEqual([]);
        expect(formatHuman(reports)).toContain(`${file}:${line}:26  error  typecheck  TS2551:`);
        expect(JSON.parse(formatJson(reports)).providers[0].diagnostics[0]).toEqual(
            reports[0].diagnostics[0]
        );
    }, 60000);

    it("reports the same from the build info of an earlier run over the same providers, and sees edits since", () => {
        const file = `${OPTIONS.providersDir}/sendgrid/operations/types.ts`;
        const text = fs.readFileSync(path.join(root, file), "utf8");
        const cache = path.join(root, "node_modules/.cache/flowmaestro-nx");
        // Without the kept results, so that the type checker runs on its build info.
        const run = (incremental: boolean) => {
            fs.rmSync(path.join(cache, "typecheck"), { recursive: true, force: true });
            return verifyProviders(root, OPTIONS, [`${OPTIONS.providersDir}/sendgrid`], {
                typecheck: true,
                compiler: "tsc",
                incremental
            })[0].diagnostics;
        };
        const buildInfo = () =>
            fs
                .readdirSync(path.join(cache, "tsbuildinfo"))
                .map((name) => fs.readFileSync(path.join(cache, "tsbuildinfo", name), "utf8"))
                .join("\n");
        try {
            expect(run(true)).toEqual([]);
            fs.writeFileSync(
                path.join(root, file),
                `${text}\nexport const broken: number = "text";\n`
            );
            const first = run(true);
            expect(first).toEqual([
                expect.objectContaining({
                    ruleId: "typecheck",
                    file,
                    message: expect.stringContaining("TS2322")
                })
            ]);
            expect(buildInfo()).toContain("is not assignable to type 'number'");
            expect(run(true)).toEqual(first);
            expect(run(false)).toEqual(first);
            fs.writeFileSync(path.join(root, file), text);
            expect(run(true)).toEqual([]);
        } finally {
            fs.writeFileSync(path.join(root, file), text);
        }
    }, 60000);
});

describe("verifyProviders on a host whose loader imports each provider's __tests__/fixtures", () => {
    let root: string;

    beforeAll(() => {
        root = copySandbox("verify-tests-fixtures-", "tests-fixtures");
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it("finds no error, and type-checks the fixture module there as the provider's own", () => {
        const run = () =>
            verifyProviders(root, OPTIONS, [`${OPTIONS.providersDir}/sendgrid`], {
                typecheck: true,
                compiler: "tsc",
                incremental: false
            })[0].diagnostics;
        expect(run()).toEqual([]);
        const file = `${OPTIONS.providersDir}/sendgrid/__tests__/fixtures.ts`;
        const text = fs.readFileSync(path.join(root, file), "utf8");
        fs.writeFileSync(path.join(root, file), `${text}export const broken: number = "";\n`);
        expect(run()).toEqual([expect.objectContaining({ ruleId: "typecheck", file })]);
    }, 60000);
});

describe("verifyProviders' reuse of earlier type checks", () => {
    let root: string;
    const resultsDir = () => path.join(root, "node_modules/.cache/flowmaestro-nx/typecheck");

    beforeAll(() => {
        root = copySandbox("verify-reuse-");
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it("reuses a provider's diagnostics while its import closure is unchanged, and only then", () => {
        const run = () =>
            verifyProviders(root, OPTIONS, [dirs[0]], { typecheck: true, compiler: "tsc" })[0]
                .diagnostics;
        expect(run()).toEqual([]);
        const [result] = fs.readdirSync(resultsDir());
        // A planted result is what the next run reports: it did not type-check again.
        const planted = {
            ruleId: "typecheck",
            severity: "error",
            file: `${dirs[0]}/SlackProvider.ts`,
            line: 1,
            column: 1,
            message: "TS9999: planted"
        };
        fs.writeFileSync(path.join(resultsDir(), result), JSON.stringify([planted]));
        expect(run()).toEqual([planted]);
        // A file the provider's imports reach changed: checked again, the plant is gone.
        const types = path.join(root, "backend/src/integrations/core/types.ts");
        fs.appendFileSync(types, "\nexport type Reuse = string;\n");
        expect(run()).toEqual([]);
        expect(fs.readdirSync(resultsDir())).toHaveLength(2);
    }, 60000);
});

describe("parseCompilerOutput", () => {
    it("reads tsgo's `file(line,col): error TSxxxx: message` lines with continuations", () => {
        const output = [
            "backend/src/a.ts(3,7): error TS2322: Type 'number' is not assignable to type 'string'.",
            "  The expected type comes from here.",
            "Found 1 error."
        ].join("\n");
        expect(parseCompilerOutput(output, "/ws", "/ws")).toEqual([
            {
                ruleId: "typecheck",
                severity: "error",
                file: "backend/src/a.ts",
                line: 3,
                column: 7,
                message:
                    "TS2322: Type 'number' is not assignable to type 'string'.\nThe expected type comes from here."
            }
        ]);
    });
});
