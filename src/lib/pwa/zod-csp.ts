// Zod 4, the first time a z.object() is built, probes `new Function('')` to decide whether to
// compile fast parsers. Our Content-Security-Policy forbids eval, so the probe is refused (and
// caught), but Chromium still reports a `securitypolicyviolation` on every page that builds a
// schema. `jitless` skips the probe (Zod then always uses its interpreted parsers).
//
// astro.config.mjs aliases the bare specifier `zod` to this module, so every `import { z } from
// 'zod'` gets a configured Zod, and this body runs before any importing module builds a schema.
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };
