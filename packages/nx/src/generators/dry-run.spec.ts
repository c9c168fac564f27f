import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { formatFiles, logger } from "@nx/devkit";
import { FsTree } from "@nx/devkit/internal";
import { hostFilesLockPath } from "../host-files/host-files-lock";
import { copySandbox } from "../testing/sandbox-copy";
import { integrationProviderGenerator } from "./integration-provider/generator";
import { providerOperationGenerator } from "./provider-operation/generator";

// Observed, not replaced: Prettier cannot load in Jest's module sandbox (formatFiles then does
// nothing), so whether a run formats shows in whether it calls formatFiles.
jest.mock("@nx/devkit", () => {
    const actual = jest.requireActual("@nx/devkit");
    return { ...actual, formatFiles: jest.fn(actual.formatFiles) };
});

/**
 * A dry run (what Nx Console runs on every change of its form) lists file paths only: it takes no
 * host-files lock, skips Prettier unless --formatDryRun asks, and prints the host profile only
 * with --verbose.
 */
describe("generators in a dry run", () => {
    const FLAGS = {
        name: "acme-chat",
        baseUrl: "https://api.acme.example/v1",
        authUrl: "https://acme.example/oauth/authorize",
        tokenUrl: "https://acme.example/oauth/token",
        operations: ["listChannels", "sendMessage:write"]
    };
    let root: string;
    let otherRun: ChildProcess;
    let info: jest.SpyInstance;
    const environment = { ...process.env };

    beforeAll(() => {
        root = copySandbox("fm-dry-run-");
        // Another run holds the lock (a live process on this host), as a real `nx g` would.
        otherRun = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
        fs.mkdirSync(path.dirname(hostFilesLockPath(root)), { recursive: true });
        fs.writeFileSync(
            hostFilesLockPath(root),
            JSON.stringify({
                root: fs.realpathSync(root),
                pid: otherRun.pid,
                hostname: os.hostname(),
                command: "nx g @flowmaestro/nx:register-provider slack",
                startedAt: new Date().toISOString(),
                token: "the-other-run"
            })
        );
    });
    afterAll(() => {
        otherRun.kill();
        fs.rmSync(root, { recursive: true, force: true });
    });
    beforeEach(() => {
        jest.mocked(formatFiles).mockClear();
        process.env.NX_DRY_RUN = "true";
        info = jest.spyOn(logger, "info").mockImplementation(() => undefined);
        jest.spyOn(logger, "warn").mockImplementation(() => undefined);
    });
    afterEach(() => {
        process.env = { ...environment };
        jest.restoreAllMocks();
        // The other run still holds its lock: a dry run neither waited for it nor touched it.
        expect(JSON.parse(fs.readFileSync(hostFilesLockPath(root), "utf8")).token).toBe(
            "the-other-run"
        );
    });

    const profilePrinted = () =>
        info.mock.calls.some(([message]) => String(message).includes("OAuthConfig:"));

    it("integration-provider: no lock, no Prettier, no host profile", async () => {
        const tree = new FsTree(root, false);
        await integrationProviderGenerator(tree, FLAGS);
        expect(
            tree.exists("backend/src/integrations/providers/acme-chat/AcmeChatProvider.ts")
        ).toBe(true);
        expect(formatFiles).not.toHaveBeenCalled();
        expect(profilePrinted()).toBe(false);
    }, 20_000);

    it("integration-provider: formats with --formatDryRun and prints the profile with --verbose", async () => {
        process.env.NX_VERBOSE_LOGGING = "true";
        const tree = new FsTree(root, false);
        await integrationProviderGenerator(tree, { ...FLAGS, formatDryRun: true });
        expect(formatFiles).toHaveBeenCalled();
        expect(profilePrinted()).toBe(true);
    }, 20_000);

    it("provider-operation: no lock, no Prettier", async () => {
        const tree = new FsTree(root, false);
        await providerOperationGenerator(tree, {
            provider: "slack",
            operationId: "archiveChannel",
            method: "POST"
        });
        expect(
            tree.exists("backend/src/integrations/providers/slack/operations/archiveChannel.ts")
        ).toBe(true);
        expect(formatFiles).not.toHaveBeenCalled();
    }, 20_000);
});
