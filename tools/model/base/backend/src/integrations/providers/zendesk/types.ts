import type { OAuth2TokenData } from "../../../storage/models/Connection";

/**
 * Zendesk connection data extends OAuth2 with subdomain
 */
export interface ZendeskConnectionData extends OAuth2TokenData {
    subdomain: string;
}

export type TicketStatus = "new" | "open" | "pending" | "hold" | "solved" | "closed";

export type TicketPriority = "urgent" | "high" | "normal" | "low";

export interface ZendeskTicket {
    id: number;
    url: string;
    subject: string;
    description: string;
    status: TicketStatus;
    priority: TicketPriority | null;
    requester_id: number;
    assignee_id: number | null;
    tags: string[];
    created_at: string;
    updated_at: string;
}

export interface ZendeskUser {
    id: number;
    url: string;
    name: string;
    email: string;
    role: "end-user" | "agent" | "admin";
    time_zone: string;
    created_at: string;
    updated_at: string;
}

export interface ZendeskPagination {
    next_page: string | null;
    previous_page: string | null;
    count: number;
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
