import { camelCase, constantCase, kebabCase, mcpToolName, operationNames, providerNames, snakeCase, titleCase } from "./names";

describe("names", () => {
    it.each([
        ["acme-chat", "AcmeChat", "acmeChat", "ACME_CHAT", "acme_chat"],
        ["acme-360", "Acme360", "acme360", "ACME_360", "acme_360"],
        ["bill-com", "BillCom", "billCom", "BILL_COM", "bill_com"],
        ["google-sheets", "GoogleSheets", "googleSheets", "GOOGLE_SHEETS", "google_sheets"]
    ])("derives every identifier from %s", (id, pascal, camel, constant, snake) => {
        const names = providerNames(id);
        expect(names.classPrefix).toBe(pascal);
        expect(names.providerClass).toBe(`${pascal}Provider`);
        expect(names.clientClass).toBe(`${pascal}Client`);
        expect(names.mcpAdapterClass).toBe(`${pascal}MCPAdapter`);
        expect(names.camel).toBe(camel);
        expect(names.constant).toBe(constant);
        expect(names.toolPrefix).toBe(snake);
    });

    it("keeps a brand-cased class prefix", () => {
        expect(providerNames("adp", "ADP").providerClass).toBe("ADPProvider");
        expect(providerNames("adp", "ADP").camel).toBe("adp");
    });

    it("derives operation names", () => {
        expect(operationNames("sendMessage")).toEqual({
            id: "sendMessage",
            pascal: "SendMessage",
            schema: "sendMessageSchema",
            paramsType: "SendMessageParams",
            definition: "sendMessageOperation",
            execute: "executeSendMessage",
            clientMethod: "sendMessage"
        });
    });

    it("converts between cases", () => {
        expect(camelCase("google")).toBe("google");
        expect(kebabCase("googleSheets")).toBe("google-sheets");
        expect(constantCase("sendMessage")).toBe("SEND_MESSAGE");
        expect(snakeCase("acme-chat")).toBe("acme_chat");
        expect(titleCase("listChannels")).toBe("List Channels");
        expect(mcpToolName("acme-chat", "sendMessage")).toBe("acme_chat_sendMessage");
    });
});
