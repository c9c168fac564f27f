import type { RegistryFileModel, SharedProvidersFileModel } from "../host-files/types";

/**
 * The mapping between backend category ids (snake_case, used in registry.ts and the spec) and the
 * display strings of `ALL_PROVIDERS` in shared/src/providers.ts. The host's own files are the truth
 * (`hostCategoryNames`); this table (the seed's names) only covers categories the host has no
 * provider of yet. The registrar and the verifier both go through `hostCategoryNames`.
 */
export const CATEGORY_DISPLAY_NAMES: Readonly<Record<string, string>> = {
    communication: "Communication",
    productivity: "Productivity",
    crm: "CRM & Sales",
    project_management: "Project Management",
    developer_tools: "Developer Tools",
    file_storage: "File Storage",
    social_media: "Social Media",
    database: "Databases",
    ai_ml: "AI & ML",
    ecommerce: "E-commerce",
    marketing: "Marketing",
    customer_support: "Customer Support",
    payments: "Payment Processing",
    hr: "HR & Payroll",
    analytics: "Analytics",
    accounting: "Accounting",
    calendar: "Calendar & Scheduling",
    email: "Email"
};

/** The categories the seed template lists; others are accepted with a warning. */
export const KNOWN_CATEGORIES = Object.keys(CATEGORY_DISPLAY_NAMES);

export function isKnownCategory(category: string): boolean {
    return Object.prototype.hasOwnProperty.call(CATEGORY_DISPLAY_NAMES, category);
}

/** Display string for a category id; unknown ids become Title Case words ("event_ops" -> "Event Ops"). */
export function categoryDisplayName(category: string): string {
    if (isKnownCategory(category)) {
        return CATEGORY_DISPLAY_NAMES[category];
    }
    return category
        .split("_")
        .filter(Boolean)
        .map((word) => word[0].toUpperCase() + word.slice(1))
        .join(" ");
}

/** Section names in ALL_PROVIDERS may repeat with a suffix: "Communication (Additional)". */
export function sectionMatchesDisplayName(sectionTitle: string, displayName: string): boolean {
    const base = sectionTitle.replace(/\s*\(.*\)\s*$/, "").trim();
    return base === displayName;
}

/** Category names as one host writes them. */
export interface CategoryNames {
    /** The ALL_PROVIDERS category for a registry category: the host's, else the table's. */
    displayName(category: string): string;
    /** The registry category for an ALL_PROVIDERS category: the host's, else the table's. */
    categoryOf(displayName: string): string | undefined;
    /** Whether the host has providers of this registry category (its name is learned). */
    isLearned(category: string): boolean;
    /**
     * The ALL_PROVIDERS category the host's providers of a registry category carry, not counting
     * `provider` (so a provider is judged by the others); undefined when there are no others.
     */
    othersDisplayName(category: string, provider: string): string | undefined;
}

/** The name carried most often (ties: the first in ALL_PROVIDERS order). */
function mostCarried(names: string[]): string | undefined {
    const counts = new Map<string, number>();
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    let best: [string, number] | undefined;
    for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
    return best?.[0];
}

/**
 * Learns the host's display name of every registry category: the ALL_PROVIDERS `category` most of
 * that category's providers carry (ties: the first in ALL_PROVIDERS order). A host whose HR
 * providers all say "HR" gets "HR", whatever the seed's table says.
 */
export function hostCategoryNames(
    registry: RegistryFileModel | undefined,
    shared: SharedProvidersFileModel | undefined
): CategoryNames {
    const categoryOfProvider = new Map(
        (registry?.entries ?? []).flatMap((entry) =>
            entry.category ? [[entry.name, entry.category] as const] : []
        )
    );
    // Each registry category's live elements, in ALL_PROVIDERS order.
    const carriers = new Map<string, { provider: string; name: string }[]>();
    for (const element of shared?.providers ?? []) {
        const category = categoryOfProvider.get(element.provider);
        if (!category || element.category === undefined || element.comingSoon) continue;
        const elements = carriers.get(category) ?? [];
        elements.push({ provider: element.provider, name: element.category });
        carriers.set(category, elements);
    }
    const learned = new Map<string, string>();
    for (const [category, elements] of carriers) {
        learned.set(category, mostCarried(elements.map((element) => element.name))!);
    }
    return {
        displayName: (category) => learned.get(category) ?? categoryDisplayName(category),
        categoryOf: (displayName) =>
            [...learned].find(([, name]) => name === displayName)?.[0] ??
            Object.keys(CATEGORY_DISPLAY_NAMES).find(
                (category) => CATEGORY_DISPLAY_NAMES[category] === displayName
            ),
        isLearned: (category) => learned.has(category),
        othersDisplayName: (category, provider) =>
            mostCarried(
                (carriers.get(category) ?? [])
                    .filter((element) => element.provider !== provider)
                    .map((element) => element.name)
            )
    };
}
