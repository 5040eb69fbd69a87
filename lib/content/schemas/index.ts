/** The schema of each kind is declared with its kind, in the table of kinds (../kinds.ts). */
export { schemaByKind, type FrontmatterOf } from "../kinds";
