import { CONTRACT_FILE } from "../../../contracts/contract-file";
import { reviewContract } from "../../../contracts/contract-review";
import { describeChange } from "../../../contracts/classify";
import { inProvider } from "../rule";
import type { Rule } from "../rule";

export const contractOutOfDate: Rule = {
    id: "contract/out-of-date",
    severity: "warning",
    description:
        "The provider's committed operation contract (`contract.json`, where it has one) records everything its code adds (warning: `nx sync` writes it); a contract file that cannot be read is an error.",
    check(context) {
        const { sources } = context.provider;
        const text = sources.files.get(CONTRACT_FILE);
        const review = reviewContract(
            sources.workspacePath(CONTRACT_FILE),
            text,
            context.derivedContract
        );
        const at = (message: string, severity?: "error") =>
            inProvider(context, CONTRACT_FILE, { line: 1, column: 1 }, message, severity);
        switch (review.state) {
            case "unreadable":
                return [at(review.problem.reason, "error")];
            case "additive":
                return [
                    at(
                        `The contract is behind the code (${review.changes.length > 0 ? review.changes.map(describeChange).join("; ") : "schema details"}): run \`nx sync\` to write it.`
                    )
                ];
            default:
                return [];
        }
    }
};
