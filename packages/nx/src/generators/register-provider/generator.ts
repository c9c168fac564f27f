import { logger, type GeneratorCallback, type Tree } from "@nx/devkit";
import type { ResolvedPluginOptions } from "../../config/plugin-options";
import {
    CATEGORY_PATTERN,
    oauthAuthSchema,
    parseProviderSpec,
    providerIdProblems,
    providerSpecSchema,
    type ProviderSpec
} from "../../model/provider-spec";
import { readSpecSource } from "../../model/spec-file";
import { FlowmaestroError } from "../../utils/errors";
import { providerIdOfArgument } from "../provider-argument";
import {
    runWithHostFilesLock,
    type WrittenRegistration
} from "../../registration/locked-registration";
import type { WritableHostSession } from "../../registration/host-session";
import { readRegistration, type RegistrationInput } from "../../registration/read-registration";
import { planRegistration, registerProvider } from "../../registration/registrar";
import type { RegisterProviderGeneratorSchema } from "./schema";

export interface NormalizedRegisterOptions extends RegistrationInput {
    check: boolean;
}

function readSpec(tree: Tree, specPath: string): ProviderSpec {
    const source = readSpecSource(tree, specPath);
    return parseProviderSpec(source.raw, source.name, source.lineOf);
}

function flagProblem(
    flag: string,
    value: string,
    check: {
        safeParse(value: unknown): {
            success: boolean;
            error?: { issues: Array<{ message: string }> };
        };
    }
): string | undefined {
    const result = check.safeParse(value);
    return result.success ? undefined : `--${flag}: ${result.error?.issues[0]?.message}`;
}

/** The options without blank text: Nx Console sends "" for a field the user cleared, meaning unset. */
function withoutBlankText(given: RegisterProviderGeneratorSchema): RegisterProviderGeneratorSchema {
    return Object.fromEntries(
        Object.entries(given).filter(
            ([, value]) => typeof value !== "string" || value.trim() !== ""
        )
    );
}

export function normalizeOptions(
    tree: Tree,
    given: RegisterProviderGeneratorSchema,
    pluginOptions: ResolvedPluginOptions
): NormalizedRegisterOptions {
    const schema = withoutBlankText(given);
    const spec = schema.spec ? readSpec(tree, schema.spec.trim()) : undefined;
    const name = schema.name?.trim();
    const id = (name && providerIdOfArgument(tree, pluginOptions, name)) || spec?.id;
    if (!id) {
        throw new FlowmaestroError(
            "No provider id: give `name` (the first argument: nx g @flowmaestro/nx:register-provider acme-chat) or --spec a file with an `id`; nothing was written."
        );
    }
    const problems: string[] = [];
    problems.push(
        ...providerIdProblems(id).map((problem) => `name: ${JSON.stringify(id)}: ${problem}`)
    );
    if (spec && spec.id !== id) {
        problems.push(
            `name: ${JSON.stringify(id)} differs from the spec's id ${JSON.stringify(spec.id)}`
        );
    }
    if (schema.category !== undefined && !CATEGORY_PATTERN.test(schema.category)) {
        problems.push(
            `--category: ${JSON.stringify(schema.category)} must be a snake_case category id such as project_management`
        );
    }
    const logoProblem =
        schema.logoDomain !== undefined
            ? flagProblem("logoDomain", schema.logoDomain, providerSpecSchema.shape.logoDomain)
            : undefined;
    const keyProblem =
        schema.oauthKey !== undefined
            ? flagProblem("oauthKey", schema.oauthKey, oauthAuthSchema.shape.oauthKey)
            : undefined;
    problems.push(
        ...[logoProblem, keyProblem].filter((problem): problem is string => problem !== undefined)
    );
    if (problems.length > 0) {
        throw FlowmaestroError.fromProblems(
            "Invalid register-provider options; nothing was written:",
            problems
        );
    }
    return {
        id,
        spec,
        oauthKey: schema.oauthKey,
        category: schema.category,
        description: schema.description,
        logoDomain: schema.logoDomain,
        check: schema.check ?? false
    };
}

/**
 * `nx g @flowmaestro/nx:register-provider <id>`: adds what is missing from the five host files;
 * `--check` reports it and fails instead. A second run changes nothing. Runs under the host-files
 * lock; the returned callback checks the registration on disk and releases it.
 */
export async function registerProviderGenerator(
    tree: Tree,
    schema: RegisterProviderGeneratorSchema
): Promise<GeneratorCallback> {
    return runWithHostFilesLock(tree, async (session) => register(session, schema));
}

function register(
    session: WritableHostSession,
    schema: RegisterProviderGeneratorSchema
): WrittenRegistration | undefined {
    const options = normalizeOptions(session.tree, schema, session.options);
    const registration = readRegistration(session, options);
    if (options.check) {
        const missing = planRegistration(session, registration).flatMap((file) =>
            file.added.map((what) => `${file.path}: missing ${what}`)
        );
        if (missing.length > 0) {
            throw FlowmaestroError.fromProblems(
                `"${registration.id}" is missing ${missing.length} registration${missing.length === 1 ? "" : "s"} (run without --check to add them):`,
                missing
            );
        }
        logger.info(`${registration.id}: all registrations present.`);
        return undefined;
    }
    const { changed } = registerProvider(session, registration);
    if (changed.length === 0) {
        logger.info(`${registration.id}: all registrations present; nothing changed.`);
    }
    return { registration, options: session.options };
}

export default registerProviderGenerator;
