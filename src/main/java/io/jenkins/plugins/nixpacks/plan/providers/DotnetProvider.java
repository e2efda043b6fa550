package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.BuildPlan;
import io.jenkins.plugins.nixpacks.plan.Phase;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.List;

/**
 * C# and F#, after Nixpacks' {@code providers/csharp.rs} and {@code fsharp.rs}: {@code dotnet restore},
 * {@code dotnet publish} into {@code out/}, the project's executable. The SDK image's major comes from
 * global.json or {@code NIXPACKS_CSHARP_SDK_VERSION}.
 */
final class DotnetProvider implements Provider {
    /** Nixpacks defaults to .NET 6 (end of life November 2024); 10 is the current LTS. */
    static final int DEFAULT_SDK = 10;

    private final String name;
    private final String extension;

    private DotnetProvider(String name, String extension) {
        this.name = name;
        this.extension = extension;
    }

    static DotnetProvider csharp() {
        return new DotnetProvider("csharp", ".csproj");
    }

    static DotnetProvider fsharp() {
        return new DotnetProvider("fsharp", ".fsproj");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String lookedFor() {
        return "a " + extension + " file";
    }

    @Override
    public boolean detect(App app, Environment env) throws PlanException {
        return !projects(app).isEmpty();
    }

    private List<String> projects(App app) throws PlanException {
        return app.findFiles(rel -> rel.endsWith(extension), 8);
    }

    @Override
    public BuildPlan plan(App app, Environment env) throws PlanException {
        String project = projects(app).get(0);
        String base = project.substring(project.lastIndexOf('/') + 1);
        String projectName = base.substring(0, base.length() - extension.length());
        return BuildPlan.builder()
                .buildImage("mcr.microsoft.com/dotnet/sdk:" + sdk(app, env) + ".0")
                .variable("ASPNETCORE_ENVIRONMENT", "Production")
                .variable("ASPNETCORE_URLS", "http://0.0.0.0:3000")
                .phase("setup", Phase.builder().build())
                .phase(
                        "install",
                        Phase.builder().dependsOn("setup").cmd("dotnet restore").build())
                .phase(
                        "build",
                        Phase.builder()
                                .dependsOn("install")
                                .cmd("dotnet publish --no-restore -c Release -o out")
                                .build())
                .startCmd("./out/" + projectName)
                .build();
    }

    private int sdk(App app, Environment env) throws PlanException {
        String spec = env.config("CSHARP_SDK_VERSION");
        if (spec == null && app.isFile("global.json")) {
            spec = app.readJson("global.json").path("sdk").path("version").asText(null);
        }
        Integer major = Versions.major(spec);
        return major == null || major < 8 ? DEFAULT_SDK : major;
    }
}
