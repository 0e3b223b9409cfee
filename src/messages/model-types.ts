/**
 * The generic typed model of a message: an element with element children is an object keyed by
 * the children's local names; a leaf is its text as a string, never coerced (`0001` stays
 * `0001`, `3,5` stays `3,5`, dates stay `YYYY-MM-DD`); an element the schema lets repeat is an
 * array, even with one item. The generated types in src/messages/generated/ narrow this per kind.
 */
export type XmlValue = string | XmlRecord | XmlValue[];
export interface XmlRecord {
  [name: string]: XmlValue | undefined;
}
