import { acmeChat } from "./__fixtures__/registrations";
import { crlf, expectValidTypeScript } from "./__fixtures__/assertions";
import {
    editFixtureLoaderFile,
    parseFixtureLoaderFile,
    planFixtureLoaderFile
} from "./fixture-loader-file";
import type { RegistrationModel } from "../model/registration";

/** Shaped like the host's loader: a hard-coded, mostly alphabetical list and a dynamic import. */
const LOADER = `/**
 * A loader in the host's shape.
 */

import { createServiceLogger } from "../../core/logging";
import { fixtureRegistry } from "./FixtureRegistry";

const log = createServiceLogger("fixtures");

let done = false;

export async function loadAllFixtures(): Promise<void> {
    if (done) return;

    const providers = [
        "adp",
        "airtable",
        "constantcontact",
        "contentful",
        "coda",
        "slack",
        "zoom"
    ];

    for (const provider of providers) {
        const loaded = await import(\`../providers/\${provider}/fixtures\`).catch(() => undefined);
        const list = loaded && Object.values(loaded).find(Array.isArray);
        if (list) fixtureRegistry.registerAll(list);
        else log.debug({ provider }, "skipped");
    }

    done = true;
}
`;

const withId = (id: string): RegistrationModel => ({ ...acmeChat, id });

describe("fixture loader (the sixth registration)", () => {
    it("reads the provider list the loop imports fixtures for, with positions", () => {
        const model = parseFixtureLoaderFile(LOADER, "fixtureLoader.ts");
        expect(model.providers.map((entry) => entry.key)).toEqual([
            "adp",
            "airtable",
            "constantcontact",
            "contentful",
            "coda",
            "slack",
            "zoom"
        ]);
        expect(model.providers[0].position).toEqual({ line: 16, column: 9 });
        expect(model.listPosition).toEqual({ line: 15, column: 23 });
    });

    it("reads where each provider's fixture module is from the import template, relative to the provider folder", () => {
        const loader = "backend/src/integrations/sandbox/fixtureLoader.ts";
        expect(parseFixtureLoaderFile(LOADER, loader).fixtureModule).toBe("fixtures.ts");
        const february = LOADER.replace("${provider}/fixtures", "${provider}/__tests__/fixtures");
        expect(parseFixtureLoaderFile(february, loader).fixtureModule).toBe(
            "__tests__/fixtures.ts"
        );
    });

    it("inserts alphabetically, in the file's indentation, touching nothing else", () => {
        expect(editFixtureLoaderFile(LOADER, withId("acme-chat"))).toBe(
            LOADER.replace('        "adp",', '        "acme-chat",\n        "adp",')
        );
        expect(editFixtureLoaderFile(LOADER, withId("box"))).toBe(
            LOADER.replace('        "airtable",', '        "airtable",\n        "box",')
        );
        // Before the first id that sorts after it, even where the list is out of order.
        expect(editFixtureLoaderFile(LOADER, withId("cobra"))).toBe(
            LOADER.replace(
                '        "constantcontact",',
                '        "cobra",\n        "constantcontact",'
            )
        );
        expect(editFixtureLoaderFile(LOADER, withId("zzz-last"))).toBe(
            LOADER.replace('        "zoom"\n', '        "zoom",\n        "zzz-last"\n')
        );
        expectValidTypeScript(editFixtureLoaderFile(LOADER, withId("zzz-last")));
    });

    it("is idempotent and keeps CRLF files CRLF", () => {
        const once = editFixtureLoaderFile(LOADER, withId("box"));
        expect(planFixtureLoaderFile(once, withId("box"))).toEqual({ text: once, added: [] });
        expect(editFixtureLoaderFile(crlf(LOADER), withId("box"))).toBe(crlf(once));
    });

    it("refuses a loader it cannot read, naming the file and the line", () => {
        expect(() =>
            editFixtureLoaderFile("export const x = 1;\n", withId("box"), { fileName: "l.ts" })
        ).toThrow(
            /l\.ts: not in the expected shape: expected the fixture loader.*Nothing was written/
        );
        expect(() =>
            editFixtureLoaderFile(LOADER.replace('"slack",', "SLACK_ID,"), withId("box"), {
                fileName: "l.ts"
            })
        ).toThrow(
            /l\.ts:21:\d+: not in the expected shape: every element .* must be a string literal/
        );
    });
});
