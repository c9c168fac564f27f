// Shapes of the (fictional) ADP endpoints this model calls.

export interface ADPEmail {
    address: string;
    usage?: "work" | "home";
}

export interface ADPWorker {
    oid: string;
    badge: string;
    full_name: string;
    employment: "active" | "leave" | "ended";
    started_on: string;
    ended_on?: string;
    emails: ADPEmail[];
}

export interface ADPPayStatement {
    statement_id: string;
    paid_on: string;
    period: { from: string; to: string };
    gross: number;
    net: number;
    currency: string;
}

/** Collections come back under `items`, with `more` while pages remain. */
export interface ADPCollectionResponse<T> {
    items: T[];
    more?: boolean;
}
