import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { HasherContext, Task } from "@nx/devkit";
import { copySandbox, REPO_NODE_MODULES } from "../../testing/sandbox-copy";
import { OPTIONS, SANDBOX_PROVIDERS } from "./__fixtures__/sandbox";
import { hashVerifyTask } from "./cache-keys/verify-task-hash";

/** Each copy keeps its own memo (node_modules/.cache) and can swap packages. */
const MEMO = "node_modules/.cache/flowmaestro-nx/hash-memo.json";
const providerDir = (id: string) => `${OPTIONS.providersDir}/${id}`;

interface RunOptions {
    providers?: readonly string[];
    pluginOptions?: Record<string, string>;
    overrides?: Record<string, unknown>;
}

/** One Nx run's hashes of every sandbox provider's verify task (each call is a new run). */
async function hashes(root: string, options: RunOptions = {}): Promise<Record<string, string>> {
    const providers = options.providers ?? SANDBOX_PROVIDERS;
    const projects = Object.fromEntries(
        providers.map((id) => [
            `provider-${id}`,
            { root: providerDir(id), targets: { "verify-provider": { options: {} } } }
        ])
    );
    const context = {
        projectsConfigurations: { version: 2, projects },
        nxJsonConfiguration: {
            plugins: [{ plugin: "@flowmaestro/nx", options: options.pluginOptions ?? {} }]
        },
        taskGraph: { roots: [], tasks: {}, dependencies: {}, continuousDependencies: {} }
    } as unknown as HasherContext;
    const result: Record<string, string> = {};
    for (const id of providers) {
        const task = {
            id: `provider-${id}:verify-provider`,
            target: { project: `provider-${id}`, target: "verify-provider" },
            overrides: options.overrides ?? {}
        } as unknown as Task;
        result[id] = hashVerifyTask(root, task, context).value;
    }
    await new Promise((resolve) => setTimeout(resolve, 20)); // the memo saves after the run
    return result;
}

/** Hashes computed from the memo and without it, which must agree. */
async function warmAndCold(root: string, options?: RunOptions) {
    const warm = await hashes(root, options);
    fs.rmSync(path.join(root, MEMO), { force: true });
    const cold = await hashes(root, options);
    return { warm, cold };
}

function changed(before: Record<string, string>, after: Record<string, string>): string[] {
    return SANDBOX_PROVIDERS.filter((id) => before[id] !== after[id]).sort();
}

function edit(root: string, file: string, from: string | RegExp, to: string): () => void {
    const full = path.join(root, file);
    const text = fs.readFileSync(full, "utf8");
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`${String(from)} not found in ${file}`);
    fs.writeFileSync(full, edited);
    return () => fs.writeFileSync(full, text);
}

function write(root: string, files: Record<string, string>): () => void {
    for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), text);
    }
    return () => {
        for (const file of Object.keys(files)) fs.rmSync(path.join(root, file));
    };
}

