package io.jenkins.plugins.nixpacks.plan.providers;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nixpacks.plan.PlanException;

/**
 * Nx and Turborepo monorepos, after Nixpacks' {@code providers/node/nx.rs} and {@code turborepo.rs}: the build and
 * start of the app they name ({@code nx.json}'s defaultProject or {@code NIXPACKS_NX_APP_NAME};
 * {@code turbo.json}'s pipeline or {@code NIXPACKS_TURBO_APP_NAME}), production targets rather than development
 * servers ({@code nx serve}).
 */
final class Monorepo {
    private Monorepo() {}

    static String dlx(String pm) {
        return switch (pm) {
            case "pnpm" -> "pnpx";
            case "yarn" -> "yarn";
            default -> "npx";
        };
    }

    /** The build command of the monorepo tool, or null when it is not one (or names nothing to build). */
    static String buildCmd(App app, String pm, Environment env) throws PlanException {
        String nxApp = nxApp(app, env);
        if (nxApp != null) {
            return dlx(pm) + " nx run " + nxApp + ":build:production";
        }
        if (app.isFile("turbo.json")) {
            JsonNode turbo = app.readJson("turbo.json");
            if (turbo.path("pipeline").has("build") || turbo.path("tasks").has("build")) {
                return "npx turbo run build";
            }
            if (env.config("TURBO_APP_NAME") != null) {
                return dlx(pm) + " turbo run " + env.config("TURBO_APP_NAME") + ":build";
            }
        }
        return null;
    }

    /** The start command of the monorepo tool, or null. */
    static String startCmd(App app, String pm, Environment env) throws PlanException {
        String nxApp = nxApp(app, env);
        if (nxApp != null) {
            JsonNode targets = project(app, nxApp).path("targets");
            JsonNode build = targets.path("build");
            String output = build.path("options").path("outputPath").asText("dist/apps/" + nxApp);
            if (targets.has("start")) {
                boolean production =
                        targets.path("start").path("configurations").has("production");
                return dlx(pm) + " nx run " + nxApp + ":start" + (production ? ":production" : "");
            }
            String executor = build.path("executor").asText("");
            if (executor.equals("@nx/next:build") || executor.equals("@nrwl/next:build")) {
                return "cd " + output + " && npm run start";
            }
            String main = build.path("options").path("main").asText(null);
            if (main != null) {
                String file = main.substring(main.lastIndexOf('/') + 1);
                int dot = file.lastIndexOf('.');
                return "node " + output + "/" + (dot > 0 ? file.substring(0, dot) : file) + ".js";
            }
            return "node " + output + "/index.js";
        }
        if (app.isFile("turbo.json")) {
            String name = env.config("TURBO_APP_NAME");
            if (name != null) {
                return switch (pm) {
                    case "pnpm" -> "pnpm --filter " + name + " run start";
                    case "yarn" -> "yarn workspace " + name + " run start";
                    default -> pm + " --workspace " + name + " run start";
                };
            }
            JsonNode turbo = app.readJson("turbo.json");
            if (turbo.path("pipeline").has("start") || turbo.path("tasks").has("start")) {
                return "npx turbo run start";
            }
        }
        return null;
    }

    /** The Nx app to build: named and with an {@code apps/<name>/project.json}, or null. */
    private static String nxApp(App app, Environment env) throws PlanException {
        if (!app.isFile("nx.json")) {
            return null;
        }
        String name = env.config("NX_APP_NAME");
        if (name == null) {
            name = app.readJson("nx.json").path("defaultProject").asText(null);
        }
        return name != null && app.isFile("apps/" + name + "/project.json") ? name : null;
    }

    private static JsonNode project(App app, String name) throws PlanException {
        return app.readJson("apps/" + name + "/project.json");
    }
}
