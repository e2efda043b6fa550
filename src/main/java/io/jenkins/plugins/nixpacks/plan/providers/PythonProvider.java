package io.jenkins.plugins.nixpacks.plan.providers;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python, after Nixpacks' {@code providers/python.rs}: a virtual environment, then pip, poetry, pdm, uv or pipenv.
 *
 * <p>The virtual environment lives in {@code /app/.venv} rather than Nixpacks' {@code /opt/venv}: the run stage
 * only carries {@code /app} over from the build stage.
 */
final class PythonProvider implements Provider {
    static final String DEFAULT_PYTHON = "3.12";
    static final String VENV = "/app/.venv";
    static final String PIP_CACHE_DIR = "/root/.cache/pip";
    static final String PDM_CACHE_DIR = "/root/.cache/pdm";
    static final String UV_CACHE_DIR = "/root/.cache/uv";
    static final String POETRY_VERSION = "1.3.1";
    static final String PDM_VERSION = "2.13.3";
    static final String UV_VERSION = "0.4.30";

    private static final Pattern WSGI = Pattern.compile("WSGI_APPLICATION\\s*=\\s*[\"'](.*)\\.application[\"']");

    @Override
    public String name() {
        return "python";
    }

    @Override
    public String lookedFor() {
        return "requirements.txt, pyproject.toml, Pipfile or main.py";
    }

    @Override
    public boolean detect(App app, Environment env) {
        return app.isFile("main.py")
                || app.isFile("requirements.txt")
                || app.isFile("pyproject.toml")
                || app.isFile("Pipfile");
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        BuildPlan.Builder plan = BuildPlan.builder()
                .buildImage("python:" + pythonVersion(app, env) + "-bookworm")
                .variable("PYTHONFAULTHANDLER", "1")
                .variable("PYTHONUNBUFFERED", "1")
                .variable("PYTHONHASHSEED", "random")
                .variable("PYTHONDONTWRITEBYTECODE", "1")
                // Nixpacks also sets PIP_NO_CACHE_DIR=1, which would leave the cached pip folder empty.
                .variable("PIP_DISABLE_PIP_VERSION_CHECK", "1")
                .variable("PIP_DEFAULT_TIMEOUT", "100");
        plan.phase("setup", Phase.builder().build());

        String manager = packageManager(app, env);
        String venv = "python -m venv --copies " + VENV + " && . " + VENV + "/bin/activate && ";
        Phase.Builder install = Phase.builder().dependsOn("setup");
        switch (manager) {
            case "requirements":
                install.cmd(venv + "pip install -r requirements.txt").cacheDirectory(PIP_CACHE_DIR);
                break;
            case "poetry":
                plan.variable("NIXPACKS_POETRY_VERSION", POETRY_VERSION);
                install.cmd(venv + "pip install poetry==$NIXPACKS_POETRY_VERSION"
                                + " && poetry install --no-dev --no-interaction --no-ansi")
                        .cacheDirectory(PIP_CACHE_DIR);
                break;
            case "pdm":
                plan.variable("NIXPACKS_PDM_VERSION", PDM_VERSION);
                install.cmd(venv + "pip install pdm==$NIXPACKS_PDM_VERSION && pdm install --prod")
                        .cacheDirectory(PIP_CACHE_DIR)
                        .cacheDirectory(PDM_CACHE_DIR);
                break;
            case "uv":
                plan.variable("NIXPACKS_UV_VERSION", UV_VERSION).variable("UV_PROJECT_ENVIRONMENT", VENV);
                install.cmd(venv + "pip install uv==$NIXPACKS_UV_VERSION && uv sync --no-dev --frozen")
                        .cacheDirectory(UV_CACHE_DIR);
                break;
            case "setuptools":
                install.cmd(venv + "pip install --upgrade build setuptools && pip install .")
                        .cacheDirectory(PIP_CACHE_DIR);
                break;
            case "pipenv":
                install.cmd(venv + "pip install pipenv && PIPENV_VENV_IN_PROJECT=1 pipenv install "
                                + (app.isFile("Pipfile.lock") ? "--deploy" : "--skip-lock"))
                        .cacheDirectory(PIP_CACHE_DIR);
                break;
            default:
                break;
        }
        if (!manager.equals("none")) {
            install.path(VENV + "/bin");
            PythonInstallInputs.of(app, manager).applyTo("install", install, plan);
        }
        plan.phase("install", install.build());

        String start = startCommand(app);
        if (start != null) {
            plan.startCmd(start);
        }
        return plan.build();
    }

