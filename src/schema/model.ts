/**
 * The schema model: what the generic reader and writer need to know of a release, compiled from
 * the installed pack's XSDs (never committed). Only the XSD subset iWlz uses is modelled:
 * named and anonymous complex types with one xs:sequence of elements, and simple types that
 * restrict a built-in or another simple type. Attributes and choices do not occur in iWlz 2.2.
 */
export interface ElementDecl {
  name: string;
  ns: string;
  min: number;
  /** -1 for unbounded. */
  max: number;
  /** Key of the element's type in SchemaModel.types, or `xs:<builtin>`. */
  type: string;
}

export interface ComplexTypeDef {
  kind: 'complex';
  children: ElementDecl[];
}

export interface SimpleTypeDef {
  kind: 'simple';
  /** The built-in XSD type at the root of the restriction chain (`string`, `date`, `integer`, …). */
  builtin: string;
  /** The type this one restricts (a key in types, or `xs:<builtin>`). */
  base: string;
  enumerations?: string[];
  /** Documentation of each enumeration value, where the XSD gives one. */
  labels?: Record<string, string>;
  patterns?: string[];
  minLength?: number;
  maxLength?: number;
  minInclusive?: string;
  maxInclusive?: string;
}

export type TypeDef = ComplexTypeDef | SimpleTypeDef;

export interface MessageSchemaInfo {
  kind: string;
  namespace: string;
  file: string;
  /** Type key of the root element Bericht. */
  rootType: string;
  berichtXsdVersie?: string;
  berichtXsdMinVersie?: string;
  berichtXsdMaxVersie?: string;
  basisschemaXsdVersie?: string;
  basisschemaXsdMinVersie?: string;
  basisschemaXsdMaxVersie?: string;
}

export interface SchemaModel {
  release: string;
  basisNamespace: string;
  basisFile: string;
  messages: Record<string, MessageSchemaInfo>;
  types: Record<string, TypeDef>;
}

export function typeKey(ns: string, name: string): string {
  return `{${ns}}${name}`;
}

export function localTypeName(key: string): string {
  return key.startsWith('{') ? key.slice(key.indexOf('}') + 1) : key;
}
