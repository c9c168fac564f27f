import { checkRuntime, firstCaseLine, observedCase, providerFile } from "../__fixtures__/runtime";
import { fixtureOperationRegistered } from "./fixture-operation-registered";

const operations = [{ id: "getTicket", acceptsEmptyInput: false }];

describe(fixtureOperationRegistered.id, () => {
    it("passes fixtures of registered operations", () => {
        const cases = [observedCase({ operationId: "getTicket" })];
        expect(
            checkRuntime(fixtureOperationRegistered, "zendesk", { operations, fixtures: { cases } })
        ).toEqual([]);
    });

    it("reports a fixture of an unregistered operation once, at its first case", () => {
        const cases = [
            observedCase({ operationId: "getTicket", fixtureIndex: 0 }),
            observedCase({ operationId: "listTickets", fixtureIndex: 1 }),
            observedCase({ operationId: "listTickets", fixtureIndex: 1, index: 1 })
        ];
        expect(
            checkRuntime(fixtureOperationRegistered, "zendesk", { operations, fixtures: { cases } })
        ).toEqual([
            expect.objectContaining({
                file: providerFile("zendesk", "fixtures.ts"),
                line: firstCaseLine("zendesk", "listTickets"),
                operationId: "listTickets",
                message: expect.stringContaining(
                    'operation "listTickets", which the provider does not register'
                )
            })
        ]);
    });
});
