import { isInteractive, selectPrompt, textPrompt } from "@nx/devkit/internal";
import { titleCase } from "../../../model/names";
import { PROVIDER_ID_PATTERN, urlProblem } from "../../../model/provider-spec";
import type { IntegrationProviderGeneratorSchema } from "../schema";
import { parseOperationShorthand, specFromOptions } from "./spec-from-options";

type Raw = Record<string, unknown>;

/** A question for a value the spec and the flags leave missing; the answer becomes that flag. */
interface Question {
    flag: "name" | "displayName" | "baseUrl" | "authType" | "authUrl" | "tokenUrl" | "operations";
    ask(current: IntegrationProviderGeneratorSchema): Promise<unknown>;
}

const requiredText = (check: (value: string) => string | undefined) => (value: string) =>
    value.trim() === "" ? "required" : check(value.trim());

function urlQuestion(flag: "baseUrl" | "authUrl" | "tokenUrl", message: string): Question {
    return {
        flag,
        ask: () => textPrompt({ message, validate: requiredText(urlProblem) })
    };
}

function operationsProblem(value: string): string | undefined {
    try {
        value.split(",").map((item) => parseOperationShorthand(item.trim()));
        return undefined;
    } catch {
        return "a comma-separated list of operation ids, each optionally :read or :write";
    }
}

/** The questions whose answers are still missing once the spec and the flags are merged. */
function missingQuestions(
    raw: Raw,
    options: IntegrationProviderGeneratorSchema,
    hasSpec: boolean
): Question[] {
    const auth = (raw.auth ?? {}) as Raw;
    const questions: Question[] = [];
    if (raw.id === undefined) {
        questions.push({
            flag: "name",
            ask: () =>
                textPrompt({
                    message: "Provider id (kebab-case, e.g. acme-chat)",
                    validate: requiredText((value) =>
                        PROVIDER_ID_PATTERN.test(value) ? undefined : "kebab-case, e.g. acme-chat"
                    )
                })
        });
    }
    if (!hasSpec && raw.displayName === undefined) {
        questions.push({
            flag: "displayName",
            ask: (current) =>
                textPrompt({
                    message: "Display name",
                    initialValue: titleCase(current.name ?? String(raw.id ?? ""))
                })
        });
    }
    if (raw.baseUrl === undefined) {
        questions.push(urlQuestion("baseUrl", "API base URL (e.g. https://api.acme.example/v1)"));
    }
    // No auth setting anywhere: the type is a real choice (the merge defaulted it to api_key).
    const authUnset = !hasSpec && options.authType === undefined && Object.keys(auth).length === 1;
    if (authUnset) {
        questions.push({
            flag: "authType",
            ask: () =>
                selectPrompt<"api_key" | "oauth2">({
                    message: "How does the API authenticate?",
                    choices: [
                        { value: "api_key", label: "API key (a header, or a query parameter)" },
                        { value: "oauth2", label: "OAuth 2.0 authorization code" }
                    ]
                })
        });
    }
    for (const [flag, message] of [
        ["authUrl", "OAuth authorization URL"],
        ["tokenUrl", "OAuth token URL"]
    ] as const) {
        if (auth[flag] !== undefined) continue;
        const question = urlQuestion(flag, message);
        questions.push({
            flag,
            ask: (current) =>
                (current.authType ?? auth.type) === "oauth2"
                    ? question.ask(current)
                    : Promise.resolve(undefined)
        });
    }
    if (!Array.isArray(raw.operations) || raw.operations.length === 0) {
        questions.push({
            flag: "operations",
            ask: async () =>
                (
                    await textPrompt({
                        message:
                            "Operations (comma-separated ids, e.g. listChannels,sendMessage:write)",
                        validate: requiredText(operationsProblem)
                    })
                )
                    .split(",")
                    .map((item) => item.trim())
                    .filter(Boolean)
        });
    }
    return questions;
}

/**
 * In a terminal, asks for what the spec file and the flags still leave missing — and nothing else,
 * so a complete `--spec` runs without a question. Without a terminal (or with --no-interactive) it
 * asks nothing, and validation lists the missing fields.
 */
export async function promptForMissing(
    options: IntegrationProviderGeneratorSchema,
    fileSpec: Raw | undefined
): Promise<IntegrationProviderGeneratorSchema> {
    if (!isInteractive()) return options;
    const { raw } = specFromOptions(options, fileSpec);
    const answered: IntegrationProviderGeneratorSchema = { ...options };
    for (const question of missingQuestions(raw, options, fileSpec !== undefined)) {
        const answer = await question.ask(answered);
        if (answer !== undefined && answer !== "") {
            (answered as Record<string, unknown>)[question.flag] = answer;
        }
    }
    return answered;
}
