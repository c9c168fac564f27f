import type { RegistryFileModel, SharedProvidersFileModel } from "../host-files/types";
import {
    categoryDisplayName,
    hostCategoryNames,
    isKnownCategory,
    sectionMatchesDisplayName
} from "./categories";

const AT = { line: 1, column: 1 };

function registry(entries: Array<[string, string]>): RegistryFileModel {
    return {
        entries: entries.map(([name, category]) => ({
            variable: `${name}Entry`,
            name,
            category,
            registered: true,
            position: AT
        })),
        newEntryPosition: AT,
        undeclaredRegistrations: []
    };
}

function shared(elements: Array<[string, string, boolean?]>): SharedProvidersFileModel {
    return {
        logoDomains: [],
        providers: elements.map(([provider, category, comingSoon]) => ({
            provider,
            category,
            methods: ["oauth2"],
            comingSoon: comingSoon ?? false,
            position: AT,
            endPosition: AT
        })),
        arrayEnd: AT
    };
}

describe("category mapping", () => {
    it("maps the seed's ids to the shared file's display strings", () => {
        expect(categoryDisplayName("crm")).toBe("CRM & Sales");
        expect(categoryDisplayName("ecommerce")).toBe("E-commerce");
        expect(categoryDisplayName("database")).toBe("Databases");
        expect(categoryDisplayName("payments")).toBe("Payment Processing");
        expect(categoryDisplayName("customer_support")).toBe("Customer Support");
    });

    it("title-cases unknown ids and says they are unknown", () => {
        expect(isKnownCategory("event_ops")).toBe(false);
        expect(categoryDisplayName("event_ops")).toBe("Event Ops");
        expect(isKnownCategory("toString")).toBe(false);
    });

    it("matches sections, including (Additional) twins", () => {
        expect(sectionMatchesDisplayName("Communication", "Communication")).toBe(true);
        expect(sectionMatchesDisplayName("Communication (Additional)", "Communication")).toBe(true);
        expect(sectionMatchesDisplayName("Coming Soon", "CRM & Sales")).toBe(false);
    });
});

describe("hostCategoryNames", () => {
    const names = hostCategoryNames(
        registry([
            ["gusto", "hr"],
            ["workday", "hr"],
            ["slack", "communication"],
            ["discord", "communication"],
            ["instagram", "communication"],
            ["typeform", "forms_surveys"],
            ["zendesk", "support"]
        ]),
        shared([
            ["gusto", "HR"],
            ["workday", "HR"],
            ["slack", "Communication"],
            ["instagram", "Social Media"],
            ["discord", "Communication"],
            ["typeform", "Forms & Surveys"],
            ["zendesk", "Customer Support"],
            ["rippling", "HR & Payroll", true]
        ])
    );

    it("uses the name most of a category's providers carry, over the plugin's table", () => {
        expect(names.displayName("hr")).toBe("HR");
        expect(names.displayName("communication")).toBe("Communication");
        expect(names.displayName("forms_surveys")).toBe("Forms & Surveys");
        expect(names.displayName("support")).toBe("Customer Support");
        expect(names.isLearned("hr")).toBe(true);
    });

    it("judges a provider by the other providers of its category", () => {
        expect(names.othersDisplayName("communication", "instagram")).toBe("Communication");
        expect(names.othersDisplayName("hr", "gusto")).toBe("HR");
        // zendesk is the host's only "support" provider: there is nothing to learn from.
        expect(names.othersDisplayName("support", "zendesk")).toBeUndefined();
        expect(names.othersDisplayName("crm", "hubspot")).toBeUndefined();
    });

    it("falls back to the table for a category the host has no provider of", () => {
        expect(names.displayName("crm")).toBe("CRM & Sales");
        expect(names.isLearned("crm")).toBe(false);
    });

    it("maps display names back to the host's category, else the table's", () => {
        expect(names.categoryOf("HR")).toBe("hr");
        expect(names.categoryOf("Customer Support")).toBe("support");
        expect(names.categoryOf("CRM & Sales")).toBe("crm");
        expect(names.categoryOf("Nope")).toBeUndefined();
    });

    it("breaks ties by ALL_PROVIDERS order and ignores coming-soon elements", () => {
        const tie = hostCategoryNames(
            registry([
                ["sendgrid", "communication"],
                ["slack", "communication"],
                ["rippling", "hr"]
            ]),
            shared([
                ["slack", "Communication"],
                ["sendgrid", "Marketing"],
                ["rippling", "People", true]
            ])
        );
        expect(tie.displayName("communication")).toBe("Communication");
        expect(tie.displayName("hr")).toBe("HR & Payroll");
    });
});
