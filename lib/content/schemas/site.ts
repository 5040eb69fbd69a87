import { z } from "zod";

export const siteSchema = z
  .object({
    name: z.string().min(1).meta({
      title: "Council name",
      description: "The council's full name, e.g. Oxfordshire County Council.",
    }),
    shortName: z.string().min(1).meta({
      title: "Short name",
      description: "A short name for the top of every page, e.g. Oxfordshire.",
    }),
    siteTitle: z.string().min(1).meta({
      title: "Site title",
      description: "The site's title: it ends the title of every page.",
    }),
    description: z.string().min(1).meta({
      title: "Description",
      description: "One sentence about the site, shown by search engines.",
    }),
    siteUrl: z.url().meta({
      title: "Site's web address",
      description:
        "The public web address of the site, starting with https://, e.g. https://strategy.oxfordshire.gov.uk.",
    }),
  })
  .strict();

export type SiteFrontmatter = z.infer<typeof siteSchema>;
