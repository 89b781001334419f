/** The longest note, in characters: the form's limit and the schema's (client-safe). */
export const NOTE_MAX_LENGTH = 2000;
