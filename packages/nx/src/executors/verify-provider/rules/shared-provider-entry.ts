import { declaredAuthMethod, inHostFile, registerCommand, checkHostFile } from "../rule";
import type { Finding, Rule } from "../rule";

export const sharedProviderEntry: Rule = {
    id: "registration/shared-provider-entry",
    severity: "error",
    description:
        "ALL_PROVIDERS has a live (not comingSoon) element for the provider whose methods include its auth method (errors: users cannot connect it otherwise); its category is one the UI already groups providers under, else the one the host's other providers of its registry category carry (warning).",
    check(context) {
        return checkHostFile(context.registration.sharedProviders, (host) => {
            const id = context.registration.providerId;
            const { elements, expectedCategory, newElementPosition } = host.model;
            const live = elements.filter((element) => !element.comingSoon);
            if (elements.length === 0) {
                return [
                    inHostFile(
                        host.file,
                        newElementPosition,
                        `"${id}" is not in ALL_PROVIDERS in ${host.file}, so users cannot connect it: ${registerCommand(id)} (it adds the element with the ${expectedCategory ? `"${expectedCategory}"` : "other"} providers).`
                    )
                ];
            }
            if (live.length === 0) {
                const element = elements[0];
                return [
                    inHostFile(
                        host.file,
                        element.position,
                        `"${id}" is implemented but ALL_PROVIDERS marks it comingSoon, so users cannot connect it: remove \`comingSoon: true\`.`
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
            // The UI groups providers by this string: another provider's category is a deliberate
            // choice (the real SendGrid is "communication" in the registry, shown under "Marketing"),
            // a string no other provider carries is a group of its own.
            const category = context.registration.registry.model?.entries[0]?.category;
            const { othersCategory, categoryShared } = host.model;
            if (othersCategory !== undefined && element.category !== undefined && !categoryShared) {
                findings.push(
                    inHostFile(
                        host.file,
                        element.position,
                        `ALL_PROVIDERS element "${id}" has category "${element.category}", which no other provider carries, so the UI shows it in a group of its own; the host's other "${category}" providers show as "${othersCategory}": set \`category: "${othersCategory}"\` here (or another existing category).`,
                        "warning"
                    )
                );
            }
            return findings;
        });
    }
};
