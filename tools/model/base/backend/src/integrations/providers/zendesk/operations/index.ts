// Ticket Operations
export {
    getTicketOperation,
    executeGetTicket,
    listTicketsOperation,
    executeListTickets
} from "./tickets";

export type { GetTicketParams, ListTicketsParams } from "./tickets";

// User Operations
export { getCurrentUserOperation, executeGetCurrentUser } from "./users";

export type { GetCurrentUserParams } from "./users";
