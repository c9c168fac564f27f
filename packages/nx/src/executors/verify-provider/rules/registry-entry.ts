import { inHostFile, registerCommand, checkHostFile } from "../rule";
import type { Finding, Rule, RuleContext, Severity } from "../rule";
import { specifierFrom } from "../../../utils/module-specifier";

/** `./providers/slack/SlackProvider`: the module the registry's loader must import. */
function expectedLoaderImport(context: RuleContext, registryFile: string): string | undefined {
    const { providerFile, sources } = context.provider;
    if (!providerFile) return undefined;
    const target = `${sources.dir}/${providerFile.replace(/\.ts$/, "")}`;
    return specifierFrom(registryFile, target);
}

export const registryEntry: Rule = {
    id: "registration/registry-entry",
    severity: "error",
    description:
        "The provider registry has exactly one entry for the provider, registered, with the class's name and authMethod, loading the provider's class file (errors); its displayName matches the class's (warning).",
    check(context) {
        return checkHostFile(context.registration.registry, (host) => {
            const id = context.registration.providerId;
            const [entry, ...duplicates] = host.model.entries;
            const leftover = host.model.undeclaredRegistration;
            if (!entry && leftover) {
                return [
                    inHostFile(
                        host.file,
                        leftover.position,
                        `providerRegistry.register(${leftover.variable}) registers a variable that is not declared (a ReferenceError when the module loads): ${registerCommand(id)}, which declares the entry before this call.`
                    )
                ];
            }
            if (!entry) {
                return [
                    inHostFile(
                        host.file,
                        host.model.newEntryPosition,
                        `Provider "${id}" has no entry in ${host.file}, so the backend never loads it: ${registerCommand(id)} (it adds the entry here).`
                    )
                ];
            }
            const findings: Finding[] = duplicates.map((duplicate) =>
                inHostFile(
                    host.file,
                    duplicate.position,
                    `Provider "${id}" has ${host.model!.entries.length} registry entries (${[entry, ...duplicates].map((e) => e.variable).join(", ")}); register() overwrites silently, so remove all but one.`
                )
            );
            if (entry.registeredBeforeDeclaration) {
                findings.push(
                    inHostFile(
                        host.file,
                        entry.registeredBeforeDeclaration,
                        `providerRegistry.register(${entry.variable}) runs before \`const ${entry.variable}\` is declared at line ${entry.position.line} (a ReferenceError when the module loads): move the call after the declaration.`
                    )
                );
            } else if (!entry.registered) {
                findings.push(
                    inHostFile(
                        host.file,
                        entry.position,
                        `${entry.variable} is declared but never registered: add \`providerRegistry.register(${entry.variable});\`.`
                    )
                );
            }
            const { providerClass } = context.provider;
            // A different auth method sends connections down the wrong flow; a different display
            // name only shows the provider under two names.
            const expectations: [string, string | undefined, string | undefined, Severity][] = [
                ["authMethod", providerClass?.authMethod?.value, entry.authMethod, "error"],
                ["displayName", providerClass?.displayName?.value, entry.displayName, "warning"]
            ];
            for (const [key, expected, actual, severity] of expectations) {
                if (expected !== undefined && actual !== expected) {
                    findings.push(
                        inHostFile(
                            host.file,
                            entry.position,
                            `${entry.variable}.${key} is ${actual === undefined ? "missing" : JSON.stringify(actual)} but the provider class says ${JSON.stringify(expected)}: set \`${key}: ${JSON.stringify(expected)}\` (or change the class).`,
                            severity
                        )
                    );
                }
            }
            const expectedImport = expectedLoaderImport(context, host.file);
            if (
                expectedImport &&
                entry.loaderImport !== undefined &&
                entry.loaderImport.replace(/\.(js|ts)$/, "") !== expectedImport
            ) {
                findings.push(
                    inHostFile(
                        host.file,
                        entry.position,
                        `${entry.variable}'s loader imports "${entry.loaderImport}" instead of "${expectedImport}": point it at the provider's class file.`
                    )
                );
            }
            return findings;
        });
    }
};
