/**
 * Prints the page the production build makes for an address from the working tree's content:
 * `respondTo`, which every route handler of the build calls, with NODE_ENV=production, so drafts
 * and drafting notes are left out as in `npm run build`. The preview tests compare the pane with
 * it after saving. Usage: NODE_ENV=production tsx tests/editor/production-page.ts /plans/…
 */
import { respondTo } from "@/lib/render/respond";

if (process.env.NODE_ENV !== "production") throw new Error("Run with NODE_ENV=production.");
const [address] = process.argv.slice(2);
if (!address?.startsWith("/")) throw new Error("Give the page's address, e.g. /plans/x.");
const response = await respondTo(address);
if (response.status !== 200) throw new Error(`${address} answered ${response.status}.`);
process.stdout.write(await response.text());
