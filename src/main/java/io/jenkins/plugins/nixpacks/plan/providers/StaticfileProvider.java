package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.Map;

/**
 * Static sites, after Nixpacks' {@code providers/staticfile.rs}: nginx serves the root folder with a generated
 * {@code /assets/nginx.conf}. The start command is POSIX sh (Nixpacks' uses bash's {@code [[}).
 */
final class StaticfileProvider implements Provider {
    static final String IMAGE = "nginx:stable";

    @Override
    public String name() {
        return "staticfile";
    }

    @Override
    public String lookedFor() {
        return "Staticfile, index.html, public/, dist/ or index/";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("Staticfile")
                || app.isDirectory("public")
                || app.isDirectory("index")
                || app.isDirectory("dist")
                || app.isFile("index.html");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        Map<String, String> staticfile = Procfile.parseKeyValues(app.readTextOrEmpty("Staticfile"));
        BuildPlan.Builder plan = BuildPlan.builder()
                .buildImage(IMAGE)
                .phase("setup", Phase.builder().build())
                .startCmd("[ -z \"${PORT}\" ] && echo \"Environment variable PORT not found. Using PORT 80\""
                        + " || sed -i \"s/0.0.0.0:80/$PORT/g\" /assets/nginx.conf && nginx -c /assets/nginx.conf")
                .runImage(IMAGE);
        String mimeTypes = "include /etc/nginx/mime.types;";
        if (app.isFile("mime.types")) {
            plan.staticAsset("mime.types", app.readText("mime.types"));
            mimeTypes = "include mime.types;";
        }
        String auth = "";
        if (app.isFile("Staticfile.auth")) {
            plan.staticAsset(".htpasswd", app.readText("Staticfile.auth"));
            auth = "auth_basic \"Password Required\";\n            auth_basic_user_file /assets/.htpasswd;";
        }
        String root = root(app, env, staticfile.getOrDefault("root", ""));
        String conf = String.join(
                "\n",
                "daemon off;",
                "error_log /dev/stdout info;",
                "worker_processes auto;",
                "events {",
                "    worker_connections 1024;",
                "}",
                "",
                "http {",
                "    " + mimeTypes,
                "    access_log /dev/stdout;",
                "    default_type application/octet-stream;",
                "    sendfile on;",
                "    keepalive_timeout 60;",
                "    types_hash_max_size 4096;",
                "    server {",
                "        listen 0.0.0.0:80;",
                "        gzip " + staticfile.getOrDefault("gzip", "on") + ";",
                "        root /app/" + root + ";",
                "        location / {",
                auth.isEmpty() ? "" : "            " + auth,
                "            autoindex " + staticfile.getOrDefault("directory", "off") + ";",
                "        }",
                "    }",
                "}",
                "");
        plan.staticAsset("nginx.conf", conf);
        return plan.build();
    }

    private static String root(App app, Environment env, String fromStaticfile) {
        String configured = env.config("STATICFILE_ROOT");
        if (configured != null) {
            return configured;
        }
        if (!fromStaticfile.isEmpty()) {
            return fromStaticfile;
        }
        for (String dir : new String[] {"public", "dist", "index"}) {
            if (app.isDirectory(dir)) {
                return dir;
            }
        }
        return "";
    }
}
