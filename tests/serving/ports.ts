/**
 * The ports of the servers the serving suite starts (tests/playwright.serving.config.ts):
 * SERVING_PORTS="<npm start>,<next start>,<nginx>,<a second nginx for the deploy test>".
 */
const [npmStart = 4114, nextStart = 4113, nginx = 4115, deployNginx = 4116] = (
  process.env.SERVING_PORTS ?? ""
)
  .split(",")
  .filter(Boolean)
  .map(Number);

export const PORTS = { npmStart, nextStart, nginx, deployNginx };
