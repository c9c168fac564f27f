import * as path from "path";
import type { OperationSelection } from "../selection";

/**
 * Real public API descriptions: documents of the APIs.guru collection committed beside this file
 * (`openapi-documents/`, whose README names each one's source and licence) and
 * `@readme/oas-examples` (a devDependency: ReadMe's examples; its Swagger 2.0 and 3.1 petstores,
 * USPTO, STAPI, Train Travel and ReadMe's own API). Shared by the mapping tests, the compile test
 * and the benchmark.
 */

const DIRECTORY = path.join(__dirname, "openapi-documents");
const OAS_EXAMPLES = path.resolve(__dirname, "../../../../../node_modules/@readme/oas-examples");

export interface RealDocument {
    /** Provider id to generate it as. */
    id: string;
    file: string;
    selection: OperationSelection;
}

function directory(id: string, file: string, selection: OperationSelection = {}): RealDocument {
    return { id, file: path.join(DIRECTORY, file), selection };
}

function example(id: string, file: string, selection: OperationSelection = {}): RealDocument {
    return { id, file: path.join(OAS_EXAMPLES, file), selection };
}

export const REAL_DOCUMENTS: RealDocument[] = [
    example("swagger-petstore", "2.0/json/petstore.json", { tags: ["pet"] }),
    example("petstore-expanded", "2.0/yaml/petstore-expanded.yaml"),
    example("uspto", "3.0/json/uspto.json"),
    example("stapi", "3.0/json/star-trek.json", { tags: ["Character"] }),
    example("train-travel", "3.1/json/train-travel.json"),
    example("readme", "3.1/json/readme.json", { tags: ["Categories"] }),
    example("petstore-next", "3.1/yaml/petstore.yaml", { tags: ["store"] }),
    directory("trello", "trello.com.json", { tags: ["board"] }),
    directory("slack-web", "slack.com.json", { tags: ["chat"] }),
    directory("github", "github.com/api.github.com.json", { tags: ["issues"] }),
    directory("stripe", "stripe.com.json", {
        operationIds: [
            "GetCustomers",
            "PostCustomers",
            "GetCustomersCustomer",
            "DeleteCustomersCustomer"
        ]
    }),
    directory("asana", "asana.com.json", { tags: ["Tasks"] }),
    directory("box", "box.com.json", { tags: ["Files"] }),
    directory("digitalocean", "digitalocean.com.json", { tags: ["Droplets"] }),
    directory("gitlab", "gitlab.com.json", { tags: ["groups"] }),
    directory("sendgrid-v3", "sendgrid.com.json", { tags: ["API Keys"] }),
    directory("spotify", "spotify.com.json", { tags: ["Playlists"] }),
    directory("xero", "xero.com/xero_accounting.json", {
        operationIds: ["getInvoices", "createInvoices", "getInvoice", "updateInvoice"]
    }),
    directory("zoom", "zoom.us.json", { tags: ["Meetings"] }),
    directory("nytimes", "nytimes.com/article_search.json"),
    directory("giphy", "giphy.com.json"),
    directory("circleci", "circleci.com.json"),
    directory("vercel", "vercel.com.json", { tags: ["projects"] }),
    directory("listennotes", "listennotes.com.json", { tags: ["Search API"] }),
    directory("adyen-checkout", "adyen.com/CheckoutService-v71.json", { tags: ["Payments"] }),
    directory("jira", "atlassian.com/jira.json", { tags: ["Issues"] }),
    directory("ebay-sell-account", "ebay.com/sell-account.json"),
    directory("twilio", "twilio.com/api.json", { tags: ["Api20100401Message"] }),
    directory("pandascore", "pandascore.co.json", { tags: ["Matches"] }),
    directory("postmark", "postmarkapp.com/server.json", { tags: ["Bounces API"] })
];
