/** The otforms release written into every record's provenance; a test keeps it equal to package.json. */
export const OTFORMS_VERSION = '0.1.0';
