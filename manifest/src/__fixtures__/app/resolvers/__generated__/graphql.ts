// Fixture: codegen output; discovery ignores this folder.
export type QueryGetNoteArgs = { id: string };
