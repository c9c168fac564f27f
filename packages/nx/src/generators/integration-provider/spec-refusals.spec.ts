import { createHash } from "crypto";
import type { Tree } from "@nx/devkit";
import { createTreeWithEmptyWorkspace } from "@nx/devkit/testing";
import { writeSandboxInto } from "../../testing/sandbox-copy";
import { FlowmaestroError } from "../../utils/errors";
import { integrationProviderGenerator } from "./generator";
import { SPEC_REFUSALS } from "./__fixtures__/spec-refusals";
import { validOAuthSpec } from "./__fixtures__/valid-specs";

function digest(content: Buffer | null | undefined): string {
    return content ? createHash("sha256").update(content).digest("hex") : "none";
}

/**
 * Every bad spec of the battery is refused by the generator, in the model of FlowMaestro main,
 * with its message and without a write (packages/nx-e2e/tests/refusals.spec.ts shows a sample
 * of them through the nx CLI).
 */
describe("integration-provider refuses a bad spec, naming the field, writing nothing", () => {
    let tree: Tree;
    beforeAll(() => {
        tree = writeSandboxInto(
            createTreeWithEmptyWorkspace({ formatter: "none" } as never),
            "current"
        );
    });

    /** The tree's changes but the spec file a case writes. */
    const writes = () =>
        tree
            .listChanges()
            .filter((change) => change.path !== "refused.json")
            .map((change) => `${change.type} ${change.path} ${digest(change.content)}`);

    it.each(SPEC_REFUSALS.map((testCase) => [testCase.title, testCase] as const))(
        "%s",
        async (_title, testCase) => {
            const spec = (testCase.base ?? validOAuthSpec)();
            testCase.mutate(spec);
            tree.write("refused.json", JSON.stringify(spec, null, 2));
            const before = writes();
            const error = await integrationProviderGenerator(tree, {
                spec: "refused.json",
                skipFormat: true
            }).then(
                () => undefined,
                (caught: unknown) => caught
            );
            expect(error).toBeInstanceOf(FlowmaestroError);
            const { message } = error as Error;
            if (typeof testCase.message === "string") expect(message).toContain(testCase.message);
            else expect(message).toMatch(testCase.message);
            expect(writes()).toEqual(before);
        }
    );
});
