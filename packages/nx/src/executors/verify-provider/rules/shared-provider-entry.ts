import { categoryDisplayName, isKnownCategory } from "../../../model/categories";
import { declaredAuthMethod, inHostFile, registerCommand, checkHostFile } from "../rule";
import type { Finding, Rule } from "../rule";

export const sharedProviderEntry: Rule = {
    id: "registration/shared-provider-entry",
    severity: "error",
    description:
        "ALL_PROVIDERS has a live (not comingSoon) element for the provider whose methods include its auth method and whose category matches the registry's.",
    check(context) {
        return checkHostFile(context.registration.sharedProviders, (host) => {
            const id = context.registration.providerId;
            const live = host.model.elements.filter((element) => !element.comingSoon);
            if (host.model.elements.length === 0) {
                return [
                    inHostFile(
                        host.file,
                        undefined,
                        `"${id}" is not in ALL_PROVIDERS in ${host.file}, so users cannot connect it: ${registerCommand(id)}.`
                    )
                ];
            }
            if (live.length === 0) {
                const element = host.model.elements[0];
                return [
                    inHostFile(
                        host.file,
                        element.position,
                        `"${id}" is implemented but ALL_PROVIDERS marks it comingSoon: remove \`comingSoon: true\`.`
                    )
                ];
            }
            const [element, ...others] = live;
            const findings: Finding[] = others.map((other) =>
                inHostFile(
                    host.file,
                    other.position,
                    `"${id}" appears ${live.length} times in ALL_PROVIDERS: remove the duplicate element.`,
                    "warning"
                )
            );
            const authMethod = declaredAuthMethod(context);
            if (authMethod && !element.methods.includes(authMethod)) {
                findings.push(
                    inHostFile(
                        host.file,
                        element.position,
                        `ALL_PROVIDERS element "${id}" has methods ${JSON.stringify(element.methods)} without "${authMethod}", so the UI never offers its connection method: add "${authMethod}".`
                    )
                );
            }
            const category = context.registration.registry.model?.entries[0]?.category;
            if (category && element.category !== undefined) {
                const expected = categoryDisplayName(category);
                if (element.category !== expected) {
                    findings.push(
                        inHostFile(
                            host.file,
                            element.position,
                            `ALL_PROVIDERS element "${id}" has category "${element.category}" but the registry's category "${category}" displays as "${expected}": make the two files agree.`,
                            isKnownCategory(category) ? "error" : "warning"
                        )
                    );
                }
            }
            return findings;
        });
    }
};
