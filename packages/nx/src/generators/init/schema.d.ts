/** Options of the init generator (see schema.json). */
export interface InitGeneratorSchema {
    /** Also register the sync-contracts sync generator (adopt operation contracts). */
    contracts?: boolean;
    skipFormat?: boolean;
}
