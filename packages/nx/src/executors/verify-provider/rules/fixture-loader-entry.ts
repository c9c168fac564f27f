import { checkHostFile, inHostFile, registerCommand } from "../rule";
import type { Rule } from "../rule";

export const fixtureLoaderEntry: Rule = {
    id: "registration/fixture-loader-entry",
    severity: "error",
    description:
        "Where the host has the sandbox fixture system, a provider with a fixture module (where the loader imports it from) is listed in the fixture loader (otherwise its sandbox connections silently have no test data).",
    check(context) {
        const loader = context.registration.fixtureLoader;
        if (!loader) return [];
        return checkHostFile(loader, (host) => {
            const { entry, fixtureModule } = host.model;
            if (entry || !context.provider.sources.has(fixtureModule)) return [];
            const id = context.registration.providerId;
            return [
                inHostFile(
                    host.file,
                    host.model.listPosition,
                    `"${id}" has ${fixtureModule} but is not in the fixture loader's provider list, so its sandbox connections get no test data: add "${id}" to the list (${registerCommand(id)}).`
                )
            ];
        });
    }
};
