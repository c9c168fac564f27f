/** Options of the init generator (see schema.json). */
export interface InitGeneratorSchema {
    skipFormat?: boolean;
}
