import type { Derivation } from "../../contracts/contract-file";
import type { SourcePosition } from "../../utils/ast";
import type { ProviderFolderFacts } from "../../provider-source/provider-folder";
import type { HostFile, RegistrationSlice } from "./registration-slice";

export type Severity = "error" | "warning";

/** One reported problem, as printed and as emitted in `--format=json` (docs/rules.md). */
export interface Diagnostic {
    ruleId: string;
    severity: Severity;
    /** Workspace-relative path (posix). */
    file: string;
    /** 1-based */
    line: number;
    /** 1-based */
    column: number;
    message: string;
    /** The operation a runtime finding concerns (test-provider). */
    operationId?: string;
}

/** What a rule found; the runner fills in the rule id and defaults. */
export interface Finding {
    message: string;
    /** Workspace-relative path; defaults to the provider class file (or the folder). */
    file?: string;
    position?: SourcePosition;
    /** Overrides the rule's severity for this finding. */
    severity?: Severity;
    operationId?: string;
}

export interface RuleContext {
    provider: ProviderFolderFacts;
    /** This provider's slices of the cross-cutting files. */
    registration: RegistrationSlice;
    /** The contract its code implies (cached per provider); absent when not derived in this run. */
    derivedContract?: Derivation;
}

/** A check over what is known of one provider (`Context`: verify's static facts by default). */
export interface Rule<Context = RuleContext> {
    id: string;
    /** Default severity of the rule's findings. */
    severity: Severity;
    description: string;
    check(context: Context): Finding[];
}

/** A finding located in a file of the provider folder (`relative` to the folder). */
export function inProvider(
    context: RuleContext,
    relative: string | undefined,
    position: SourcePosition | undefined,
    message: string,
    severity?: Severity
): Finding {
    const { sources } = context.provider;
    return {
        message,
        file: relative === undefined ? undefined : sources.workspacePath(relative),
        position,
        severity
    };
}

/** The command that adds a provider's missing registrations. */
export function registerCommand(providerId: string): string {
    return `run \`nx g @flowmaestro/nx:register-provider ${providerId}\``;
}

/** A finding in a cross-cutting file; without a position it points at the file's first line. */
export function inHostFile(
    file: string,
    position: SourcePosition | undefined,
    message: string,
    severity?: Severity
): Finding {
    return { file, position: position ?? { line: 1, column: 1 }, message, severity };
}

/**
 * Runs a registration check on a cross-cutting file that could be read; one that could not be read
 * is reported instead, once per rule, where the problem is (the file's start when it concerns the
 * whole file, e.g. a file that does not exist).
 */
export function checkHostFile<T>(
    host: HostFile<T>,
    check: (host: { file: string; model: T }) => Finding[]
): Finding[] {
    if (host.error !== undefined) {
        return [
            inHostFile(host.file, host.position, `Cannot check this registration: ${host.error}.`)
        ];
    }
    return host.model === undefined ? [] : check({ file: host.file, model: host.model });
}

/** The auth method the provider declares (class first, registry entry otherwise). */
export function declaredAuthMethod(context: RuleContext): string | undefined {
    return (
        context.provider.providerClass?.authMethod?.value ??
        context.registration.registry.model?.entries[0]?.authMethod
    );
}
