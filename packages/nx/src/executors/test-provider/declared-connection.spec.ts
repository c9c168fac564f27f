import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { OPTIONS, SANDBOX_ROOT } from "../verify-provider/__fixtures__/sandbox";
import { readDeclaredConnections } from "./declared-connection";

describe("readDeclaredConnections", () => {
    const declared = readDeclaredConnections(SANDBOX_ROOT, OPTIONS.sharedProvidersFile);

    it("takes a text field's example placeholder, and skips one that is an instruction", () => {
        expect(declared("zendesk").fields).toEqual({ subdomain: "your-company" });
        // "Enter your CircleCI Personal API Token" tells the user what to do: no example value.
        expect(declared("circleci").apiKey).toBeUndefined();
    });

    it("lists the fields of the host's ConnectionData union, for every provider (declared or not)", () => {
        for (const id of ["zendesk", "no-such-provider"]) {
            expect(declared(id).dataFields).toEqual(
                expect.arrayContaining(["api_key", "access_token", "oauth_token", "username"])
            );
        }
        expect(declared("no-such-provider").fields).toEqual({});
    });

    it("takes a select's first option and the API key form's examples", () => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), "declared-"));
        const file = path.join(root, OPTIONS.sharedProvidersFile);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(
            file,
            `export const ALL_PROVIDERS = [
    {
        provider: "zoho-crm",
        methods: ["oauth2"],
        oauthSettings: [
            { name: "dataCenter", label: "Data center", placeholder: "Select your data center", required: true, type: "select", options: [{ value: "us", label: "US" }, { value: "eu", label: "EU" }] }
        ]
    },
    { provider: "posthog", methods: ["api_key"], apiKeySettings: { keyPlaceholder: "phc_xxxxx", secretPlaceholder: "https://us.i.posthog.com" } }
];
`
        );
        try {
            const read = readDeclaredConnections(root, OPTIONS.sharedProvidersFile);
            expect(read("zoho-crm").fields).toEqual({ dataCenter: "us" });
            expect(read("posthog")).toMatchObject({
                apiKey: "phc_xxxxx",
                apiSecret: "https://us.i.posthog.com",
                // No connection types imported: none known.
                dataFields: []
            });
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    });
});
