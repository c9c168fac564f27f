import type { Tree } from "@nx/devkit";
import {
    operationContext,
    providerContext,
    type RenderInput
} from "../../../codegen/render-context";
import { FIXTURES_TEMPLATE, OPERATION_TEMPLATE, TemplateSet } from "../../../codegen/templates";

/**
 * Renders the provider folder into the tree: `provider/` once, `operation/` once per operation,
 * the fixture module where the host has the fixture system. Returns the written files, relative to
 * the provider folder.
 */
export function renderProviderFiles(
    tree: Tree,
    input: RenderInput,
    overrides: Map<string, string>
): string[] {
    const { model, providerDir } = input;
    const { fixtures } = input.profile;
    const templates = new TemplateSet(overrides);
    const context = providerContext(input);
    templates.renderFolder(tree, "provider", providerDir, context);
    if (fixtures) {
        // The module goes where the host's loader imports it.
        tree.write(
            `${providerDir}/${fixtures.fixtureModule}`,
            templates.render(FIXTURES_TEMPLATE, context)
        );
    }
    const { names } = model;
    for (const operation of model.operations) {
        const file = `operations/${operation.id}.ts`;
        tree.write(
            `${providerDir}/${file}`,
            templates.render(
                OPERATION_TEMPLATE,
                operationContext(context, {
                    operation,
                    file,
                    client: {
                        kind: "generated",
                        className: names.clientClass,
                        module: `../client/${names.clientClass}`
                    },
                    definitionForm: "plain"
                })
            )
        );
    }
    return [
        `${names.providerClass}.ts`,
        `client/${names.clientClass}.ts`,
        `mcp/${names.mcpAdapterClass}.ts`,
        "operations/index.ts",
        ...model.operations.map((operation) => `operations/${operation.id}.ts`),
        ...(fixtures ? [fixtures.fixtureModule] : [])
    ];
}
