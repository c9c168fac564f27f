/** The parts of a generator's schema.json that Nx Console's form reads. */
export interface GeneratorJsonSchema {
    description?: string;
    examples?: Array<{ command: string; description?: string }>;
    required?: string[];
    properties: Record<
        string,
        {
            type?: string | string[];
            description?: string;
            default?: unknown;
            enum?: unknown[];
            items?: { enum?: unknown[]; type?: string };
            aliases?: string[];
            $default?: { $source: string; index?: number };
            "x-priority"?: "important" | "internal";
            "x-dropdown"?: string;
        }
    >;
}

type Property = GeneratorJsonSchema["properties"][string];

/**
 * The field Nx Console (Generate UI) renders for an option: a checkbox for a boolean, a
 * multiselect or a list for an array, a select for choices (`enum`, or `items` on a string;
 * `--` means unset), a text box otherwise.
 */
function field(property: Property): string {
    const choices = property.enum ?? property.items?.enum;
    if (property.type === "boolean") return `[ ] checkbox${property.default ? " (checked)" : ""}`;
    if (property.type === "array") return choices ? "multiselect" : "list of text";
    if (choices) {
        const unset = property.default === undefined ? ["--"] : [];
        return `select: ${[...unset, ...choices.map(String)].join(" | ")}`;
    }
    if (property["x-dropdown"] === "projects") return "select: the workspace's projects";
    return "text";
}

/**
 * The first screen of Nx Console's form for a generator, as text: the required options, then
 * those marked `x-priority: important` (positional arguments first, then by name, as Console
 * sorts them); the others are behind "Show more", and internal ones are not shown at all.
 */
export function renderConsoleForm(schema: GeneratorJsonSchema): string {
    const options = Object.entries(schema.properties).filter(
        ([, property]) => property["x-priority"] !== "internal"
    );
    const rank = ([name, property]: [string, Property]) =>
        schema.required?.includes(name) ? 0 : property["x-priority"] === "important" ? 1 : 2;
    const byConsoleOrder = (a: [string, Property], b: [string, Property]) => {
        const [aIndex, bIndex] = [a[1].$default?.index, b[1].$default?.index];
        return (
            rank(a) - rank(b) ||
            (aIndex ?? Infinity) - (bIndex ?? Infinity) ||
            a[0].localeCompare(b[0])
        );
    };
    const shown = options.filter((option) => rank(option) < 2).sort(byConsoleOrder);
    const lines = shown.flatMap(([name, property]) => [
        `${name}${schema.required?.includes(name) ? " *" : ""}  [${field(property)}]`,
        `    ${property.description ?? ""}`
    ]);
    const hidden = options.length - shown.length;
    return [...lines, `--- Show more (${hidden} more options) ---`].join("\n");
}
