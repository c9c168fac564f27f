// Reply shapes of the (fictional) Slack endpoints this model calls.

export interface SlackMessageResponse {
    ok: boolean;
    stamp: string;
    room: string;
}

export interface SlackConversation {
    id: string;
    title: string;
    visibility: "open" | "invite_only";
    archived: boolean;
    headcount?: number;
}

export interface SlackConversationsResponse {
    ok: boolean;
    rooms: SlackConversation[];
    more_after?: string;
}
