package io.jenkins.plugins.nixpacks.plan.providers;

import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.util.ArrayList;
import java.util.List;

/** The known providers, in Nixpacks' detection order ({@code src/lib.rs}): the first that matches wins. */
public final class Providers {
    private static final List<Provider> ALL = List.of(
            new CrystalProvider(),
            DotnetProvider.csharp(),
            new DartProvider(),
            new ElixirProvider(),
            new DenoProvider(),
            DotnetProvider.fsharp(),
            new ClojureProvider(),
            new GleamProvider(),
            new GoProvider(),
            new HaskellProvider(),
            new SchemeProvider(),
            new JavaProvider(),
            new LunaticProvider(),
            new ScalaProvider(),
            new PhpProvider(),
            new RubyProvider(),
            new NodeProvider(),
            new PythonProvider(),
            new RustProvider(),
            new SwiftProvider(),
            new StaticfileProvider(),
            new ZigProvider(),
            new CobolProvider());

    private Providers() {}

    public static List<Provider> all() {
        return ALL;
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Provider p : ALL) {
            names.add(p.name());
        }
        return names;
    }

    /** The provider of that name; an unknown name is an error that lists the known ones. */
    public static Provider byName(String name) throws PlanException {
        // Nixpacks' own names for the .NET providers.
        name = name.equals("c#") ? "csharp" : name.equals("f#") ? "fsharp" : name;
        for (Provider p : ALL) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new PlanException(
                "Unknown provider '" + name + "'. Known providers: " + String.join(", ", names()) + ".");
    }

    /** The first provider that recognises the app, or null. */
    public static Provider detect(App app, Environment env) throws PlanException {
        for (Provider p : ALL) {
            if (p.detect(app, env)) {
                return p;
            }
        }
        return null;
    }
}
