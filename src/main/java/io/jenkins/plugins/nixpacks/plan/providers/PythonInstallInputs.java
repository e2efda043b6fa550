package io.jenkins.plugins.nixpacks.plan.providers;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each Python package manager reads to install the dependencies: the requirements files (and those they
 * include with {@code -r}/{@code -c}), or the project file with its lockfile.
 *
 * <p>The whole app is copied first instead when the install builds the project itself: {@code pip install .}
 * (setuptools), {@code -e .} or a local path in requirements, and poetry, pdm and uv when the project is a package
 * they install (poetry unless {@code package-mode = false}, pdm unless {@code distribution = false}, uv when
 * pyproject.toml has a {@code [build-system]}).
 */
final class PythonInstallInputs {
    private static final Pattern INCLUDE = Pattern.compile("^\\s*(?:-r|-c|--requirement|--constraint)[\\s=]+(\\S+)");
    /** A requirement that is a local folder or file: {@code -e ...}, {@code ./x}, {@code ../x}, {@code /x}, file:. */
    private static final Pattern LOCAL = Pattern.compile(
            "^\\s*(?:-e|--editable)\\s|^\\s*\\.{1,2}(?:/|$|\\[)|^\\s*/|^\\s*file:|@\\s*file:",
            Pattern.CASE_INSENSITIVE);

    private PythonInstallInputs() {}

    static InstallInputs of(App app, String manager) throws PlanException {
        InstallInputs inputs = new InstallInputs(app).output(".venv");
        switch (manager) {
            case "requirements":
                requirements(app, inputs);
                break;
            case "poetry":
                inputs.add("pyproject.toml").add("poetry.lock").add("poetry.toml");
                if (pyproject(app)
                        .path("tool")
                        .path("poetry")
                        .path("package-mode")
                        .asBoolean(true)) {
                    inputs.wholeApp("poetry install also installs the project itself (set package-mode = false"
                            + " in [tool.poetry] if it is not a package)");
                }
                break;
            case "pdm":
                inputs.add("pyproject.toml").add("pdm.lock").add("pdm.toml").add(".pdm-python");
                if (pyproject(app).path("tool").path("pdm").path("distribution").asBoolean(true)) {
                    inputs.wholeApp("pdm install also installs the project itself (set distribution = false in"
                            + " [tool.pdm] if it is not a package)");
                }
                break;
            case "uv":
                inputs.add("pyproject.toml").add("uv.lock").add(".python-version");
                if (!pyproject(app).path("build-system").isMissingNode()) {
                    inputs.wholeApp("uv sync also builds and installs the project, which has a [build-system]");
                }
                break;
            case "pipenv":
                inputs.add("Pipfile").add("Pipfile.lock");
                if (Pattern.compile("(?m)path\\s*=")
                        .matcher(app.readTextOrEmpty("Pipfile"))
                        .find()) {
                    inputs.wholeApp("the Pipfile has a path dependency");
                }
                break;
            case "setuptools":
                inputs.wholeApp("pip install . builds the project from its sources");
                break;
            default:
                break;
        }
        return inputs;
    }

    private static void requirements(App app, InstallInputs inputs) {
        Deque<String> todo = new ArrayDeque<>(List.of("requirements.txt"));
        Set<String> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            String file = todo.poll();
            if (!seen.add(file)) {
                continue;
            }
            if (!app.isFile(file)) {
                inputs.wholeApp(file + " is missing or outside the source folder");
                continue;
            }
            inputs.add(file);
            String dir = InstallInputs.parent(file);
            for (String line : app.readTextOrEmpty(file).split("\r?\n")) {
                String l = line.replaceAll("(^|\\s)#.*$", "");
                if (LOCAL.matcher(l).find()) {
                    inputs.wholeApp(file + " installs a local path (" + l.trim() + ")");
                    continue;
                }
                Matcher m = INCLUDE.matcher(l);
                if (m.find()) {
                    String included = InstallInputs.resolve(dir, m.group(1));
                    if (included == null) {
                        inputs.wholeApp(file + " includes " + m.group(1) + ", outside the source folder");
                    } else {
                        todo.add(included);
                    }
                }
            }
        }
    }

    private static JsonNode pyproject(App app) throws PlanException {
        return app.isFile("pyproject.toml")
                ? app.readToml("pyproject.toml")
                : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
