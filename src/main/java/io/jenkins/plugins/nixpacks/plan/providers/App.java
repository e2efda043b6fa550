package io.jenkins.plugins.nixpacks.plan.providers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.jenkins.plugins.nixpacks.plan.PlanException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A read-only view of the source folder for providers: list, test, read text, JSON and TOML. Paths are relative,
 * with {@code /}; nothing here writes, and a path that leaves the folder, by {@code ..} or through a symlink, is
 * treated as absent (and refused when read).
 */
public final class App {
    /** Folders never searched by {@link #findFiles}: dependencies and VCS data, often huge and never the app. */
    private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", ".git", ".hg", ".svn", "target", "vendor");

    private static final int MAX_READ_BYTES = 8_000_000;
    private static final int MAX_FOUND_FILES = 2000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final ObjectMapper TOML = new TomlMapper();

    private final Path root;
    private final Consumer<String> warnings;
    private final Set<String> warned = new HashSet<>();

    private App(Path root, Consumer<String> warnings) {
        this.root = root;
        this.warnings = warnings;
    }

    /** Opens a source folder. */
    public static App open(Path dir) throws PlanException {
        return open(dir, w -> {});
    }

    /**
     * Opens a source folder; {@code warnings} hears of inputs that are skipped (a symlink leading outside the folder,
     * a file over the size cap), which would otherwise be ignored without a word.
     */
    public static App open(Path dir, Consumer<String> warnings) throws PlanException {
        if (!Files.exists(dir)) {
            throw new PlanException("Source folder " + dir + " does not exist.");
        }
        if (!Files.isDirectory(dir)) {
            throw new PlanException("Source folder " + dir + " is not a folder.");
        }
        try {
            return new App(dir.toRealPath(), warnings);
        } catch (IOException e) {
            throw new PlanException("Cannot open source folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The folder's real path. */
    public Path root() {
        return root;
    }

    /** The real path of {@code rel} inside the folder, or null when it is absent or leads outside. */
    private Path resolve(String rel) {
        if (rel == null || rel.isEmpty() || rel.indexOf('\0') >= 0) {
            return null;
        }
        Path p;
        try {
            p = root.resolve(rel).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        if (!p.startsWith(root)) {
            return null;
        }
        try {
            Path real = p.toRealPath();
            if (!real.startsWith(root)) {
                warnOnce(
                        rel,
                        rel + " in " + root + " is a symlink to " + real + ", outside the source folder; it is"
                                + " ignored. Copy the file into the folder if the build should use it.");
                return null;
            }
            return real;
        } catch (IOException e) {
            return null;
        }
    }

    private void warnOnce(String key, String message) {
        if (warned.add(key)) {
            warnings.accept(message);
        }
    }

    public boolean exists(String rel) {
        return resolve(rel) != null;
    }

    public boolean isFile(String rel) {
        Path p = resolve(rel);
        return p != null && Files.isRegularFile(p);
    }

    public boolean isDirectory(String rel) {
        Path p = resolve(rel);
        return p != null && Files.isDirectory(p);
    }

    public boolean isExecutable(String rel) {
        Path p = resolve(rel);
        return p != null && Files.isRegularFile(p) && Files.isExecutable(p);
    }

    /** True when the folder holds nothing at all. */
    public boolean isEmpty() throws PlanException {
        try (Stream<Path> s = Files.list(root)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new PlanException("Cannot list source folder " + root + ": " + e.getMessage(), e);
        }
    }

    /** Names in a folder ({@code "."} for the top), sorted; empty when it is not a folder. */
    public List<String> list(String relDir) throws PlanException {
        Path dir = relDir.equals(".") ? root : resolve(relDir);
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> String.valueOf(p.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw new PlanException("Cannot list " + relDir + " in " + root + ": " + e.getMessage(), e);
        }
    }

    /** A text file, UTF-8. */
    public String readText(String rel) throws PlanException {
        Path p = resolve(rel);
        if (p == null) {
            if (Files.exists(root.resolve(rel).normalize(), LinkOption.NOFOLLOW_LINKS)) {
                throw new PlanException(
                        "Refusing to read " + rel + ": it leads outside the source folder " + root + ".");
            }
            throw new PlanException("Cannot read " + rel + ": no such file in " + root + ".");
        }
        try (InputStream in = Files.newInputStream(p)) {
            byte[] bytes = in.readNBytes(MAX_READ_BYTES + 1);
            if (bytes.length > MAX_READ_BYTES) {
                throw new PlanException("Cannot read " + rel + ": larger than 8 MB.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PlanException("Cannot read " + rel + ": no such file in " + root + ".", e);
        } catch (IOException e) {
            throw new PlanException("Cannot read " + rel + ": " + e.getMessage(), e);
        }
    }

    /** A text file, or the empty string when it is absent or unreadable (for "does it mention X" checks). */
    public String readTextOrEmpty(String rel) {
        if (!isFile(rel)) {
            return "";
        }
        try {
            return readText(rel);
        } catch (PlanException e) {
            warnOnce(rel, e.getMessage() + " The plan is made without it.");
            return "";
        }
    }

    /** A JSON file (comments and trailing commas allowed, as in deno.jsonc). */
    public JsonNode readJson(String rel) throws PlanException {
        return parse(JSON, rel, "JSON");
    }

    public JsonNode readToml(String rel) throws PlanException {
        return parse(TOML, rel, "TOML");
    }

    private JsonNode parse(ObjectMapper mapper, String rel, String kind) throws PlanException {
        String text = readText(rel);
        try {
            JsonNode node = mapper.readTree(text);
            return node == null ? mapper.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc != null && loc.getLineNr() > 0
                    ? ", line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                    : "";
            String problem = e.getOriginalMessage();
            int nl = problem == null ? -1 : problem.indexOf('\n');
            throw new PlanException(
                    rel + where + ": not valid " + kind + ": " + (nl < 0 ? problem : problem.substring(0, nl)), e);
        }
    }

    /**
     * Files whose relative path matches, searching at most {@code maxDepth} folders deep, without following
     * symlinks and skipping dependency and VCS folders; shallow ones first, then by path.
     */
    public List<String> findFiles(Predicate<String> relPathMatches, int maxDepth) throws PlanException {
        List<String> found = new ArrayList<>();
        Deque<Path> dirs = new ArrayDeque<>();
        dirs.add(root);
        try {
            while (!dirs.isEmpty() && found.size() < MAX_FOUND_FILES) {
                Path dir = dirs.poll();
                List<Path> children;
                try (Stream<Path> s = Files.list(dir)) {
                    children = s.sorted().toList();
                }
                for (Path child : children) {
                    String rel = root.relativize(child).toString().replace('\\', '/');
                    if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                        String name = String.valueOf(child.getFileName());
                        if (!SKIPPED_DIRS.contains(name)
                                && root.relativize(child).getNameCount() < maxDepth) {
                            dirs.add(child);
                        }
                    } else if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS) && relPathMatches.test(rel)) {
                        found.add(rel);
                    }
                }
            }
        } catch (IOException e) {
            throw new PlanException("Cannot search source folder " + root + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparingInt((String s) -> s.split("/").length).thenComparing(s -> s));
        return found;
    }

    @Override
    public String toString() {
        return "App{" + root + "}";
    }
}
