/**
 * ADP API types
 */

export interface ADPEmail {
    emailUri: string;
    nameCode?: { codeValue: string };
}

export interface ADPWorker {
    associateOID: string;
    workerID: { idValue: string };
    person: {
        legalName: {
            givenName: string;
            familyName1: string;
            formattedName: string;
        };
    };
    workerStatus: { statusCode: { codeValue: string } };
    workerDates: {
        originalHireDate: string;
        terminationDate: string | null;
    };
    businessCommunication: {
        emails: ADPEmail[];
    };
}

export interface ADPPayStatement {
    payStatementID: string;
    payDate: string;
    payPeriod: {
        startDate: string;
        endDate: string;
    };
    grossPayAmount: {
        amountValue: number;
        currencyCode: string;
    };
    netPayAmount: {
        amountValue: number;
        currencyCode: string;
    };
}

/**
 * ADP API Response wrapper for collections
 */
export interface ADPCollectionResponse<T> {
    workers?: T[];
    payStatements?: T[];
}
