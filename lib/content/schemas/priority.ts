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
import { formerNumbersSchema, withdrawnSchema } from "./withdrawn";

export const objectiveSchema = z
  .object({
    number: z.number().int().positive().meta({
      title: "Number",
      description:
        "The objective's number in its priority, part of its reference. Never reuse one, or change it once published.",
    }),
    text: z
      .string()
      .min(1)
      .meta({ title: "Text", description: "The objective, in the council's words." }),
    themes: crossThemesSchema,
    updates: updatesSchema,
    measures: measuresSchema,
    draftingNotes: draftingNotesSchema,
    withdrawn: withdrawnSchema,
    formerNumbers: formerNumbersSchema,
    ...changeNoteFields,
  })
  .strict()
  .meta({ title: "Objective" });

const leadSchema = z
  .union([
    refSchema("lead service"),
    z.array(refSchema("lead service").meta({ title: "Lead service" })).min(1),
  ])
  .optional()
  .meta({
    title: "Lead service",
    description:
      "The service that leads the action; choose two or more for a joint lead. Leave empty while the plan names no lead.",
  });

export const actionSchema = z
  .object({
    number: z.number().int().positive().meta({
      title: "Number",
      description:
        "The action's number in the delivery plan, part of its reference (e.g. CP18-2.16). Never reuse one, or change it once published.",
    }),
    group: z.string().min(1).meta({
      title: "Heading",
      description: "The delivery plan's sub-heading the action sits under.",
    }),
    text: z
      .string()
      .min(1)
      .meta({ title: "Text", description: "What the council will do, in its own words." }),
    lead: leadSchema,
    leadAsWritten: z.string().min(1).optional().meta({
      title: "Lead as the plan writes it",
      description:
        "Only where the plan's wording of the lead differs from the service's name: one of the names the service is known by (e.g. Legal & Governance), that name and ? where the plan queries the lead (Policy?), or ? where the plan names no lead. Change or empty it when you change the lead.",
    }),
    leadCertainty: z.enum(["confirmed", "tentative"]).optional().meta({
      title: "How sure the lead is",
      description:
        "tentative where the plan names a lead but queries it (it writes Policy?): residents are told it is not yet confirmed. Leave empty for a confirmed lead.",
    }),
    memberLead: z.string().min(1).optional().meta({
      title: "Member lead",
      description: "The member lead or portfolio holder. Leave empty while not confirmed.",
    }),
    themes: crossThemesSchema,
    updates: updatesSchema,
    draftingNotes: draftingNotesSchema,
    withdrawn: withdrawnSchema,
    formerNumbers: formerNumbersSchema,
    ...changeNoteFields,
  })
  .strict()
  .meta({ title: "Action" });

export const prioritySchema = z
  .object({
    id: idSchema,
    number: z.number().int().positive().meta({
      title: "Priority number",
      description:
        "The priority's number in its plan, part of its reference (e.g. CP18-2). Never change it once published.",
    }),
    title: z
      .string()
      .min(1)
      .meta({ title: "Title", description: "The priority, in the council's words." }),
    shortTitle: z.string().min(1).optional().meta({
      title: "Short title",
      description: "A shorter name for menus, where the title is a whole sentence.",
    }),
    planTheme: z.string().min(1).optional().meta({
      title: "Theme of the plan",
      description: "The plan's own theme this priority sits under, chosen from the list.",
    }),
    commitment: z.string().min(1).optional().meta({
      title: "“We will” commitment",
      description: "The commitment, in the council's words.",
    }),
    summary: z.string().min(1).optional().meta({
      title: "Summary",
      description:
        "One or two sentences for lists and search engines. The commitment or the title is used when it is empty.",
    }),
    themes: crossThemesSchema,
    relatedPriorities: z
      .array(
        z
          .string()
          .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { message: "'<plan id>/<priority id>'" })
          .meta({
            title: "Related priority",
            description:
              "The end of the plan's web address, a slash, and the end of the priority's, e.g. strategic-plan-2022-25/climate-emergency.",
          }),
      )
      .optional()
      .meta({
        title: "Related priorities in other plans",
        description:
          "Priorities of other plans this one carries forward, each written as the end of the plan's web address, a slash, and the end of the priority's, e.g. strategic-plan-2022-25/climate-emergency.",
      }),
    objectives: z
      .array(objectiveSchema)
      .optional()
      .meta({ title: "Objectives", description: "The objectives and areas of focus." }),
    measures: measuresSchema,
    actions: z
      .array(actionSchema)
      .optional()
      .meta({ title: "Actions", description: "The delivery plan's actions." }),
    draftingNotes: draftingNotesSchema,
    withdrawn: withdrawnSchema,
    formerIds: formerIdsSchema,
    draft: draftSchema,
    ...changeNoteFields,
  })
  .strict();

export type PriorityFrontmatter = z.infer<typeof prioritySchema>;
export type ObjectiveFrontmatter = z.infer<typeof objectiveSchema>;
export type ActionFrontmatter = z.infer<typeof actionSchema>;