describe("verify-provider cache hasher", () => {
    let a: string;
    let b: string;
    let baseline: Record<string, string>;

    beforeAll(async () => {
        a = copySandbox("fm-hash-a-");
        b = copySandbox("fm-hash-second-copy-");
        baseline = await hashes(a);
    }, 120000);
    afterAll(() => {
        for (const root of [a, b]) fs.rmSync(root, { recursive: true, force: true });
    });

    it("hashes alike in two copies of a workspace at different paths", async () => {
        expect(new Set(Object.values(baseline)).size).toBe(SANDBOX_PROVIDERS.length);
        expect(await hashes(b)).toEqual(baseline);
    });

    it("hashes alike in two copies of the seed-era sandbox at different paths", async () => {
        const copies = [
            copySandbox("fm-hash-seed-a-", "seed"),
            copySandbox("fm-hash-seed-second-copy-", "seed")
        ];
        const providers = fs.readdirSync(path.join(copies[0], OPTIONS.providersDir)).sort();
        try {
            const first = await hashes(copies[0], { providers });
            expect(new Set(Object.values(first)).size).toBe(providers.length);
            expect(await hashes(copies[1], { providers })).toEqual(first);
        } finally {
            for (const root of copies) fs.rmSync(root, { recursive: true, force: true });
        }
    }, 60000);

    it("gives the same hashes from a warm memo as from a cold run, and a copied memo trusts nothing of its original", async () => {
        expect(fs.existsSync(path.join(a, MEMO))).toBe(true);
        expect(await warmAndCold(a)).toEqual({ warm: baseline, cold: baseline });
        // A copy that carries the original's memo: edits in the copy must still count.
        const copy = fs.mkdtempSync(path.join(os.tmpdir(), "fm-hash-copy-"));
        try {
            fs.cpSync(a, copy, { recursive: true, verbatimSymlinks: true });
            edit(copy, `${providerDir("slack")}/SlackProvider.ts`, /$/, "\n// edited\n");
            expect(changed(baseline, await hashes(copy))).toEqual(["slack"]);
        } finally {
            fs.rmSync(copy, { recursive: true, force: true });
        }
    });

    // Each edit is made, hashed warm (from the memo of the state before) and cold, then undone.
    it.each<[string, (root: string) => () => void, string[]]>([
        [
            "a provider's own file",
            (root) =>
                edit(root, `${providerDir("slack")}/client/SlackClient.ts`, /$/, "\n// edited\n"),
            ["slack"]
        ],
        [
            "a new file in a provider folder",
            (root) => write(root, { [`${providerDir("sendgrid")}/NOTES.md`]: "notes\n" }),
            ["sendgrid"]
        ],
        [
            "one provider's entry in the OAuth registry (its slice of a host file)",
            (root) =>
                edit(
                    root,
                    OPTIONS.oauthRegistryFile,
                    'scopes: ["api"]',
                    'scopes: ["api", "openid"]'
                ),
            ["adp"]
        ],
        [
            "a type every provider imports",
            (root) =>
                edit(
                    root,
                    "backend/src/integrations/core/types.ts",
                    /$/,
                    "\nexport type Edited = string;\n"
                ),
            SANDBOX_PROVIDERS
        ],
        [
            "a compiler option",
            (root) =>
                edit(
                    root,
                    OPTIONS.backendTsConfig,
                    '"types": ["node"]',
                    '"types": ["node"], "noImplicitOverride": true'
                ),
            SANDBOX_PROVIDERS
        ],
        [
            "a package that shadows zod for one provider only (module resolution)",
            (root) =>
                write(root, {
                    [`${providerDir("sendgrid")}/node_modules/zod/package.json`]:
                        '{ "name": "zod", "version": "9.9.9", "types": "index.d.ts" }\n',
                    [`${providerDir("sendgrid")}/node_modules/zod/index.d.ts`]:
                        "export declare const z: any;\n"
                }),
            ["sendgrid"]
        ],
        [
            "the TypeScript version",
            (root) => {
                // A TypeScript package whose manifest says another version, code shared.
                const link = path.join(root, "node_modules/typescript");
                fs.rmSync(link);
                fs.mkdirSync(link);
                const manifest = JSON.parse(
                    fs.readFileSync(path.join(REPO_NODE_MODULES, "typescript/package.json"), "utf8")
                );
                fs.writeFileSync(
                    path.join(link, "package.json"),
                    JSON.stringify({ ...manifest, version: `${manifest.version}-other` })
                );
                for (const entry of ["lib", "bin"]) {
                    fs.symlinkSync(
                        path.join(REPO_NODE_MODULES, "typescript", entry),
                        path.join(link, entry)
                    );
                }
                return () => {
                    fs.rmSync(link, { recursive: true });
                    fs.symlinkSync(path.join(REPO_NODE_MODULES, "typescript"), link);
                };
            },
            SANDBOX_PROVIDERS
        ]
    ])(
        "re-hashes exactly what %s decides",
        async (_what, change, expected) => {
            const undo = change(a);
            try {
                const { warm, cold } = await warmAndCold(a);
                expect(warm).toEqual(cold);
                expect(changed(baseline, warm)).toEqual([...expected].sort());
            } finally {
                undo();
            }
            expect(await hashes(a)).toEqual(baseline);
        },
        60000
    );

    it("re-hashes every provider for other plugin or executor options", async () => {
        const other = await hashes(a, {
            pluginOptions: { coreDir: "backend/src/integrations/core/" }
        });
        expect(other).toEqual(baseline); // the same option, written differently
        expect(
            changed(baseline, await hashes(a, { pluginOptions: { targetName: "check" } }))
        ).toEqual([...SANDBOX_PROVIDERS].sort());
        expect(changed(baseline, await hashes(a, { overrides: { typecheck: false } }))).toEqual(
            [...SANDBOX_PROVIDERS].sort()
        );
    });
});
