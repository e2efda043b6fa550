package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ruby, after Nixpacks' {@code providers/ruby.rs}: {@code bundle install}, Rails asset precompilation, rails /
 * rackup / rake start. Ruby itself comes from the official image instead of rbenv, and gems go to
 * {@code /app/vendor/bundle} so the run stage, which only carries {@code /app}, has them.
 */
final class RubyProvider implements Provider {
    static final String DEFAULT_RUBY = "3.3";
    static final String BUNDLE_CACHE_DIR = "/root/.bundle/cache";

    private static final Pattern GEMFILE_RUBY = Pattern.compile("ruby\\s+['\"]([^'\"]+)['\"]");
    private static final Pattern LOCK_RUBY = Pattern.compile("ruby (\\d+\\.\\d+\\.\\d+)");

    @Override
    public String name() {
        return "ruby";
    }

    @Override
    public String lookedFor() {
        return "Gemfile";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("Gemfile");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        String gems = app.readTextOrEmpty("Gemfile") + "\n" + app.readTextOrEmpty("Gemfile.lock");
        List<String> apt = new ArrayList<>(List.of("procps"));
        // The build compiles native gems against the -dev headers; the run stage needs only the library each one
        // loads (Debian 12's names: the image is -bookworm), so the headers stay in the build stage.
        List<String> run = new ArrayList<>(List.of("procps"));
        if (usesGem(gems, "pg")) {
            apt.add("libpq-dev");
            run.add("libpq5");
        }
        if (gems.contains("mysql")) {
            apt.add("default-libmysqlclient-dev");
            run.add("libmariadb3");
        }
        if (gems.contains("magick")) {
            apt.add("libmagickwand-dev");
            run.add("libmagickwand-6.q16-6");
        }
        if (gems.contains("vips")) {
            apt.add("libvips-dev");
            run.add("libvips42");
        }
        if (gems.contains("charlock_holmes")) {
            apt.add("libicu-dev");
            run.add("libicu72");
        }

        Phase.Builder install = Phase.builder().dependsOn("setup");
        install.cmd("bundle install").cacheDirectory(BUNDLE_CACHE_DIR);
        if (gems.contains("bootsnap")) {
            install.cmd("bundle exec bootsnap precompile --gemfile");
        }

        boolean rails = app.readTextOrEmpty("config/application.rb").contains("Rails::Application");
        Phase.Builder build = Phase.builder().dependsOn("install");
        if (rails && (gems.contains("sprockets") || gems.contains("propshaft"))) {
            build.cmd("bundle exec rake assets:precompile");
        }
        if (rails && gems.contains("bootsnap")) {
            build.cmd("bundle exec bootsnap precompile app/ lib/");
        }

        BuildPlan.Builder plan = BuildPlan.builder();
        installInputs(app).applyTo("install", install, plan);
        plan.buildImage("ruby:" + rubyVersion(app, env) + "-bookworm")
                .variable("BUNDLE_GEMFILE", "/app/Gemfile")
                .variable("BUNDLE_PATH", "/app/vendor/bundle")
                .variable("MALLOC_ARENA_MAX", "2");
        if (rails) {
            plan.variable("RAILS_LOG_TO_STDOUT", "enabled").variable("RAILS_SERVE_STATIC_FILES", "1");
        }
        // As Nixpacks does, an app with a package.json, or one whose gems run JavaScript (execjs), also gets Node's
        // install phase; the ruby image has no Node, so Debian's nodejs and npm come with it.
        NodeProvider node = new NodeProvider();
        Phase nodeInstall = null;
        if (node.detect(app, env) || usesGem(gems, "execjs")) {
            nodeInstall = node.plan(app, env).phase("install");
            apt.add("nodejs");
            apt.add("npm");
            // execjs looks for a JavaScript runtime when it is loaded, so Node stays for the app; npm does not.
            run.add("nodejs");
            build.dependsOn("node:install");
        }
        plan.phase("setup", Phase.builder().aptPkgs(apt).build()).phase("install", install.build());
        if (nodeInstall != null) {
            plan.phase("node:install", nodeInstall);
        }
        plan.phase("build", build.build());
        String start = startCommand(app, rails);
        if (start != null) {
            plan.startCmd(start);
        }
        return plan.runAptPkgs(run).build();
    }

    /** What the Gemfile points at in the app: gemspec, path: and eval_gemfile need the files they name. */
    private static final Pattern LOCAL_GEMS =
            Pattern.compile("(?m)^\\s*(?:gemspec\\b|eval_gemfile\\b)|\\bpath:|:path\\s*=>");

    /**
     * Bundler reads the Gemfile, its lock and the Ruby version file a Gemfile may name; a gemspec, a path gem or an
     * eval_gemfile reads app files, so then the whole app is copied first.
     */
    static InstallInputs installInputs(App app) {
        InstallInputs inputs = new InstallInputs(app)
                .add("Gemfile")
                .add("Gemfile.lock")
                .add(".ruby-version")
                .add(".tool-versions")
                .add(".bundle/config")
                .output("vendor/bundle");
        Matcher local = LOCAL_GEMS.matcher(app.readTextOrEmpty("Gemfile"));
        if (local.find()) {
            inputs.wholeApp(
                    "the Gemfile uses files of the app (" + local.group().trim() + ")");
        }
        return inputs;
    }

    private static boolean usesGem(String gems, String gem) {
        return Pattern.compile(
                        "['\"]" + Pattern.quote(gem) + "['\"]|^\\s+" + Pattern.quote(gem) + " \\(", Pattern.MULTILINE)
                .matcher(gems)
                .find();
    }

    private static String startCommand(App app, boolean rails) {
        if (rails) {
            return app.isFile("rails")
                    ? "bundle exec rails server -b 0.0.0.0 -p ${PORT:-3000}"
                    : "bundle exec bin/rails server -b 0.0.0.0 -p ${PORT:-3000} -e $RAILS_ENV";
        }
        if (app.isFile("config/environment.rb") && app.isDirectory("script")) {
            return "bundle exec ruby script/server -p ${PORT:-3000}";
        }
        if (app.isFile("config.ru")) {
            return "bundle exec rackup config.ru -p ${PORT:-3000}";
        }
        if (app.isFile("Rakefile")) {
            return "bundle exec rake";
        }
        return null;
    }

    static String rubyVersion(App app, Environment env) {
        String spec = env.config("RUBY_VERSION");
        if (spec == null && app.isFile(".ruby-version")) {
            spec = app.readTextOrEmpty(".ruby-version");
        }
        if (spec == null) {
            Matcher m = GEMFILE_RUBY.matcher(app.readTextOrEmpty("Gemfile"));
            spec = m.find() ? m.group(1) : null;
        }
        if (spec == null) {
            Matcher m = LOCK_RUBY.matcher(app.readTextOrEmpty("Gemfile.lock"));
            spec = m.find() ? m.group(1) : null;
        }
        String version = Versions.majorMinor(spec);
        return version == null ? DEFAULT_RUBY : version;
    }
}
