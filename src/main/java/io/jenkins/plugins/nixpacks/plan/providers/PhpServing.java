package io.jenkins.plugins.nixpacks.plan.providers;

/**
 * The nginx and php-fpm configuration of a PHP app, written for Debian's packages: php-fpm listens on
 * 127.0.0.1:9000, nginx on $PORT, serving the app's root folder and passing {@code .php} to php-fpm. The start
 * command puts $PORT into the nginx configuration (the app's own {@code nginx.conf} or
 * {@code nginx.template.conf} when it has one, as in Nixpacks) and runs both.
 */
final class PhpServing {
    static final String FPM_CONF = String.join(
            "\n",
            "[global]",
            "error_log = /proc/self/fd/2",
            "daemonize = no",
            "",
            "[www]",
            "listen = 127.0.0.1:9000",
            "user = www-data",
            "group = www-data",
            "pm = dynamic",
            "pm.max_children = 20",
            "pm.start_servers = 4",
            "pm.min_spare_servers = 2",
            "pm.max_spare_servers = 8",
            "clear_env = no",
            "catch_workers_output = yes",
            "");

    private PhpServing() {}

    /** Our nginx configuration; {@code ${PORT}} is left for the start command. */
    static String nginxConf(String root, String fallback, boolean laravel) {
        String tryFiles = fallback == null ? "=404" : fallback + "?$query_string";
        return String.join(
                "\n",
                "worker_processes auto;",
                "daemon off;",
                "pid /tmp/nginx.pid;",
                "error_log /dev/stderr;",
                "events {",
                "    worker_connections 1024;",
                "}",
                "http {",
                "    include /etc/nginx/mime.types;",
                "    default_type application/octet-stream;",
                "    access_log /dev/stdout;",
                "    sendfile on;",
                "    server {",
                "        listen ${PORT};",
                "        listen [::]:${PORT};",
                "        root " + root + ";",
                "        index index.php index.html;",
                "        charset utf-8;",
                "        add_header X-Frame-Options \"SAMEORIGIN\";",
                "        add_header X-Content-Type-Options \"nosniff\";",
                "        location / {",
                "            try_files $uri $uri/ " + tryFiles + ";",
                "        }",
                laravel ? "        error_page 404 /index.php;" : "",
                "        location ~ \\.php$ {",
                "            include /etc/nginx/fastcgi_params;",
                "            fastcgi_param SCRIPT_FILENAME $realpath_root$fastcgi_script_name;",
                "            fastcgi_pass 127.0.0.1:9000;",
                "        }",
                "        location ~ /\\.(?!well-known).* {",
                "            deny all;",
                "        }",
                "    }",
                "}",
                "");
    }

    /** Fills in ${PORT} (80 without one), then runs php-fpm and nginx. */
    static String start(String template, String php) {
        return "sed -e \"s/[$]{PORT}/${PORT:-80}/g\" " + template + " > /tmp/nginx.conf && (php-fpm" + php
                + " -y /assets/php-fpm.conf & nginx -c /tmp/nginx.conf)";
    }
}
