/**
 * The one mapping between backend category ids (snake_case, used in registry.ts and the spec) and the
 * display strings of `ALL_PROVIDERS` in shared/src/providers.ts. The generator, the registrar and the
 * verifier all read it from here.
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
export function sectionMatchesCategory(sectionTitle: string, category: string): boolean {
    const base = sectionTitle.replace(/\s*\(.*\)\s*$/, "").trim();
    return base === categoryDisplayName(category);
}

/** Backend category id for a display string, when the mapping has one. */
export function categoryForDisplayName(displayName: string): string | undefined {
    return Object.keys(CATEGORY_DISPLAY_NAMES).find(
        (category) => CATEGORY_DISPLAY_NAMES[category] === displayName
    );
}
