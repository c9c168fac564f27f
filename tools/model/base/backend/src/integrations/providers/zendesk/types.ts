import type { OAuth2TokenData } from "../../../storage/models/Connection";

/** Zendesk tokens are only good on the account's own subdomain, stored with them. */
export interface ZendeskConnectionData extends OAuth2TokenData {
    subdomain: string;
}

export type TicketStatus = "open" | "waiting" | "closed";

export type TicketPriority = "low" | "normal" | "high";

export interface ZendeskTicket {
    id: number;
    headline: string;
    state: TicketStatus;
    urgency: TicketPriority | null;
    opened_by: number;
    labels: string[];
    opened_at: string;
}

export interface ZendeskUser {
    id: number;
    display_name: string;
    email: string;
    kind: "customer" | "agent";
}

export interface ZendeskPagination {
    after_cursor: string | null;
    total: number;
}

export interface TicketResponse {
    ticket: ZendeskTicket;
}

export interface TicketsResponse extends ZendeskPagination {
    tickets: ZendeskTicket[];
}

export interface UserResponse {
    user: ZendeskUser;
}
