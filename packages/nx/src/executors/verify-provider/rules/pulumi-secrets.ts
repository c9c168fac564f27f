import { declaredAuthMethod, inHostFile, registerCommand, checkHostFile } from "../rule";
import type { Rule } from "../rule";

export const pulumiSecrets: Rule = {
    id: "registration/pulumi-secrets",
    severity: "error",
    description:
        "The Pulumi secrets list the environment variables an oauth2 provider's config key reads (client id and secret).",
    check(context) {
        if (declaredAuthMethod(context) !== "oauth2") return [];
        return checkHostFile(context.registration.pulumi, (host) => {
            const id = context.registration.providerId;
            const present = new Set(host.model.secrets.map((secret) => secret.envVar));
            const app = context.registration.config.model?.app;
            return host.model.envVars
                .filter((envVar) => !present.has(envVar))
                .map((envVar) =>
                    inHostFile(
                        host.file,
                        host.model.newSecretPosition,
                        `No Pulumi secret provides ${envVar}, so production has no OAuth ${envVar.endsWith("_SECRET") ? "client secret" : "client id"} for "${id}": ${app?.shared ? `add the secret for the config.oauth.${app.configKey} app next to the other OAuth secrets` : registerCommand(id)}.`
                    )
                );
        });
    }
};
