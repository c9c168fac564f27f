// Get Ticket
export { getTicketOperation, executeGetTicket } from "./getTicket";
export type { GetTicketParams } from "./getTicket";

// List Tickets
export { listTicketsOperation, executeListTickets } from "./listTickets";
export type { ListTicketsParams } from "./listTickets";
