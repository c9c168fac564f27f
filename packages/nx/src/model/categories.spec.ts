import { categoryDisplayName, categoryForDisplayName, isKnownCategory, sectionMatchesCategory } from "./categories";

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
        expect(sectionMatchesCategory("Communication", "communication")).toBe(true);
        expect(sectionMatchesCategory("Communication (Additional)", "communication")).toBe(true);
        expect(sectionMatchesCategory("CRM & Sales", "crm")).toBe(true);
        expect(sectionMatchesCategory("Coming Soon", "crm")).toBe(false);
    });

    it("maps display strings back", () => {
        expect(categoryForDisplayName("HR & Payroll")).toBe("hr");
        expect(categoryForDisplayName("Nope")).toBeUndefined();
    });
});
