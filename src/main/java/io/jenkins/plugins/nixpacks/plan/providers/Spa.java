package io.jenkins.plugins.nixpacks.plan.providers;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nixpacks.plan.Phase;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Single-page apps built with Vite, after Nixpacks' {@code providers/node/spa}: the build output is served by Caddy
 * (a {@code caddy} phase, {@code /assets/Caddyfile}, {@code NIXPACKS_SPA_OUTPUT_DIR}) instead of a development
 * server. Caddy comes from Debian's package. {@code NIXPACKS_SPA_CADDY=false} turns it off;
 * {@code NIXPACKS_SPA_OUT_DIR} names the output folder.
 */
final class Spa {
    static final String CADDYFILE_ASSET = "Caddyfile";
    static final String START = "exec caddy run --config /assets/Caddyfile --adapter caddyfile 2>&1";

    private static final Pattern CONFIG_OUT_DIR = Pattern.compile("outDir:\\s*['\"`](.*?)['\"`]");
    private static final Pattern SCRIPT_OUT_DIR =
            Pattern.compile("vite\\s+build(?:\\s+-\\S*)*\\s+--outDir\\s+([^-\\s;]+)");

    /**
     * Our Caddyfile: listen on $PORT (3000 without), no admin API or automatic HTTPS (a platform's proxy terminates
     * TLS), JSON logs, gzip, and every unknown path answered with index.html for client-side routing.
     */
    static final String CADDYFILE = String.join(
            "\n",
            "{",
            "\tadmin off",
            "\tpersist_config off",
            "\tauto_https off",
            "\tlog {",
            "\t\tformat json",
            "\t}",
            "\tservers {",
            "\t\ttrusted_proxies static private_ranges",
            "\t}",
            "}",
            "",
            ":{$PORT:3000} {",
            "\tlog {",
            "\t\tformat json",
            "\t}",
            "\trewrite /health /*",
            "\troot * /app/{$NIXPACKS_SPA_OUTPUT_DIR}",
            "\tencode gzip",
            "\tfile_server",
            "\ttry_files {path} /index.html",
            "}",
            "");

    private Spa() {}

    static boolean isVite(App app, JsonNode pkg) {
        return hasDependency(pkg, "vite")
                || app.isFile("vite.config.js")
                || app.isFile("vite.config.ts")
                || pkg.path("scripts")
                        .path("build")
                        .asText("")
                        .toLowerCase(Locale.ROOT)
                        .contains("vite build");
    }

    /** Caddy serves the app: a Vite app of a client-side framework (not a server-rendered one), unless turned off. */
    static boolean servesWithCaddy(App app, JsonNode pkg, Environment env) {
        String flag = env.config("SPA_CADDY");
        if (flag != null && (flag.equalsIgnoreCase("false") || flag.equals("0"))) {
            return false;
        }
        return isVite(app, pkg) && (clientFramework(pkg) || env.config("SPA_OUT_DIR") != null);
    }

    private static boolean clientFramework(JsonNode pkg) {
        return (hasDependency(pkg, "react")
                        && !hasDependency(pkg, "@remix-run/react")
                        && !hasDependency(pkg, "@react-router/node"))
                || hasDependency(pkg, "vue")
                || (hasDependency(pkg, "svelte") && !hasDependency(pkg, "@sveltejs/kit"))
                || hasDependency(pkg, "preact")
                || hasDependency(pkg, "lit")
                || hasDependency(pkg, "solid-js")
                || hasDependency(pkg, "@builder.io/qwik");
    }

    static String outputDir(App app, JsonNode pkg, Environment env) {
        if (env.config("SPA_OUT_DIR") != null) {
            return env.config("SPA_OUT_DIR");
        }
        String config = app.isFile("vite.config.js")
                ? app.readTextOrEmpty("vite.config.js")
                : app.readTextOrEmpty("vite.config.ts");
        Matcher m = CONFIG_OUT_DIR.matcher(config);
        if (m.find()) {
            return m.group(1);
        }
        m = SCRIPT_OUT_DIR.matcher(pkg.path("scripts").path("build").asText(""));
        return m.find() ? m.group(1) : "dist";
    }

    /** What the run stage needs to serve the app: Caddy. */
    static final List<String> RUN_APT_PKGS = List.of("caddy");

    static Phase caddyPhase() {
        return Phase.builder()
                .dependsOn("setup")
                .aptPkgs(RUN_APT_PKGS)
                .cmd("caddy fmt --overwrite /assets/Caddyfile")
                .build();
    }

    static boolean hasDependency(JsonNode pkg, String name) {
        return pkg.path("dependencies").has(name) || pkg.path("devDependencies").has(name);
    }
}