    /** NIXPACKS_PYTHON_PACKAGE_MANAGER, else by file, in Nixpacks' order. */
    static String packageManager(App app, Environment env) {
        String chosen = env.config("PYTHON_PACKAGE_MANAGER");
        if (chosen != null) {
            switch (chosen.toLowerCase(Locale.ROOT)) {
                case "requirements":
                case "setuptools":
                case "poetry":
                case "pdm":
                case "uv":
                case "pipenv":
                    return chosen.toLowerCase(Locale.ROOT);
                case "skip":
                    return "none";
                default:
                    break;
            }
        }
        if (app.isFile("requirements.txt")) {
            return "requirements";
        }
        if (app.isFile("pyproject.toml")) {
            if (app.isFile("poetry.lock")) {
                return "poetry";
            }
            if (app.isFile("pdm.lock")) {
                return "pdm";
            }
            if (app.isFile("uv.lock")) {
                return "uv";
            }
            return "setuptools";
        }
        if (app.isFile("Pipfile")) {
            return "pipenv";
        }
        return "none";
    }

    static String pythonVersion(App app, Environment env) {
        String spec = env.config("PYTHON_VERSION");
        if (spec == null && app.isFile(".python-version")) {
            spec = app.readTextOrEmpty(".python-version");
        }
        if (spec == null) {
            spec = Versions.toolVersion(app, "python");
        }
        if (spec == null && app.isFile("runtime.txt")) {
            spec = app.readTextOrEmpty("runtime.txt");
        }
        if (spec == null && app.isFile("Pipfile")) {
            Matcher m = Pattern.compile("python_(?:full_)?version\\s*=\\s*['\"]([0-9.]+)")
                    .matcher(app.readTextOrEmpty("Pipfile"));
            spec = m.find() ? m.group(1) : null;
        }
        String version = Versions.majorMinor(spec);
        return version == null ? DEFAULT_PYTHON : version;
    }

    private static String startCommand(App app) throws PlanException {
        if (app.isFile("manage.py") && usesDependency(app, "django")) {
            String wsgi = djangoWsgiModule(app);
            if (wsgi != null) {
                return "python manage.py migrate && gunicorn " + wsgi;
            }
        }
        if (app.isFile("main.py")) {
            return "python main.py";
        }
        if (app.isFile("pyproject.toml")) {
            JsonNode project = app.readToml("pyproject.toml").path("project");
            String module = null;
            if (project.path("packages").path(0).isTextual()) {
                module = project.path("packages").path(0).asText();
            } else if (project.path("py_modules").path(0).isTextual()) {
                module = project.path("py_modules").path(0).asText();
            } else if (project.path("name").isTextual()) {
                module = project.path("name").asText();
            }
            if (module != null) {
                return "python -m " + module;
            }
        }
        return null;
    }

    private static String djangoWsgiModule(App app) throws PlanException {
        for (String file : app.findFiles(rel -> rel.endsWith(".py"), 4)) {
            Matcher m = WSGI.matcher(app.readTextOrEmpty(file));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static boolean usesDependency(App app, String dep) {
        for (String file : new String[] {"requirements.txt", "pyproject.toml", "Pipfile"}) {
            if (app.readTextOrEmpty(file).toLowerCase(Locale.ROOT).contains(dep)) {
                return true;
            }
        }
        return false;
    }
}
