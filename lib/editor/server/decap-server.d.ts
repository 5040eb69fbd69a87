/** decap-server ships no types: the one function the editor's file proxy mounts. */
declare module "decap-server/dist/middlewares" {
  import type { Express } from "express";

  const middlewares: {
    /** Adds decap-server's local file handler (POST /api/v1) to `app`. */
    registerLocalFs(app: Express, options?: { logLevel?: string }): Promise<void>;
  };
  export default middlewares;
}
