import { z } from "zod";
import {
  crossThemesSchema,
  draftSchema,
  draftingNotesSchema,
  formerIdsSchema,
  idSchema,
  refSchema,
} from "./common";
import { changeNoteFields } from "./change-note";
import { measuresSchema, updatesSchema } from "./progress";

export const objectiveSchema = z
  .object({
    number: z
      .number()
      .int()
      .positive()
      .describe(
        "The objective's number within its priority; part of its reference. Never reuse one.",
      ),
    text: z.string().min(1).describe("The objective, in the council's words."),
    themes: crossThemesSchema,
    updates: updatesSchema,
    measures: measuresSchema,
    draftingNotes: draftingNotesSchema,
    ...changeNoteFields,
  })
  .strict();

const leadSchema = z
  .union([refSchema("lead service"), z.array(refSchema("lead service")).min(1)])
  .optional()
  .describe(
    "Id of the lead service (content/services/), or a list of ids for a joint lead. Leave out while the lead is not confirmed.",
  );

export const actionSchema = z
  .object({
    number: z
      .number()
      .int()
      .positive()
      .describe(
        "The action's number in the delivery plan; part of its reference. Never reuse one.",
      ),
    group: z.string().min(1).describe("The delivery plan's sub-heading the action sits under."),
    text: z.string().min(1).describe("What the council will do, in its own words."),
    lead: leadSchema,
    leadAsWritten: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The lead exactly as the delivery plan writes it, where that differs from the service's name: 'Legal & Governance', 'Policy?', or '?' where the plan names no lead. Shown beside the lead and in open data.",
      ),
    leadCertainty: z
      .enum(["confirmed", "tentative"])
      .optional()
      .describe(
        "'tentative' where the plan names a lead but queries it (it writes 'Policy?'); residents are told it is not yet confirmed. Leave out for a confirmed lead.",
      ),
    memberLead: z
      .string()
      .min(1)
      .optional()
      .describe("The member lead or portfolio holder. Leave out while not confirmed."),
    themes: crossThemesSchema,
    updates: updatesSchema,
    draftingNotes: draftingNotesSchema,
    ...changeNoteFields,
  })
  .strict();

export const prioritySchema = z
  .object({
    id: idSchema,
    number: z
      .number()
      .int()
      .positive()
      .describe("The priority's number in its plan; part of its reference (e.g. CP18-2)."),
    title: z.string().min(1).describe("The priority, in the council's words."),
    shortTitle: z
      .string()
      .min(1)
      .optional()
      .describe("A shorter name for navigation, where the title is a whole sentence."),
    planTheme: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Id of the plan's own theme this priority sits under (content/plans/<plan>/themes/).",
      ),
    commitment: z
      .string()
      .min(1)
      .optional()
      .describe("The 'We will' commitment, in the council's words."),
    summary: z
      .string()
      .min(1)
      .optional()
      .describe(
        "One or two sentences for lists and search engines; the commitment or title is used when left out.",
      ),
    themes: crossThemesSchema,
    relatedPriorities: z
      .array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { message: "'<plan id>/<priority id>'" }))
      .optional()
      .describe(
        "Priorities of other plans this one carries forward, as '<plan id>/<priority id>'.",
      ),
    objectives: z.array(objectiveSchema).optional().describe("The objectives and areas of focus."),
    measures: measuresSchema,
    actions: z.array(actionSchema).optional().describe("The delivery-plan actions."),
    draftingNotes: draftingNotesSchema,
    formerIds: formerIdsSchema,
    draft: draftSchema,
    ...changeNoteFields,
  })
  .strict();

export type PriorityFrontmatter = z.infer<typeof prioritySchema>;
export type ObjectiveFrontmatter = z.infer<typeof objectiveSchema>;
export type ActionFrontmatter = z.infer<typeof actionSchema>;
