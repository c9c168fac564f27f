import { byCodeUnit } from "../executors/verify-provider/cache-keys/digest";
import { canonicalJson } from "./contract-file";
import type {
    Acknowledgement,
    BreakingChangeKind,
    DerivedContract,
    JsonSchema,
    ProviderContract
} from "./contract-file";

/**
 * What changed between a committed contract and the code. Breaking: what a stored workflow or
 * agent that was valid before can no longer do (docs/contracts.md); everything else is additive.
 */
export interface ContractChange {
    /** Set on a breaking change: the kind an acknowledgement names. */
    change?: BreakingChangeKind;
    operation?: string;
    trigger?: string;
    tool?: string;
    /** Dotted path of the input property (`filter.status`, `items[].id`). */
    property?: string;
    /** What changed, in words (`enum value "draft" removed`). */
    description: string;
}

export function isBreaking(change: ContractChange): boolean {
    return change.change !== undefined;
}

/** `operation "send": property "to": made required` */
export function describeChange(change: ContractChange): string {
    const subject = change.operation
        ? `operation "${change.operation}"`
        : change.trigger
          ? `trigger "${change.trigger}"`
          : change.tool
            ? `MCP tool "${change.tool}"`
            : "contract";
    const property = change.property ? `: property "${change.property}"` : "";
    return `${subject}${property}: ${change.description}`;
}

/** The acknowledgement that accepts a breaking change, as it goes into the contract. */
export function acknowledgementFor(
    change: ContractChange,
    reason = "<why this is accepted>"
): Acknowledgement {
    const { operation, trigger, tool, property } = change;
    return {
        ...(operation !== undefined && { operation }),
        ...(trigger !== undefined && { trigger }),
        ...(tool !== undefined && { tool }),
        ...(property !== undefined && { property }),
        change: change.change!,
        reason
    };
}

export function isAcknowledged(change: ContractChange, acknowledged: Acknowledgement[]): boolean {
    return acknowledged.some(
        (entry) =>
            entry.change === change.change &&
            entry.operation === change.operation &&
            entry.trigger === change.trigger &&
            entry.tool === change.tool &&
            entry.property === change.property
    );
}

type Emit = (change: Omit<ContractChange, "operation">) => void;

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function valueType(value: unknown): string {
    if (value === null) return "null";
    if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
    return typeof value;
}

/** Member schemas of a union (`anyOf`/`oneOf`), or none. */
function unionMembers(schema: JsonSchema): JsonSchema[] | undefined {
    const members = schema.anyOf ?? schema.oneOf;
    return Array.isArray(members) ? members.filter(isObject) : undefined;
}

/** The JSON types a schema accepts; undefined when it accepts anything. */
function acceptedTypes(schema: JsonSchema): Set<string> | undefined {
    if (typeof schema.type === "string") return new Set([schema.type]);
    if (Array.isArray(schema.type)) return new Set(schema.type as string[]);
    const members = unionMembers(schema);
    if (members) {
        const types = new Set<string>();
        for (const member of members) {
            const accepted = acceptedTypes(member);
            if (!accepted) return undefined;
            accepted.forEach((type) => types.add(type));
        }
        return types;
    }
    const values = allowedValues(schema);
    return values ? new Set(values.map(valueType)) : undefined;
}

/** The values a schema is limited to (`enum`, `const`, a union of those); undefined when unlimited. */
function allowedValues(schema: JsonSchema): unknown[] | undefined {
    if (Array.isArray(schema.enum)) return schema.enum;
    if ("const" in schema) return [schema.const];
    const members = unionMembers(schema);
    if (!members || members.length === 0) return undefined;
    const values: unknown[] = [];
    for (const member of members) {
        const memberValues = allowedValues(member);
        if (!memberValues) return undefined;
        values.push(...memberValues);
    }
    return values;
}

function accepts(types: Set<string>, type: string): boolean {
    return types.has(type) || (type === "integer" && types.has("number"));
}

function typeList(types: Set<string> | undefined): string {
    return types ? [...types].sort(byCodeUnit).join(" | ") : "any";
}

function compareValues(
    before: JsonSchema,
    after: JsonSchema,
    property: string | undefined,
    emit: Emit
): void {
    const beforeTypes = acceptedTypes(before);
    const afterTypes = acceptedTypes(after);
    const lostTypes =
        afterTypes && (!beforeTypes || [...beforeTypes].some((type) => !accepts(afterTypes, type)));
    if (lostTypes) {
        emit({
            change: "type-changed",
            property,
            description: `type changed from ${typeList(beforeTypes)} to ${typeList(afterTypes)}`
        });
        return;
    }
    const beforeValues = allowedValues(before);
    const afterValues = allowedValues(after);
    if (!afterValues) {
        if (beforeValues) emit({ property, description: "no longer limited to listed values" });
        return;
    }
    if (!beforeValues) {
        emit({
            change: "type-changed",
            property,
            description: `narrowed to the values ${afterValues.map((value) => JSON.stringify(value)).join(", ")}`
        });
        return;
    }
    const key = (value: unknown) => JSON.stringify(value);
    const afterKeys = new Set(afterValues.map(key));
    const beforeKeys = new Set(beforeValues.map(key));
    for (const value of beforeValues.filter((value) => !afterKeys.has(key(value)))) {
        emit({
            change: "enum-value-removed",
            property,
            description: `enum value ${key(value)} removed`
        });
    }
    for (const value of afterValues.filter((value) => !beforeKeys.has(key(value)))) {
        emit({ property, description: `enum value ${key(value)} added` });
    }
}

