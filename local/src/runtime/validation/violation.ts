// One rejected spot in resolver code: the character offset and the reason shown to the developer.

export interface Violation {
  offset: number;
  reason: string;
}
