import { CONTRACT_FILE } from "../../../contracts/contract-file";
import { changeLine, reviewContract } from "../../../contracts/contract-review";
import { breakingChangeMessage } from "../../../contracts/contract-status";
import { inProvider } from "../rule";
import type { Rule } from "../rule";

export const contractBreakingChange: Rule = {
    id: "contract/breaking-change",
    severity: "error",
    description:
        "The provider's code keeps its committed operation contract: no operation, trigger or MCP tool removed or renamed, no input property removed, made required or added as required without a default, no type narrowed, no enum value removed, no read operation made write, unless the contract acknowledges it with a reason.",
    check(context) {
        const { sources } = context.provider;
        const text = sources.files.get(CONTRACT_FILE);
        const file = sources.workspacePath(CONTRACT_FILE);
        const review = reviewContract(file, text, context.derivedContract);
        if (review.state !== "breaking") return [];
        return review.breaking.map((change) =>
            inProvider(
                context,
                CONTRACT_FILE,
                { line: changeLine(text, change), column: 1 },
                breakingChangeMessage(sources.id, file, change)
            )
        );
    }
};