function requiredSet(schema: JsonSchema): Set<string> {
    return new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
}

function join(parent: string | undefined, name: string): string {
    return parent === undefined ? name : `${parent}.${name}`;
}

/** Compares two input schemas: their types and values, then properties and items recursively. */
function compareSchemas(
    before: JsonSchema,
    after: JsonSchema,
    property: string | undefined,
    emit: Emit
): void {
    compareValues(before, after, property, emit);
    if (isObject(before.properties) && isObject(after.properties)) {
        const beforeProperties = before.properties;
        const afterProperties = after.properties;
        const beforeRequired = requiredSet(before);
        const afterRequired = requiredSet(after);
        for (const name of Object.keys(beforeProperties).sort(byCodeUnit)) {
            const path = join(property, name);
            if (!(name in afterProperties)) {
                emit({ change: "property-removed", property: path, description: "removed" });
                continue;
            }
            if (!beforeRequired.has(name) && afterRequired.has(name)) {
                emit({
                    change: "property-made-required",
                    property: path,
                    description: "optional made required"
                });
            } else if (beforeRequired.has(name) && !afterRequired.has(name)) {
                emit({ property: path, description: "required made optional" });
            }
            const [was, is] = [beforeProperties[name], afterProperties[name]];
            if (isObject(was) && isObject(is)) compareSchemas(was, is, path, emit);
        }
        for (const name of Object.keys(afterProperties).sort(byCodeUnit)) {
            if (name in beforeProperties) continue;
            const added = afterProperties[name];
            const hasDefault = isObject(added) && "default" in added;
            if (afterRequired.has(name) && !hasDefault) {
                emit({
                    change: "required-property-added",
                    property: join(property, name),
                    description: "added as required, without a default"
                });
            } else {
                emit({ property: join(property, name), description: "added as optional" });
            }
        }
    }
    if (isObject(before.items) && isObject(after.items)) {
        compareSchemas(before.items, after.items, `${property ?? ""}[]`, emit);
    }
}

/** Every difference between the committed contract and the one derived from the code. */
export function classifyChanges(
    committed: ProviderContract,
    derived: DerivedContract
): ContractChange[] {
    const changes: ContractChange[] = [];
    const addedOperations = Object.keys(derived.operations).filter(
        (id) => !(id in committed.operations)
    );
    for (const [id, before] of Object.entries(committed.operations).sort(([a], [b]) =>
        byCodeUnit(a, b)
    )) {
        const after = derived.operations[id];
        if (!after) {
            // A rename is a removal for every workflow that stored the old id.
            const twin = addedOperations.find(
                (added) =>
                    canonicalJson(derived.operations[added].input) === canonicalJson(before.input)
            );
            changes.push({
                change: "operation-removed",
                operation: id,
                description: twin ? `removed (renamed to "${twin}"?)` : "removed"
            });
            continue;
        }
        if (before.actionType !== after.actionType) {
            changes.push({
                ...(before.actionType === "read" && { change: "action-type-changed" as const }),
                operation: id,
                description: `action type changed from ${before.actionType} to ${after.actionType}`
            });
        }
        compareSchemas(before.input, after.input, undefined, (change) =>
            changes.push({ operation: id, ...change })
        );
    }
    for (const id of addedOperations.sort(byCodeUnit)) {
        changes.push({ operation: id, description: "added" });
    }
    for (const id of Object.keys(committed.triggers).sort(byCodeUnit)) {
        if (!(id in derived.triggers))
            changes.push({ change: "trigger-removed", trigger: id, description: "removed" });
        else if (canonicalJson(committed.triggers[id]) !== canonicalJson(derived.triggers[id])) {
            changes.push({ trigger: id, description: "payload schema changed" });
        }
    }
    for (const id of Object.keys(derived.triggers).sort(byCodeUnit)) {
        if (!(id in committed.triggers)) changes.push({ trigger: id, description: "added" });
    }
    const tools = new Set(derived.mcpTools);
    const committedTools = new Set(committed.mcpTools);
    for (const tool of [...committedTools].sort(byCodeUnit)) {
        if (!tools.has(tool))
            changes.push({ change: "tool-removed", tool, description: "removed" });
    }
    for (const tool of [...tools].sort(byCodeUnit)) {
        if (!committedTools.has(tool)) changes.push({ tool, description: "added" });
    }
    return changes;
}
