import { z } from "zod";

export const siteSchema = z
  .object({
    name: z.string().min(1).describe("The council's name, e.g. 'Oxfordshire County Council'."),
    shortName: z.string().min(1).describe("A short name for the header, e.g. 'Oxfordshire'."),
    siteTitle: z.string().min(1).describe("The site's title, used in every page title."),
    description: z
      .string()
      .min(1)
      .describe("One sentence describing the site, for search engines."),
    siteUrl: z.url().describe("The public address of the site, used for canonical links."),
  })
  .strict();

export type SiteFrontmatter = z.infer<typeof siteSchema>;
