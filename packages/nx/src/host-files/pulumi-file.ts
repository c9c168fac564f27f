import { jsonText } from "../codegen/literals";
import { isMap, isScalar, parseDocument, Scalar } from "yaml";
import type { RegistrationModel } from "../model/registration";
import {
    editHostFile,
    positionAt,
    refuseConflictMarkers,
    unexpectedShape,
    textEdit
} from "./edit-support";
import type { Addition, HostFileEdit, HostFilePlanContext } from "./edit-support";
import type { PulumiFileModel, PulumiSecretFacts } from "./types";

/**
 * Pulumi.production.yaml: `config.<project>:secrets` is a literal block scalar holding a JSON array,
 * one compact object per line. Edits splice lines into the scalar's source text; every other byte
 * of the YAML stays as it is.
 */

interface SecretLine extends PulumiSecretFacts {
    /** Offset just after the line's content (after its comma, if it has one). */
    contentEnd: number;
    hasComma: boolean;
    indent: string;
}

/** Pulumi.production.yaml read for planning: the secrets block, line by line. */
export interface PulumiSource {
    secrets: SecretLine[];
    /** The `[` line, for an empty array. */
    open: { contentEnd: number; indent: string };
}

function isSecretsKey(key: unknown): boolean {
    return isScalar(key) && typeof key.value === "string" && /(^|:)secrets$/.test(key.value);
}

/** Reads the secrets block; refuses anything that is not the documented layout. */
export function readPulumiFile(text: string, fileName: string): PulumiSource {
    // Offsets are into the LF text, which is what edits are planned on.
    const source = text.replace(/\r\n/g, "\n");
    refuseConflictMarkers(source, fileName);
    const document = parseDocument(source, { prettyErrors: false });
    if (document.errors.length > 0) {
        const [error] = document.errors;
        throw unexpectedShape(
            fileName,
            `expected valid YAML (${error.message.split("\n")[0]})`,
            positionAt(source, error.pos[0])
        );
    }
    const config = isMap(document.contents) ? document.contents.get("config", true) : undefined;
    const pair = isMap(config) ? config.items.find((item) => isSecretsKey(item.key)) : undefined;
    const block = pair?.value;
    const keyRange = isScalar(pair?.key) ? pair.key.range : undefined;
    if (!isScalar(block) || block.type !== Scalar.BLOCK_LITERAL || !block.range) {
        throw unexpectedShape(
            fileName,
            "expected a `<project>:secrets: |` literal block scalar under `config:` holding a JSON array",
            keyRange ? positionAt(source, keyRange[0]) : undefined
        );
    }
    const blockPosition = positionAt(source, block.range[0]);
    let parsed: unknown;
    try {
        parsed = JSON.parse(String(block.value));
    } catch (error) {
        throw unexpectedShape(
            fileName,
            `the secrets block must be valid JSON (${(error as Error).message})`,
            blockPosition
        );
    }
    if (!Array.isArray(parsed)) {
        throw unexpectedShape(fileName, "the secrets block must be a JSON array", blockPosition);
    }
    const contentStart = source.indexOf("\n", block.range[0]) + 1;
    const contentEnd = block.range[1];
    const lines: Array<{ text: string; start: number }> = [];
    let offset = contentStart;
    for (const text of source.slice(contentStart, contentEnd).split("\n")) {
        if (text.trim() !== "") lines.push({ text, start: offset });
        offset += text.length + 1;
    }
    const first = lines[0];
    const last = lines[lines.length - 1];
    const layout = "one compact JSON object per line between a `[` line and a `]` line";
    if (
        !first ||
        first.text.trim() !== "[" ||
        last.text.trim() !== "]" ||
        lines.length - 2 !== parsed.length
    ) {
        throw unexpectedShape(fileName, `the secrets block must hold ${layout}`, blockPosition);
    }
    const lineNumberBefore = source.slice(0, contentStart).split("\n").length;
    const secrets = lines.slice(1, -1).map((line): SecretLine => {
        const trimmed = line.text.trimEnd();
        const hasComma = trimmed.endsWith(",");
        let entry: Record<string, unknown>;
        try {
            entry = JSON.parse(hasComma ? trimmed.slice(0, -1) : trimmed);
        } catch {
            throw unexpectedShape(
                fileName,
                `the secrets block must hold ${layout}`,
                positionAt(source, line.start)
            );
        }
        const text = (key: string) =>
            typeof entry[key] === "string" ? (entry[key] as string) : undefined;
        return {
            name: text("name") ?? "",
            envVar: text("envVar"),
            category: text("category"),
            line: lineNumberBefore + source.slice(contentStart, line.start).split("\n").length - 1,
            contentEnd: line.start + trimmed.length,
            hasComma,
            indent: /^\s*/.exec(line.text)![0]
        };
    });
    return {
        secrets,
        open: {
            contentEnd: first.start + first.text.trimEnd().length,
            indent: /^\s*/.exec(first.text)![0]
        }
    };
}

export function pulumiFileModel({ secrets }: PulumiSource): PulumiFileModel {
    return {
        secrets: secrets.map(({ name, envVar, category, line }) => ({
            name,
            envVar,
            category,
            line
        }))
    };
}

export function parsePulumiFile(source: string, fileName: string): PulumiFileModel {
    return pulumiFileModel(readPulumiFile(source, fileName));
}

function pulumiAdditions(
    source: string,
    registration: RegistrationModel,
    fileName: string,
    read: typeof readPulumiFile
): Addition[] {
    const app = registration.oauth?.app;
    if (!app || app.shared) return [];
    const pulumi = read(source, fileName);
    const wanted = [
        { name: app.clientIdSecretName, envVar: app.clientIdEnvVar, what: "client ID" },
        { name: app.clientSecretSecretName, envVar: app.clientSecretEnvVar, what: "client secret" }
    ].filter((secret) => !pulumi.secrets.some((existing) => existing.name === secret.name));
    if (wanted.length === 0) return [];
    const anchor =
        pulumi.secrets.filter((secret) => secret.category === "oauth").pop() ??
        pulumi.secrets[pulumi.secrets.length - 1];
    const indent = anchor?.indent ?? `${pulumi.open.indent}  `;
    const body = wanted
        .map(
            (secret) =>
                indent +
                jsonText({
                    name: secret.name,
                    envVar: secret.envVar,
                    category: "oauth",
                    deployments: ["api"],
                    required: false,
                    description: `${app.displayName} OAuth ${secret.what}`
                })
        )
        .join(",\n");
    const what = `secrets ${wanted.map((secret) => secret.name).join(", ")}`;
    if (!anchor) return [{ what, index: pulumi.open.contentEnd, text: `\n${body}` }];
    return [
        {
            what,
            index: anchor.contentEnd,
            text: anchor.hasComma ? `\n${body},` : `,\n${body}`
        }
    ];
}

/** Adds the provider's own OAuth client id/secret to the secrets block when missing. */
export function planPulumiFile(
    source: string,
    registration: RegistrationModel,
    context: HostFilePlanContext<PulumiSource> = {}
): HostFileEdit {
    const fileName = context.fileName ?? "Pulumi.production.yaml";
    return editHostFile(
        source,
        fileName,
        (lfSource) =>
            pulumiAdditions(lfSource, registration, fileName, context.read ?? readPulumiFile),
        (edited) => {
            readPulumiFile(edited, fileName);
        }
    );
}

export const editPulumiFile = textEdit(planPulumiFile);
