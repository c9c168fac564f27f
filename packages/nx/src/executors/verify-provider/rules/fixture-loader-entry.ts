import { FIXTURES_FILE } from "../../../provider-source/fixtures";
import { checkHostFile, inHostFile, registerCommand } from "../rule";
import type { Rule } from "../rule";

export const fixtureLoaderEntry: Rule = {
    id: "registration/fixture-loader-entry",
    severity: "error",
    description:
        "Where the host has the sandbox fixture system, a provider with fixtures.ts is listed in the fixture loader (otherwise its sandbox connections silently have no test data).",
    check(context) {
        const loader = context.registration.fixtureLoader;
        if (!loader || !context.provider.sources.has(FIXTURES_FILE)) return [];
        return checkHostFile(loader, (host) => {
            if (host.model.entry) return [];
            const id = context.registration.providerId;
            return [
                inHostFile(
                    host.file,
                    host.model.listPosition,
                    `"${id}" has ${FIXTURES_FILE} but is not in the fixture loader's provider list, so its sandbox connections get no test data: add "${id}" to the list (${registerCommand(id)}).`
                )
            ];
        });
    }
};
