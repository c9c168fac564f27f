import { atFixtureCase, caseLabel } from "../rule";
import type { RuntimeRule } from "../rule";

/** Token shapes secret scanners flag (their own prefixes), so test data never trips them. */
const SECRET_SHAPES: [RegExp, string][] = [
    [/\b[sr]k_(live|test)_[0-9A-Za-z]{16,}/, "a Stripe secret key"],
    [/\bxox[abposr]-[0-9A-Za-z-]{10,}/, "a Slack token"],
    [/\b(ghp|gho|ghu|ghs|ghr)_[0-9A-Za-z]{36}\b|\bgithub_pat_[0-9A-Za-z_]{22,}/, "a GitHub token"],
    [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, "an AWS access key id"],
    [/\bAIza[0-9A-Za-z_-]{35}\b/, "a Google API key"],
    [/\bglpat-[0-9A-Za-z_-]{20,}/, "a GitLab token"],
    [/\bSG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}\b/, "a SendGrid API key"],
    [/\bshp(at|ss|ca|pa)_[0-9a-fA-F]{32}\b/, "a Shopify token"],
    [/\beyJ[0-9A-Za-z_-]{10,}\.eyJ[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{10,}/, "a JSON Web Token"],
    [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"]
];

/** `[path, string]` for every string inside a value. */
function strings(value: unknown, path: string): [string, string][] {
    if (typeof value === "string") return [[path, value]];
    if (Array.isArray(value))
        return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
    if (value && typeof value === "object") {
        return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
    }
    return [];
}

export const fixtureNoSecrets: RuntimeRule = {
    id: "runtime/fixture-no-secrets",
    severity: "error",
    description:
        "No fixture value is shaped like a real secret (API keys and tokens with a provider's prefix, JWTs, private keys): secret scanners flag them.",
    check(context) {
        return (context.observed.fixtures?.cases ?? []).flatMap((item) =>
            [
                ...strings(item.input, "input"),
                ...strings(item.expectedOutput, "expectedOutput")
            ].flatMap(([path, text]) => {
                const shape = SECRET_SHAPES.find(([pattern]) => pattern.test(text));
                if (!shape) return [];
                return [
                    {
                        ...atFixtureCase(context, item),
                        operationId: item.operationId,
                        message: `${caseLabel(item)} of "${item.operationId}": ${path} looks like ${shape[1]}. Use an obviously fake value (e.g. "test-token") so that secret scanners do not flag the repository.`
                    }
                ];
            })
        );
    }
};
