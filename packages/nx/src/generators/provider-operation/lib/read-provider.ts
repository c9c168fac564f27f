import * as path from "path";
import * as ts from "typescript";
import type { Tree } from "@nx/devkit";
import { joinPathFragments } from "@nx/devkit";
import {
    analyzeProviderFolder,
    ProviderSources,
    type ProviderFolderFacts
} from "../../../provider-source";
import { refuseConflictMarkers } from "../../../host-files/edit-support";
import { classMethod, propertyNameText } from "../../../utils/ast";
import { FlowmaestroError } from "../../../utils/errors";
import { classChain } from "../../../codegen/client-class-chain";

/**
 * A provider folder read through the generator's tree (so pending changes are seen), with the
 * host's fixture module path where the host has the fixture system. A source file with
 * merge-conflict markers is refused: what it declares is undefined.
 */
export function readProviderFromTree(
    tree: Tree,
    dir: string,
    fixtureModule?: string
): ProviderFolderFacts {
    const files = new Map<string, string>();
    const walk = (relative: string) => {
        for (const child of tree.children(relative ? `${dir}/${relative}` : dir)) {
            const childRelative = relative ? `${relative}/${child}` : child;
            const full = joinPathFragments(dir, childRelative);
            if (tree.isFile(full)) {
                const text = tree.read(full, "utf-8") ?? "";
                if (full.endsWith(".ts")) refuseConflictMarkers(text, full);
                files.set(childRelative, text);
            } else if (child !== "node_modules" && !child.startsWith(".")) walk(childRelative);
        }
    };
    walk("");
    return analyzeProviderFolder(
        new ProviderSources(path.posix.basename(dir), dir, files, { fixtureModule })
    );
}

/**
 * How a new operation's executor reaches the service:
 * - "request": the client inherits a public `request(config: RequestConfig)` (BaseAPIClient and the
 *   platform base clients built on it), so the executor builds the request itself;
 * - "generated": the client is one this plugin generated (a private `send(method, path, params)`),
 *   so a method is added to it and the executor calls that method, like its siblings.
 */
export type ClientCall =
    | {
          kind: "request";
          clientClass: string;
          clientFile: string;
          /** The config has `params` (a query object); without it the query goes into the URL. */
          acceptsQuery: boolean;
      }
    | { kind: "generated"; clientClass: string; clientFile: string };

/** The private method of a generated client that every operation method calls. */
export const GENERATED_SEND_METHOD = "send";

type RequestStyle = { kind: "request"; acceptsQuery: boolean } | { kind: "generated" };

function isPublic(member: ts.ClassElement): boolean {
    return !(ts.getModifiers(member as ts.MethodDeclaration) ?? []).some(
        (modifier) =>
            modifier.kind === ts.SyntaxKind.PrivateKeyword ||
            modifier.kind === ts.SyntaxKind.ProtectedKeyword
    );
}

/**
 * A public `request(config)` taking `RequestConfig` (BaseAPIClient's entry point) or an object type
 * with `method` and `url`: what the config accepts, or undefined without such a method.
 */
function configRequest(declaration: ts.ClassDeclaration): RequestStyle | undefined {
    const request = classMethod(declaration, "request");
    const type = request?.parameters.length === 1 ? request.parameters[0].type : undefined;
    if (!request || !isPublic(request) || !type) return undefined;
    if (ts.isTypeReferenceNode(type) && type.typeName.getText() === "RequestConfig") {
        return { kind: "request", acceptsQuery: true };
    }
    if (!ts.isTypeLiteralNode(type)) return undefined;
    const members = new Set(
        type.members.map((member) => (member.name ? propertyNameText(member.name) : undefined))
    );
    return members.has("method") && members.has("url")
        ? { kind: "request", acceptsQuery: members.has("params") }
        : undefined;
}

/** The generated client's `private async send(method, pathTemplate, params, placement?)`. */
function isGeneratedClient(declaration: ts.ClassDeclaration, source: string): boolean {
    const send = classMethod(declaration, GENERATED_SEND_METHOD);
    return (
        send !== undefined &&
        !isPublic(send) &&
        send.parameters
            .map((parameter) => parameter.name.getText())
            .slice(0, 3)
            .join(",") === "method,pathTemplate,params" &&
        /export function toOperationError\(/.test(source)
    );
}

/**
 * Follows `extends` from the client class through its base classes (in the folder, or in the
 * host's core through the import) until one offers a way to send a request.
 */
function requestStyle(tree: Tree, file: string, className: string): RequestStyle | undefined {
    for (const { declaration, source } of classChain(tree, file, className)) {
        if (isGeneratedClient(declaration, source)) return { kind: "generated" };
        const request = configRequest(declaration);
        if (request) return request;
    }
    return undefined;
}

/** How new executors of this provider send requests, or why an HTTP operation cannot be added. */
export function clientCallOf(tree: Tree, provider: ProviderFolderFacts): ClientCall {
    const { client, sources } = provider;
    const id = sources.id;
    if (client.transport === "driver") {
        throw new FlowmaestroError(
            `"${id}" talks to its service through ${client.drivers.join(", ")} (a driver, no HTTP client), so provider-operation cannot generate an HTTP operation for it; nothing was written. Write the operation by hand next to its siblings.`
        );
    }
    if (client.transport !== "client" || client.classes.length === 0) {
        throw new FlowmaestroError(
            `"${id}" has no client class in ${sources.dir}/client/ for a new operation to call (it uses ${client.transport === "fetch" ? "fetch directly" : client.transport === "shared-client" ? "a client from outside its folder" : "no HTTP client the reader can see"}); nothing was written. Write the operation by hand next to its siblings.`
        );
    }
    for (const candidate of client.classes) {
        const file = sources.workspacePath(candidate.file);
        const style = requestStyle(tree, file, candidate.name);
        if (style) return { ...style, clientClass: candidate.name, clientFile: candidate.file };
    }
    const names = client.classes
        .map((candidate) => `${candidate.name} (${candidate.file})`)
        .join(", ");
    throw new FlowmaestroError(
        `The client of "${id}", ${names}, offers no public request(config: RequestConfig) method (it does not build on BaseAPIClient), so a generated operation has no way to send its request; nothing was written. Add a client method by hand, then write the operation next to its siblings.`
    );
}
