import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { HashMemo } from "./hash-memo";

const afterTheTick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("the cache hasher's memo", () => {
    let file: string;
    beforeEach(() => {
        file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hash-memo-")), "memo.json");
    });
    afterEach(() => fs.rmSync(path.dirname(file), { recursive: true, force: true }));

    it("writes a run's changes after the tick, and listens for the exit only until then", async () => {
        const exitListeners = process.listenerCount("exit");
        const memo = new HashMemo(file, "code");
        memo.registration("a", () => "first");
        memo.registration("b", () => "second");
        expect(process.listenerCount("exit")).toBe(exitListeners + 1);
        expect(fs.existsSync(file)).toBe(false);
        await afterTheTick();
        expect(process.listenerCount("exit")).toBe(exitListeners);
        const next = new HashMemo(file, "code");
        expect(next.registration("a", () => "computed again")).toBe("first");
        expect(next.registration("b", () => "computed again")).toBe("second");
    });

    it("is dropped whole when the plugin's code changes", async () => {
        new HashMemo(file, "code").registration("a", () => "first");
        await afterTheTick();
        expect(new HashMemo(file, "other code").registration("a", () => "recomputed")).toBe(
            "recomputed"
        );
    });
});
